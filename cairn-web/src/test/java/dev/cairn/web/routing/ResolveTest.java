package dev.cairn.web.routing;

import static dev.cairn.web.routing.Routes.include;
import static dev.cairn.web.routing.Routes.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.http.HttpException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResolveTest {
    private static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

    private static final Resolver<String> SITE = Resolver.<String>builder().routes(List.of(
            path("", "home", "home"),
            path("users/<int:pk>/", "user", "user-detail"),
            path("tags/<str:tag>/", "tag", "tag"),
            path("posts/<slug:slug>/", "post", "post"),
            path("orders/<uuid:id>/", "order", "order"),
            path("files/<path:file>", "file", "file"),
            path("files2/<path:file>/edit/", "edit", "edit"),
            path("plain/<name>/", "plain", "plain"),
            path("a/<int:x>/<slug:y>/<str:z>/", "three", "three"),
            path("café/", "cafe", "cafe")))
            .build();

    static Stream<Arguments> matches() {
        return Stream.of(
                Arguments.of("/", "home", Map.of()),
                Arguments.of("", "home", Map.of()),
                Arguments.of("/users/42/", "user", Map.of("pk", 42L)),
                Arguments.of("users/007/", "user", Map.of("pk", 7L)),
                Arguments.of("/users/9223372036854775807/", "user", Map.of("pk", Long.MAX_VALUE)),
                Arguments.of("/tags/hello world/", "tag", Map.of("tag", "hello world")),
                Arguments.of("/tags/caf%C3%A9/", "tag", Map.of("tag", "café")),
                Arguments.of("/tags/a%2Fb/", "tag", Map.of("tag", "a/b")),
                Arguments.of("/posts/hello-world_2/", "post", Map.of("slug", "hello-world_2")),
                Arguments.of("/orders/123e4567-e89b-12d3-a456-426614174000/", "order", Map.of("id", ID)),
                Arguments.of("/files/a", "file", Map.of("file", "a")),
                Arguments.of("/files/a/b/c.txt", "file", Map.of("file", "a/b/c.txt")),
                Arguments.of("/files/a/b/", "file", Map.of("file", "a/b/")),
                Arguments.of("/files2/x/y/edit/", "edit", Map.of("file", "x/y")),
                Arguments.of("/files2/x/edit/edit/", "edit", Map.of("file", "x/edit")),
                Arguments.of("/plain/bob/", "plain", Map.of("name", "bob")),
                Arguments.of("/a/1/s-2/z z/", "three", Map.of("x", 1L, "y", "s-2", "z", "z z")),
                Arguments.of("/caf%C3%A9/", "cafe", Map.of()),
                Arguments.of("/café/", "cafe", Map.of()));
    }

    @ParameterizedTest
    @MethodSource
    void matches(String path, String view, Map<String, Object> kwargs) throws HttpException {
        var match = assertInstanceOf(Resolution.Match.class, SITE.resolve("GET", path));
        assertEquals(view, match.view());
        assertEquals(kwargs, match.kwargs());
    }

    static Stream<String> misses() {
        return Stream.of("/users/", "/users/x/", "/users/42", "/users/-1/", "/users/99999999999999999999/",
                "/users/42/extra/", "/tags//", "/posts/hé/", "/posts/a.b/",
                "/orders/123E4567-E89B-12D3-A456-426614174000/", "/orders/123e4567e89b12d3a456426614174000/",
                "/files/", "/files2/edit/", "/nothing", "//", "/plain/%2F/x/");
    }

    @ParameterizedTest
    @MethodSource
    void misses(String path) throws HttpException {
        var notFound = assertInstanceOf(Resolution.NotFound.class, SITE.resolve("GET", path));
        assertEquals(SITE.patterns(), notFound.tried());
    }

    @Test
    void kwargsKeepPatternOrder() throws HttpException {
        var match = (Resolution.Match<String>) SITE.resolve("GET", "/a/1/s/z/");
        assertEquals(List.of("x", "y", "z"), List.copyOf(match.kwargs().keySet()));
        assertEquals("a/<int:x>/<slug:y>/<str:z>/", match.pattern());
        assertEquals("three", match.name());
    }

    @Test
    void notFoundListsEveryPatternInDeclarationOrder() throws HttpException {
        var notFound = (Resolution.NotFound<String>) SITE.resolve("GET", "/nope/");
        assertEquals("", notFound.tried().getFirst());
        assertEquals("café/", notFound.tried().getLast());
        assertEquals(10, notFound.tried().size());
    }

    static Stream<Arguments> firstMatchWins() {
        return Stream.of(
                Arguments.of(List.of(path("<str:a>/x/", "str"), path("users/x/", "static")), "/users/x/", "str"),
                Arguments.of(List.of(path("users/x/", "static"), path("<str:a>/x/", "str")), "/users/x/", "static"),
                Arguments.of(List.of(path("<str:a>/", "str"), path("<int:a>/", "int")), "/5/", "str"),
                Arguments.of(List.of(path("<int:a>/", "int"), path("<str:a>/", "str")), "/5/", "int"),
                Arguments.of(List.of(path("<int:a>/", "int"), path("<str:a>/", "str")), "/x/", "str"),
                Arguments.of(List.of(path("<path:p>", "path"), path("a/b", "static")), "/a/b", "path"),
                Arguments.of(List.of(path("a/<str:x>/c", "one"), path("<str:x>/b/c", "two")), "/a/b/c", "one"),
                Arguments.of(List.of(path("<str:x>/b/c", "two"), path("a/<str:x>/c", "one")), "/a/b/c", "two"),
                Arguments.of(List.of(path("a/<int:x>/c", "one"), path("a/<str:x>/c", "two")), "/a/b/c", "two"));
    }

    @ParameterizedTest
    @MethodSource
    void firstMatchWins(List<Route<String>> routes, String path, String view) throws HttpException {
        Resolver<String> resolver = Resolver.<String>builder().routes(routes).build();
        assertEquals(view, ((Resolution.Match<String>) resolver.resolve("GET", path)).view());
    }

    private static final Resolver<String> NESTED = Resolver.<String>builder().routes(List.of(
            path("", "home", "index"),
            include("blog/", List.of(
                    path("", "blog-index", "index"),
                    path("<slug:slug>/", "post", "post"),
                    include("<slug:slug2>/comments/", List.of(path("<int:id>/", "comment", "detail")), "comments")),
                    "blog"),
            include("shop/", List.of(path("cart/", "cart", "cart"))),
            include("", List.of(path("about/", "about", "about")), "pages")))
            .build();

    static Stream<Arguments> includes() {
        return Stream.of(
                Arguments.of("/", "home", "index", "", Map.of()),
                Arguments.of("/blog/", "blog-index", "blog:index", "blog/", Map.of()),
                Arguments.of("/blog/hello/", "post", "blog:post", "blog/<slug:slug>/", Map.of("slug", "hello")),
                Arguments.of("/blog/hello/comments/3/", "comment", "blog:comments:detail",
                        "blog/<slug:slug2>/comments/<int:id>/", ordered("slug2", "hello", "id", 3L)),
                Arguments.of("/shop/cart/", "cart", "cart", "shop/cart/", Map.of()),
                Arguments.of("/about/", "about", "pages:about", "about/", Map.of()));
    }

    @ParameterizedTest
    @MethodSource
    void includes(String path, String view, String name, String pattern, Map<String, Object> kwargs)
            throws HttpException {
        var match = (Resolution.Match<String>) NESTED.resolve("GET", path);
        assertEquals(view, match.view());
        assertEquals(name, match.name());
        assertEquals(pattern, match.pattern());
        assertEquals(kwargs, match.kwargs());
        assertEquals(match.route().view(), view);
    }

    private static final Resolver<String> METHODS = Resolver.<String>builder().routes(List.of(
            path("items/", "list", "list").methods("GET"),
            path("items/", "create", "create").methods("POST"),
            path("items/<int:pk>/", "update", "update").methods("PUT", "PATCH"),
            path("items/<str:pk>/", "by-str", "by-str").methods("DELETE"),
            path("any/", "any", "any"),
            path("form/", "form", "form").methods("GET", "POST")))
            .build();

    static Stream<Arguments> methodsChooseTheRoute() {
        return Stream.of(
                Arguments.of("GET", "/items/", "list"),
                Arguments.of("HEAD", "/items/", "list"),
                Arguments.of("POST", "/items/", "create"),
                Arguments.of("PATCH", "/items/5/", "update"),
                Arguments.of("DELETE", "/items/5/", "by-str"),
                Arguments.of("BREW", "/any/", "any"),
                Arguments.of("HEAD", "/form/", "form"));
    }

    @ParameterizedTest
    @MethodSource
    void methodsChooseTheRoute(String method, String path, String view) throws HttpException {
        assertEquals(view, ((Resolution.Match<String>) METHODS.resolve(method, path)).view());
    }

    static Stream<Arguments> methodNotAllowedListsAllow() {
        return Stream.of(
                Arguments.of("DELETE", "/items/", Set.of("GET", "HEAD", "POST")),
                Arguments.of("GET", "/items/5/", Set.of("DELETE", "PATCH", "PUT")),
                Arguments.of("GET", "/items/x/", Set.of("DELETE")),
                Arguments.of("PUT", "/form/", Set.of("GET", "HEAD", "POST")));
    }

    @ParameterizedTest
    @MethodSource
    void methodNotAllowedListsAllow(String method, String path, Set<String> allowed) throws HttpException {
        var notAllowed = assertInstanceOf(Resolution.MethodNotAllowed.class, METHODS.resolve(method, path));
        assertEquals(allowed, notAllowed.allowed());
        assertEquals(List.copyOf(new java.util.TreeSet<>(allowed)), List.copyOf(notAllowed.allowed()));
    }

    @Test
    void unknownPathIsNotFoundEvenWithMethods() throws HttpException {
        assertInstanceOf(Resolution.NotFound.class, METHODS.resolve("GET", "/elsewhere/"));
    }

    @ParameterizedTest
    @MethodSource
    void badPercentEncodingIsABadRequest(String path) {
        HttpException e = assertThrows(HttpException.class, () -> SITE.resolve("GET", path));
        assertEquals(400, e.status());
    }

    static Stream<String> badPercentEncodingIsABadRequest() {
        return Stream.of("/tags/%zz/", "/tags/%C0%AF/", "/tags/%/", "/tags/%E2%82/");
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
