package dev.cairn.web.routing;

import static dev.cairn.web.routing.Routes.include;
import static dev.cairn.web.routing.Routes.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BuildChecksTest {

    static Stream<Arguments> badPatternsStopTheBuild() {
        return Stream.of(
                Arguments.of(List.of(path("a/<foo:x>/", "v")), "routing.E001",
                        "routing.E001: pattern 'a/<foo:x>/' uses unknown converter 'foo' at column 2; use one of"
                                + " [int, path, slug, str, uuid] or register it with"
                                + " Resolver.builder().converter(\"foo\", ...)"),
                Arguments.of(List.of(path("users/<int:pk", "v")), "routing.E002",
                        "routing.E002: pattern 'users/<int:pk' has an unclosed '<' at column 6;"
                                + " write 'users/<int:pk>'"),
                Arguments.of(List.of(path("users/<int:pk/x/", "v")), "routing.E002",
                        "routing.E002: pattern 'users/<int:pk/x/' has an unclosed '<' at column 6;"
                                + " write 'users/<int:pk>/x/'"),
                Arguments.of(List.of(path("<int:<pk>/", "v")), "routing.E002",
                        "routing.E002: pattern '<int:<pk>/' has an unclosed '<' at column 0; write '<int:><pk>/'"),
                Arguments.of(List.of(path("a/<int:>/", "v")), "routing.E003",
                        "routing.E003: pattern 'a/<int:>/' has an empty parameter name at column 2;"
                                + " name it, as in '<int:pk>'"),
                Arguments.of(List.of(path("a/<>/", "v")), "routing.E003",
                        "routing.E003: pattern 'a/<>/' has an empty parameter name at column 2;"
                                + " name it, as in '<str:pk>'"),
                Arguments.of(List.of(path("a/<:pk>/", "v")), "routing.E003",
                        "routing.E003: pattern 'a/<:pk>/' has an empty converter name at column 2;"
                                + " write '<pk>' for str or '<int:pk>'"),
                Arguments.of(List.of(path("a/<int:2x>/", "v")), "routing.E003",
                        "routing.E003: pattern 'a/<int:2x>/' has parameter name '2x' at column 2, which is not an"
                                + " identifier; use ASCII letters, digits and '_', not starting with a digit"),
                Arguments.of(List.of(path("a/<int:p-k>/", "v")), "routing.E003",
                        "routing.E003: pattern 'a/<int:p-k>/' has parameter name 'p-k' at column 2, which is not an"
                                + " identifier; use ASCII letters, digits and '_', not starting with a digit"),
                Arguments.of(List.of(path("a/pk>/", "v")), "routing.E003",
                        "routing.E003: pattern 'a/pk>/' has a '>' without a '<' at column 4;"
                                + " write parameters as '<converter:name>'"),
                Arguments.of(List.of(path("<int:pk>/<slug:pk>/", "v")), "routing.E004",
                        "routing.E004: pattern '<int:pk>/<slug:pk>/' names parameter 'pk' twice (columns 0 and 9);"
                                + " give each parameter its own name"),
                Arguments.of(List.of(include("<slug:pk>/", List.of(path("<int:pk>/", "v")))), "routing.E004",
                        "routing.E004: pattern '<slug:pk>/<int:pk>/' names parameter 'pk' twice (columns 0 and 10);"
                                + " give each parameter its own name"),
                Arguments.of(List.of(path("/users/", "v")), "routing.E005",
                        "routing.E005: pattern '/users/' starts with '/'; write 'users/' (paths are matched without"
                                + " their leading '/')"),
                Arguments.of(List.of(include("/blog/", List.of(path("x/", "v")))), "routing.E005",
                        "routing.E005: include prefix '/blog/' starts with '/'; write 'blog/' (paths are matched"
                                + " without their leading '/')"),
                Arguments.of(List.of(path("a/", "v", "same"), path("b/", "v", "same")), "routing.E006",
                        "routing.E006: route name 'same' is used twice in the root namespace (patterns 'a/' and"
                                + " 'b/'); give each route its own name"),
                Arguments.of(List.of(include("blog/", List.of(path("a/", "v", "post")), "blog"),
                        include("news/", List.of(path("b/", "v", "post")), "blog")), "routing.E006",
                        "routing.E006: route name 'post' is used twice in namespace 'blog' (patterns 'blog/a/' and"
                                + " 'news/b/'); give each route its own name"),
                Arguments.of(List.of(path("users/<int:pk>/", "v"), path("users/<int:id>/", "w")), "routing.E007",
                        "routing.E007: pattern 'users/<int:id>/' can never match: the earlier pattern"
                                + " 'users/<int:pk>/' matches the same paths; remove one, or give them different"
                                + " methods with .methods(...)"),
                Arguments.of(List.of(path("x/<a>/", "v"), include("x/", List.of(path("<str:b>/", "w")))),
                        "routing.E007",
                        "routing.E007: pattern 'x/<str:b>/' can never match: the earlier pattern 'x/<a>/' matches"
                                + " the same paths; remove one, or give them different methods with .methods(...)"),
                Arguments.of(List.of(path("f/", "v").methods("GET", "POST"), path("f/", "w").methods("POST")),
                        "routing.E007",
                        "routing.E007: pattern 'f/' can never match: the earlier pattern 'f/' matches the same paths"
                                + " with methods [GET, POST]; remove one, or give them different methods with"
                                + " .methods(...)"),
                Arguments.of(List.of(path("a/x<int:pk>/", "v")), "routing.E008",
                        "routing.E008: pattern 'a/x<int:pk>/' mixes text and a parameter in one segment at column 2;"
                                + " a parameter fills a whole segment between '/'s, as in 'a/<int:pk>/'"),
                Arguments.of(List.of(path("a/<int:pk>.html", "v")), "routing.E008",
                        "routing.E008: pattern 'a/<int:pk>.html' mixes text and a parameter in one segment at column"
                                + " 2; a parameter fills a whole segment between '/'s, as in 'a/<int:pk>/'"),
                Arguments.of(List.of(path("a/", "v", "a:b")), "routing.E009",
                        "routing.E009: name or namespace 'a:b' is empty or contains ':'; ':' separates namespaces,"
                                + " so name each level on its own, as in include(..., \"blog\")"),
                Arguments.of(List.of(include("a/", List.of(path("x/", "v")), "")), "routing.E009",
                        "routing.E009: name or namespace '' is empty or contains ':'; ':' separates namespaces,"
                                + " so name each level on its own, as in include(..., \"blog\")"));
    }

    @ParameterizedTest
    @MethodSource
    void badPatternsStopTheBuild(List<Route<String>> routes, String checkId, String message) {
        RoutingException e = assertThrows(RoutingException.class,
                () -> Resolver.<String>builder().routes(routes).build());
        assertEquals(message, e.getMessage());
        assertEquals(checkId, e.checkId());
    }

    static Stream<Arguments> tablesThatLookAlikeButWork() {
        return Stream.of(
                Arguments.of(List.of(path("f/", "v").methods("GET"), path("f/", "w").methods("POST"))),
                Arguments.of(List.of(path("f/", "v").methods("POST"), path("f/", "w"))),
                Arguments.of(List.of(path("f/", "v").methods("GET"), path("f/", "w").methods("GET", "POST"))),
                Arguments.of(List.of(path("u/<int:pk>/", "v"), path("u/<slug:pk>/", "w"))),
                Arguments.of(List.of(path("u/<int:pk>/", "v"), path("u/<int:pk>", "w"))),
                Arguments.of(List.of(path("a/", "v", "same"), include("b/", List.of(path("x/", "v", "same")), "b"))),
                Arguments.of(List.of(path("a/", "v"), path("b/", "v"))));
    }

    @ParameterizedTest
    @MethodSource
    void tablesThatLookAlikeButWork(List<Route<String>> routes) {
        Resolver.<String>builder().routes(routes).build();
    }

    @Test
    void badConverterNameIsRejected() {
        RoutingException e = assertThrows(RoutingException.class,
                () -> Resolver.<String>builder().converter("my-year", BuiltinConverters.INT));
        assertEquals("routing.E010: converter name 'my-year' is not an identifier; use ASCII letters, digits and"
                + " '_', not starting with a digit", e.getMessage());
    }

    @Test
    void methodsOnAnIncludeIsRejected() {
        Route<String> include = include("a/", List.of(path("x/", "v")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> include.methods("GET"));
        assertEquals("include('a/') cannot take methods; restrict its routes", e.getMessage());
    }

    @Test
    void methodsNeedAtLeastOneName() {
        assertThrows(IllegalArgumentException.class, () -> path("x/", "v").methods());
        assertThrows(IllegalArgumentException.class, () -> path("x/", "v").methods(" "));
    }
}
