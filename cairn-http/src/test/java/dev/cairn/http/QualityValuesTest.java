package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QualityValuesTest {

    /** An entry's parameters, from its first ';', and the weight they give. */
    static Stream<Arguments> weights() {
        return Stream.of(
                Arguments.of("", 1000),
                Arguments.of(";q=0.5", 500),
                Arguments.of("; Q=0.25 ", 250),
                Arguments.of(";level=1;q=0", 0),
                Arguments.of(";q=1.000", 1000),
                Arguments.of(";q=0.5;q=0.7", 700),
                Arguments.of(";charset=utf-8", 1000),
                Arguments.of(";q=", -1),
                Arguments.of(";q=1.5", -1),
                Arguments.of(";q=0.0001", -1),
                Arguments.of(";q=half", -1));
    }

    @ParameterizedTest(name = "[{0}] weighs {1}")
    @MethodSource
    void weights(String parameters, int weight) {
        String entry = "text/html" + parameters;
        assertEquals(weight, QualityValues.weight(entry, "text/html".length(), entry.length()));
    }

    static Stream<Arguments> regions() {
        return Stream.of(
                Arguments.of("  gzip\t", 2, 6),
                Arguments.of("\t\t", 2, 2),
                Arguments.of("br", 0, 2));
    }

    @ParameterizedTest(name = "[{0}] trims to [{1}, {2})")
    @MethodSource
    void regions(String text, int from, int to) {
        int a = QualityValues.skipSpace(text, 0, text.length());
        assertEquals(from, a);
        assertEquals(to, QualityValues.trimSpace(text, a, text.length()));
    }
}
