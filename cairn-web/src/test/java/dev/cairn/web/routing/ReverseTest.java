package dev.cairn.web.routing;

import static dev.cairn.web.routing.Routes.include;
import static dev.cairn.web.routing.Routes.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.http.HttpException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReverseTest {
    private static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

    private static final Resolver<String> SITE = Resolver.<String>builder().routes(List.of(
            path("", "home", "home"),
            path("users/<int:pk>/", "user", "user-detail"),
            path("tags/<str:tag>/", "tag", "tag"),
            path("posts/<slug:slug>/", "post", "post"),
            path("orders/<uuid:id>/", "order", "order"),
            path("files/<path:file>", "file", "file"),
            path("café/<str:q>/", "cafe", "cafe"),
            path("unnamed/", "unnamed"),
            include("blog/", List.of(
                    path("<int:year>/<slug:slug>/", "entry", "entry"),
                    include("<slug:slug2>/comments/", List.of(path("<int:id>/", "comment", "detail")), "comments")),
                    "blog")))
            .build();

    static Stream<Arguments> reverses() {
        return Stream.of(
                Arguments.of("home", new Object[]{}, "/"),
                Arguments.of("user-detail", new Object[]{42L}, "/users/42/"),
                Arguments.of("user-detail", new Object[]{42}, "/users/42/"),
                Arguments.of("user-detail", new Object[]{(short) 7}, "/users/7/"),
                Arguments.of("tag", new Object[]{"a b"}, "/tags/a%20b/"),
                Arguments.of("tag", new Object[]{"a/b"}, "/tags/a%2Fb/"),
                Arguments.of("tag", new Object[]{"?#%"}, "/tags/%3F%23%25/"),
                Arguments.of("tag", new Object[]{"caf\u00e9"}, "/tags/caf%C3%A9/"),
                Arguments.of("tag", new Object[]{"\u65e5\u672c"}, "/tags/%E6%97%A5%E6%9C%AC/"),
                Arguments.of("tag", new Object[]{"a+b:c@d"}, "/tags/a+b:c@d/"),
                Arguments.of("post", new Object[]{"hello-world"}, "/posts/hello-world/"),
                Arguments.of("order", new Object[]{ID}, "/orders/123e4567-e89b-12d3-a456-426614174000/"),
                Arguments.of("file", new Object[]{"a/b c/d.txt"}, "/files/a/b%20c/d.txt"),
                Arguments.of("cafe", new Object[]{"x"}, "/caf%C3%A9/x/"),
                Arguments.of("blog:entry", new Object[]{2024, "hi"}, "/blog/2024/hi/"),
                Arguments.of("blog:comments:detail", new Object[]{"hi", 3}, "/blog/hi/comments/3/"));
    }

    @ParameterizedTest
    @MethodSource
    void reverses(String name, Object[] args, String expected) {
        assertEquals(expected, SITE.reverse(name, args));
    }

    static Stream<Arguments> roundTrips() {
        return Stream.of(
                Arguments.of("user-detail", Map.of("pk", 42L)),
                Arguments.of("user-detail", Map.of("pk", 0L)),
                Arguments.of("tag", Map.of("tag", "a/b")),
                Arguments.of("tag", Map.of("tag", "?#[]%25 &=;,")),
                Arguments.of("tag", Map.of("tag", "caf\u00e9 \u65e5\u672c \uD83D\uDE00")),
                Arguments.of("tag", Map.of("tag", "...")),
                Arguments.of("file", Map.of("file", "/evil.example/x")),
                Arguments.of("file", Map.of("file", "a/.../b")),
                Arguments.of("post", Map.of("slug", "a_b-C9")),
                Arguments.of("order", Map.of("id", ID)),
                Arguments.of("file", Map.of("file", "dir/sub dir/\u00e9.txt")),
                Arguments.of("file", Map.of("file", "trailing/")),
                Arguments.of("cafe", Map.of("q", "\u00e9")),
                Arguments.of("blog:entry", ordered("year", 2024L, "slug", "hello")),
                Arguments.of("blog:comments:detail", ordered("slug2", "x", "id", 9L)));
    }

    @ParameterizedTest
    @MethodSource
    void roundTrips(String name, Map<String, Object> kwargs) throws HttpException {
        String path = SITE.reverse(name, kwargs);
        var match = (Resolution.Match<String>) SITE.resolve("GET", path);
        assertEquals(name, match.name());
        assertEquals(kwargs, match.kwargs());
        assertEquals(path, SITE.reverse(name, match.kwargs().values().toArray()));
    }

    static Stream<Arguments> reverseErrors() {
        return Stream.of(
                Arguments.of("user-detial", new Object[]{1},
                        "reverse('user-detial'): no route has that name; did you mean user-detail?"),
                Arguments.of("entry", new Object[]{1, "x"},
                        "reverse('entry'): no route has that name; did you mean blog:entry?"),
                Arguments.of("nothing-like-it", new Object[]{},
                        "reverse('nothing-like-it'): no route has that name; none is close among 9 named routes"),
                Arguments.of("unnamed", new Object[]{},
                        "reverse('unnamed'): no route has that name; none is close among 9 named routes"),
                Arguments.of("user-detail", new Object[]{},
                        "reverse('user-detail') takes 1 argument(s) [pk] for pattern 'users/<int:pk>/'; got 0"),
                Arguments.of("home", new Object[]{1},
                        "reverse('home') takes 0 argument(s) [] for pattern ''; got 1"),
                Arguments.of("user-detail", new Object[]{"42"},
                        "reverse('user-detail'): argument 'pk' = '42' (String) does not fit converter 'int' in"
                                + " pattern 'users/<int:pk>/'"),
                Arguments.of("user-detail", new Object[]{-1},
                        "reverse('user-detail'): argument 'pk' = '-1' (Integer) does not fit converter 'int' in"
                                + " pattern 'users/<int:pk>/'"),
                Arguments.of("user-detail", new Object[]{1.5},
                        "reverse('user-detail'): argument 'pk' = '1.5' (Double) does not fit converter 'int' in"
                                + " pattern 'users/<int:pk>/'"),
                Arguments.of("user-detail", new Object[]{null},
                        "reverse('user-detail'): argument 'pk' = null does not fit converter 'int' in pattern"
                                + " 'users/<int:pk>/'"),
                Arguments.of("post", new Object[]{"not a slug"},
                        "reverse('post'): argument 'slug' = 'not a slug' (String) does not fit converter 'slug' in"
                                + " pattern 'posts/<slug:slug>/'"),
                Arguments.of("tag", new Object[]{""},
                        "reverse('tag'): argument 'tag' = '' (String) does not fit converter 'str' in pattern"
                                + " 'tags/<str:tag>/'"),
                Arguments.of("order", new Object[]{"123e4567-e89b-12d3-a456-426614174000"},
                        "reverse('order'): argument 'id' = '123e4567-e89b-12d3-a456-426614174000' (String) does not"
                                + " fit converter 'uuid' in pattern 'orders/<uuid:id>/'"));
    }

    @ParameterizedTest
    @MethodSource
    void reverseErrors(String name, Object[] args, String message) {
        NoReverseMatch e = assertThrows(NoReverseMatch.class, () -> SITE.reverse(name, args));
        assertEquals(message, e.getMessage());
    }

    static Stream<Arguments> keywordErrors() {
        return Stream.of(
                Arguments.of("blog:entry", Map.of("year", 1),
                        "reverse('blog:entry') takes keyword arguments [year, slug] for pattern"
                                + " 'blog/<int:year>/<slug:slug>/'; got [year]"),
                Arguments.of("user-detail", Map.of("id", 1),
                        "reverse('user-detail') takes keyword arguments [pk] for pattern 'users/<int:pk>/'; got [id]"),
                Arguments.of("home", Map.of("x", 1),
                        "reverse('home') takes keyword arguments [] for pattern ''; got [x]"));
    }

    @ParameterizedTest
    @MethodSource
    void keywordErrors(String name, Map<String, Object> kwargs, String message) {
        NoReverseMatch e = assertThrows(NoReverseMatch.class, () -> SITE.reverse(name, kwargs));
        assertEquals(message, e.getMessage());
    }

    @Test
    void closeNamesAreNearestFirstAndAtMostThree() {
        Resolver<String> resolver = Resolver.<String>builder().routes(List.of(path("a/", "v", "post"),
                path("b/", "v", "posts"), path("c/", "v", "pot"), path("d/", "v", "past"), path("e/", "v", "x")))
                .build();
        NoReverseMatch e = assertThrows(NoReverseMatch.class, () -> resolver.reverse("post_"));
        assertEquals("reverse('post_'): no route has that name; did you mean post, posts, past?", e.getMessage());
    }

    @Test
    void aPathThatWouldLeaveTheHostIsEscaped() throws HttpException {
        Resolver<String> resolver = Resolver.<String>builder()
                .routes(List.of(Routes.path("<path:next>", "redirect", "go"))).build();
        String path = resolver.reverse("go", "/evil.example/x");
        assertEquals("/%2Fevil.example/x", path);
        assertEquals(Map.of("next", "/evil.example/x"), ((Resolution.Match<String>) resolver.resolve("GET", path))
                .kwargs());
    }

    @Test
    void distanceCountsEdits() {
        assertEquals(0, Reverser.distance("abc", "abc"));
        assertEquals(1, Reverser.distance("abc", "abd"));
        assertEquals(3, Reverser.distance("", "abc"));
        assertEquals(2, Reverser.distance("user-detial", "user-detail"));
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
