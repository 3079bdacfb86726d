package dev.cairn.contrib.auth.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quick ratio against values Python printed: {@code difflib.SequenceMatcher(a=a, b=b).quick_ratio()} on Python
 * 3.11, and Django's length shortcut against its docstring's table.
 */
class SimilarityTest {

    static Stream<Arguments> ratios() {
        return Stream.of(
                Arguments.of("abcd", "bcde", 0.75),
                Arguments.of("password", "username", 0.375),
                Arguments.of("ada_lovelace", "lovelace", 0.8),
                Arguments.of("a", "aaaaaaaaaa", 0.18181818181818182),
                Arguments.of("aab", "abb", 0.6666666666666666),
                Arguments.of("", "", 1.0),
                Arguments.of("abc", "", 0.0),
                Arguments.of("𝔸𝔹", "𝔸x", 0.5),
                Arguments.of("kingking", "king", 0.6666666666666666));
    }

    @ParameterizedTest(name = "quick_ratio({0}, {1}) = {2}")
    @MethodSource
    void ratios(String a, String b, double ratio) {
        assertEquals(ratio, Similarity.quickRatio(a, b), 1e-15);
    }

    static Stream<Arguments> shortcuts() {
        return Stream.of(
                Arguments.of("a".repeat(10), "a", true),
                Arguments.of("a".repeat(9), "a", false),
                Arguments.of("a".repeat(30), "abc", true),
                Arguments.of("a".repeat(30), "abcd", false),
                Arguments.of("password", "", true));
    }

    @ParameterizedTest(name = "a password of {0} against ''{1}'' is skipped: {2}")
    @MethodSource
    void shortcuts(String password, String value, boolean skipped) {
        assertEquals(skipped, Similarity.tooShortToCompare(password, 0.7, value));
    }
}
