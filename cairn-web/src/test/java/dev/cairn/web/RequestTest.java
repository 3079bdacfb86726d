package dev.cairn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.http.Params;
import dev.cairn.web.routing.Routes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The request line, query, cookies, attributes, path arguments and htmx facts of a {@link Request}. */
class RequestTest {

    private static Request get(String target, String... headers) {
        return Sites.request(Exchanges.get(target, headers));
    }

    static Stream<Arguments> targets() {
        return Stream.of(
                Arguments.of("/", "/", "/", ""),
                Arguments.of("/a/b?x=1", "/a/b", "/a/b", "x=1"),
                Arguments.of("/caf%C3%A9/?q", "/café/", "/caf%C3%A9/", "q"),
                Arguments.of("/a%2Fb", "/a/b", "/a%2Fb", ""),
                Arguments.of("/a?", "/a", "/a", ""),
                Arguments.of("/a?b?c", "/a", "/a", "b?c"),
                Arguments.of("http://localhost:8000/x/y?z=1", "/x/y", "/x/y", "z=1"),
                Arguments.of("http://localhost", "", "", ""),
                Arguments.of("*", "*", "*", ""));
    }

    @ParameterizedTest(name = "{0}: path {1}, raw {2}, query {3}")
    @MethodSource("targets")
    void theTargetIsSplitIntoPathAndQuery(String target, String path, String rawPath, String query) {
        Request request = get(target);
        assertEquals(path, request.path());
        assertEquals(rawPath, request.rawPath());
        assertEquals(query, request.queryString());
        assertEquals(query.isEmpty() ? rawPath : rawPath + "?" + query, request.fullPath());
    }

