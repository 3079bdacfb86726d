package dev.cairn.web.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PatternParserTest {
    private static final PatternParser PARSER = new PatternParser(BuiltinConverters.ALL);

    /** A part as text: {@code "users"} for text, {@code "<int:pk>"} for a converter. */
    private static String show(PatternParser.Part part) {
        return part.isLiteral() ? "'" + part.literal() + "'" : "<" + part.converterName() + ":" + part.param() + ">";
    }

    static Stream<Arguments> patternsSplitIntoSegments() {
        return Stream.of(
                Arguments.of("", List.of("''")),
                Arguments.of("users/", List.of("'users'", "''")),
                Arguments.of("users", List.of("'users'")),
                Arguments.of("users/<int:pk>/", List.of("'users'", "<int:pk>", "''")),
                Arguments.of("<pk>", List.of("<str:pk>")),
                Arguments.of("a//b", List.of("'a'", "''", "'b'")),
                Arguments.of("<slug:s>/<uuid:u>/<path:rest>", List.of("<slug:s>", "<uuid:u>", "<path:rest>")),
                Arguments.of("café/ü-ber/", List.of("'café'", "'ü-ber'", "''")),
                Arguments.of("a b/+/", List.of("'a b'", "'+'", "''")),
                Arguments.of("<int:_x9>/", List.of("<int:_x9>", "''")));
    }

    @ParameterizedTest
    @MethodSource
    void patternsSplitIntoSegments(String pattern, List<String> parts) {
        assertEquals(parts, PARSER.parse(pattern).stream().map(PatternParserTest::show).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "_", "pk", "Pk_2", "x1y2", "_9"})
    void identifiersAreAccepted(String name) {
        assertTrue(PatternParser.isIdentifier(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9a", "a-b", "a b", "é", "a.b", "a:b"})
    void nonIdentifiersAreRejected(String name) {
        assertFalse(PatternParser.isIdentifier(name));
    }

    static Stream<Arguments> shapesIgnoreParameterNames() {
        return Stream.of(
                Arguments.of("users/<int:pk>/", "users/<int:id>/", true),
                Arguments.of("<a>/", "<str:b>/", true),
                Arguments.of("users/<int:pk>/", "users/<slug:pk>/", false),
                Arguments.of("users/", "users", false),
                Arguments.of("a/b/", "a/b/", true),
                Arguments.of("a/<path:p>", "a/<str:p>", false));
    }

    @ParameterizedTest
    @MethodSource
    void shapesIgnoreParameterNames(String first, String second, boolean same) {
        assertEquals(same, shape(first).equals(shape(second)));
    }

    private static String shape(String pattern) {
        return new CompiledRoute<>(0, Routes.path(pattern, "v"), pattern, PARSER.parse(pattern), new String[0], null)
                .shape();
    }

    static Stream<Arguments> methodsAreAccepted() {
        return Stream.of(
                Arguments.of(List.of(), "GET", true),
                Arguments.of(List.of(), "ANYTHING", true),
                Arguments.of(List.of("GET"), "GET", true),
                Arguments.of(List.of("GET"), "HEAD", true),
                Arguments.of(List.of("GET"), "POST", false),
                Arguments.of(List.of("GET"), "get", false),
                Arguments.of(List.of("POST"), "HEAD", false),
                Arguments.of(List.of("HEAD"), "GET", false),
                Arguments.of(List.of("PUT", "PATCH"), "PATCH", true));
    }

    @ParameterizedTest
    @MethodSource
    void methodsAreAccepted(List<String> methods, String method, boolean accepted) {
        Route<String> route = Routes.path("x/", "v");
        if (!methods.isEmpty()) {
            route = route.methods(methods.toArray(String[]::new));
        }
        var compiled = new CompiledRoute<>(0, route, "x/", PARSER.parse("x/"), new String[0], null);
        assertEquals(accepted, compiled.accepts(method));
    }
}
