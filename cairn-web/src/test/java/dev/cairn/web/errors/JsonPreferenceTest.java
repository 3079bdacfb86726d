package dev.cairn.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonPreferenceTest {

    static Stream<Arguments> accepts() {
        return Stream.of(
                Arguments.of(null, false),
                Arguments.of("", false),
                Arguments.of("*/*", false),
                Arguments.of("application/json", true),
                Arguments.of("APPLICATION/JSON; charset=utf-8", true),
                Arguments.of("application/json, text/plain, */*", true),
                Arguments.of("application/json, */*;q=0.8", true),
                Arguments.of("application/*", true),
                Arguments.of("text/html", false),
                Arguments.of("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", false),
                Arguments.of("text/html;q=0.5, application/json", true),
                Arguments.of("text/html, application/json;q=0.9", false),
                Arguments.of("application/json, text/html", false),
                Arguments.of("application/json;q=0", false),
                Arguments.of("application/json;q=0, */*", false),
                Arguments.of("text/*;q=0.3, application/json;q=0.4", true),
                Arguments.of("text/html;q=0.3, text/*;q=0.9, application/json;q=0.5", true),
                Arguments.of("application/json;q=2, text/html;q=0.1", false),
                Arguments.of("application/json;q=abc", false),
                Arguments.of("application/json;q=0.001", true),
                Arguments.of("text/plain", false),
                Arguments.of("application/xml", false));
    }

    @ParameterizedTest(name = "Accept: {0} prefers JSON: {1}")
    @MethodSource("accepts")
    void jsonWinsOnlyWhenRankedAboveHtml(String accept, boolean json) {
        assertEquals(json, JsonPreference.prefersJson(accept));
    }
}