    @Test
    void aMalformedPathEscapeIsABadRequest() {
        HttpError error = assertThrows(HttpError.class, () -> get("/a%zz").path());
        assertEquals(400, error.status());
        assertEquals("Invalid percent-encoding", error.getMessage());
        HttpError utf8 = assertThrows(HttpError.class, () -> get("/%C0%AF").path());
        assertEquals(400, utf8.status());
        assertEquals("Invalid UTF-8 in percent-encoded text", utf8.getMessage());
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("a=1&a=2&b=3", List.of("a", "1", "a", "2", "b", "3")),
                Arguments.of("q=a+b", List.of("q", "a b")),
                Arguments.of("q=a%2Bb", List.of("q", "a+b")),
                Arguments.of("q=a%20b%26c", List.of("q", "a b&c")),
                Arguments.of("flag", List.of("flag", "")),
                Arguments.of("=x", List.of("", "x")),
                Arguments.of("a=1&&b=2&", List.of("a", "1", "b", "2")),
                Arguments.of("a=b=c", List.of("a", "b=c")),
                Arguments.of("name=caf%C3%A9", List.of("name", "café")),
                Arguments.of("emoji=%F0%9F%98%80", List.of("emoji", "😀")),
                Arguments.of("k%20ey=v", List.of("k ey", "v")),
                Arguments.of("", List.of()));
    }

    @ParameterizedTest(name = "?{0} is {1}")
    @MethodSource("queries")
    void theQueryIsParsedLikeAForm(String query, List<String> pairs) {
        Request request = get("/search?" + query);
        assertEquals(Params.of(pairs.toArray(String[]::new)), request.query());
        assertSame(request.query(), request.query(), "parsed once");
    }

    @Test
    void repeatedNamesKeepEveryValueInOrder() {
        Request request = get("/?tag=a&x=0&tag=b&tag=c");
        assertEquals(List.of("a", "b", "c"), request.query().all("tag"));
        assertEquals("a", request.query("tag"));
        assertNull(request.query("missing"));
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("a=%zz", 400, "Invalid percent-encoding"),
                Arguments.of("a=%", 400, "Invalid percent-encoding"),
                Arguments.of("a=%4", 400, "Invalid percent-encoding"),
                Arguments.of("%zz=1", 400, "Invalid percent-encoding"),
                Arguments.of("a=%C0%AF", 400, "Invalid UTF-8 in percent-encoded text"),
                Arguments.of("a=%FF", 400, "Invalid UTF-8 in percent-encoded text"),
                Arguments.of("a=%ED%A0%80", 400, "Invalid UTF-8 in percent-encoded text"),
                Arguments.of("a=1&".repeat(1001), 413, "Too many form fields"));
    }

    @ParameterizedTest(name = "?{0} is {1}")
    @MethodSource("badQueries")
    void aMalformedQueryIsRefusedWithItsStatus(String query, int status, String message) {
        HttpError error = assertThrows(HttpError.class, () -> get("/?" + query).query());
        assertEquals(status, error.status());
        assertEquals(message, error.getMessage());
    }

    @Test
    void aMalformedQueryIsAnswered400ThroughTheSite() {
        WebApp app = Sites.app(Routes.path("", r -> Response.text(r.query("a"))));
        assertEquals(400, app.handle(Exchanges.get("/?a=%zz")).status());
        assertEquals("1", Exchanges.text(app.handle(Exchanges.get("/?a=1"))));
    }

    @Test
    void headersAreReadCaseInsensitivelyFirstLineFirst() {
        Request request = get("/", "X-Thing", "one", "x-thing", "two");
        assertEquals("one", request.header("X-THING"));
        assertEquals(List.of("one", "two"), request.headers().all("x-Thing"));
        assertNull(request.header("X-Missing"));
        assertEquals("GET", request.method());
    }

    static Stream<Arguments> cookieHeaders() {
        return Stream.of(
                Arguments.of(List.of("a=1; b=2"), "a", "1", List.of("a", "b")),
                Arguments.of(List.of("a=1", "b=2"), "b", "2", List.of("a", "b")),
                Arguments.of(List.of("theme=\"dark\""), "theme", "dark", List.of("theme")),
                Arguments.of(List.of("sid=x; flag; =nameless; ok=1"), "ok", "1", List.of("sid", "ok")),
                Arguments.of(List.of("a=first; a=second"), "a", "first", List.of("a")),
                Arguments.of(List.of("v=a%20b"), "v", "a%20b", List.of("v")),
                Arguments.of(List.of(), "a", null, List.of()));
    }

    @ParameterizedTest(name = "Cookie {0}: {1} is {2}")
    @MethodSource("cookieHeaders")
    void cookiesAreParsedLeniently(List<String> lines, String name, String value, List<String> names) {
        String[] headers = lines.stream().flatMap(l -> Stream.of("Cookie", l)).toArray(String[]::new);
        Request request = get("/", headers);
        assertEquals(value, request.cookie(name));
        assertEquals(names, List.copyOf(request.cookies().names()));
    }

    @Test
    void attributesAreSetReadAndRemovedInOrder() {
        Request request = get("/");
        assertEquals(Map.of(), request.attributes());
        assertNull(request.attribute("user"));
        assertSame(request, request.attribute("user", "ada").attribute("tenant", 7));
        assertEquals("ada", request.attribute("user"));
        assertEquals(List.of("user", "tenant"), List.copyOf(request.attributes().keySet()));
        request.removeAttribute("user").removeAttribute("never-set");
        assertEquals(Map.of("tenant", 7), request.attributes());
        assertThrows(UnsupportedOperationException.class, () -> request.attributes().put("x", 1));
    }

    @Test
    void removingAnAttributeBeforeAnyIsSetDoesNothing() {
        assertEquals(Map.of(), get("/").removeAttribute("x").attributes());
    }

    /** Runs a request through a site whose one route has these parameters and hands the view's request back. */
    private static Request resolved(String pattern, String target) {
        AtomicReference<Request> seen = new AtomicReference<>();
        WebApp app = Sites.app(Routes.path(pattern, request -> {
            seen.set(request);
            return Response.text("ok");
        }, "it"));
        assertEquals(200, app.handle(Exchanges.get(target)).status());
        return seen.get();
    }

    @Test
    void pathArgumentsComeConvertedByName() {
        UUID id = UUID.fromString("8c1f3f0e-3d8a-4a48-9f64-3a8e3f2b1c55");
        Request request = resolved("u/<int:pk>/<slug:slug>/<uuid:id>/", "/u/42/hello-world/" + id + "/");
        assertEquals(Map.of("pk", 42L, "slug", "hello-world", "id", id), request.kwargs());
        assertEquals(42L, request.kwarg("pk", Long.class));
        assertEquals(id, request.kwarg("id", UUID.class));
        assertEquals("hello-world", request.kwarg("slug"));
        assertNull(request.kwarg("nope"));
        assertEquals("it", request.match().name());
    }

    static Stream<Arguments> wrongKwargs() {
        return Stream.of(
                Arguments.of("pk", Integer.class, "Path argument 'pk' is of type Long (not Integer); the route is "
                        + "u/<int:pk>/<slug:slug>/"),
                Arguments.of("slug", Long.class, "Path argument 'slug' is of type String (not Long); the route is "
                        + "u/<int:pk>/<slug:slug>/"),
                Arguments.of("missing", String.class, "Path argument 'missing' is absent (asked for as String); the "
                        + "route is u/<int:pk>/<slug:slug>/"),
                Arguments.of("pk", UUID.class, "Path argument 'pk' is of type Long (not UUID); the route is "
                        + "u/<int:pk>/<slug:slug>/"));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("wrongKwargs")
    void askingForTheWrongTypeNamesTheArgumentTheTypesAndTheRoute(String name, Class<?> type, String message) {
        Request request = resolved("u/<int:pk>/<slug:slug>/", "/u/1/a/");
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> request.kwarg(name, type))
                .getMessage());
    }

    @Test
    void anUnresolvedRequestHasNoPathArguments() {
        Request request = get("/x/");
        assertEquals(Map.of(), request.kwargs());
        assertNull(request.match());
        assertEquals("Path argument 'pk' is absent (asked for as Long); the route is unmatched",
                assertThrows(IllegalArgumentException.class, () -> request.kwarg("pk", Long.class)).getMessage());
    }

    static Stream<Arguments> htmxHeaders() {
        return Stream.of(
                Arguments.of(List.of(), new Htmx(false, false, null, null, null, null, false, null), false),
                Arguments.of(List.of("HX-Request", "true"), new Htmx(true, false, null, null, null, null, false,
                        null), true),
                Arguments.of(List.of("HX-Request", "true", "HX-Boosted", "true", "HX-Current-URL",
                        "http://localhost/a"),
                        new Htmx(true, true, null, null, null, "http://localhost/a", false,
                                null),
                        false),
                Arguments.of(List.of("HX-Request", "true", "HX-Target", "list", "HX-Trigger", "btn",
                        "HX-Trigger-Name", "save", "HX-Prompt", "yes"),
                        new Htmx(true, false, "list", "btn", "save", null, false, "yes"), true),
                Arguments.of(List.of("HX-Request", "true", "HX-History-Restore-Request", "true"),
                        new Htmx(true, false, null, null, null, null, true, null), false),
                Arguments.of(List.of("HX-Request", "TRUE"), new Htmx(false, false, null, null, null, null, false,
                        null), false));
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("htmxHeaders")
    void htmxFactsComeFromTheHxHeaders(List<String> headers, Htmx expected, boolean fragment) {
        Htmx htmx = get("/", headers.toArray(String[]::new)).htmx();
        assertEquals(expected, htmx);
        assertEquals(fragment, htmx.wantsFragment());
    }

    @Test
    void theExchangeAndConnectionFactsArePassedThrough() {
        Request request = get("/");
        assertEquals("http", request.scheme());
        assertFalse(request.isSecure());
        assertEquals("127.0.0.1", request.client());
        assertEquals("GET", request.exchange().method());
        assertTrue(request.settings().debug());
        assertEquals("Request[GET /a?b=1]", get("/a?b=1").toString());
    }

    @Test
    void reverseBuildsANamedRoutesPath() {
        List<String> built = new ArrayList<>();
        WebApp app = Sites.app(Routes.path("posts/<int:pk>/", r -> {
            built.add(r.reverse("post", 9));
            return Response.text("ok");
        }, "post"));
        app.handle(Exchanges.get("/posts/1/"));
        assertEquals(List.of("/posts/9/"), built);
    }
}
