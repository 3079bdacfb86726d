package dev.cairn.web.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cairn.web.Exchanges;
import dev.cairn.web.internal.Json;
import dev.cairn.web.HttpError;
import dev.cairn.web.Response;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.errors.ErrorPages;
import dev.cairn.web.routing.Route;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** CommonMiddleware's APPEND_SLASH: {@code /path} to {@code /path/} when only the latter resolves. */
class AppendSlashTest {

    private final AtomicInteger views = new AtomicInteger();

    private List<Route<View>> routes() {
        View ok = request -> {
            views.incrementAndGet();
            return Response.text("ok " + request.rawPath());
        };
        return List.of(
                Routes.path("", ok, "home"),
                Routes.path("articles/", ok, "articles"),
                Routes.path("articles/<int:pk>/", ok, "article"),
                Routes.path("exact", ok, "exact"),
                Routes.path("café/", ok, "cafe"),
                Routes.<View>path("post-only/", ok, "post-only").methods("POST"),
                Routes.path("missing/", request -> {
                    throw HttpError.notFound("no such thing");
                }, "missing"));
    }

    private WebApp site(Settings settings) {
        return Sites.site(settings, routes(), new CommonMiddleware(settings));
    }

    static Stream<Arguments> redirects() {
        return Stream.of(
                Arguments.of("a path whose slash form resolves", "GET", "/articles", 301, "/articles/"),
                Arguments.of("the query is kept", "GET", "/articles?q=a%20b&x=1", 301, "/articles/?q=a%20b&x=1"),
                Arguments.of("a path with a converter", "GET", "/articles/7", 301, "/articles/7/"),
                Arguments.of("percent-escapes stay as sent", "GET", "/caf%C3%A9", 301, "/caf%C3%A9/"),
                Arguments.of("a route for another method still counts", "GET", "/post-only", 301, "/post-only/"),
                Arguments.of("HEAD is redirected like GET", "HEAD", "/articles", 301, "/articles/"),
                Arguments.of("POST is redirected out of debug", "POST", "/articles", 301, "/articles/"),
                Arguments.of("a slash path is not touched", "GET", "/articles/", 200, null),
                Arguments.of("a path that resolves without slash", "GET", "/exact", 200, null),
                Arguments.of("neither form resolves", "GET", "/nowhere", 404, null),
                Arguments.of("neither form resolves, with a query", "GET", "/nowhere?next=/articles/", 404, null),
                Arguments.of("a view's own 404 under a slash path", "GET", "/missing/", 404, null),
                Arguments.of("a bad converter value is not rescued", "GET", "/articles/x", 404, null));
    }

    @ParameterizedTest(name = "{0}: {1} {2} -> {3} {4}")
    @MethodSource("redirects")
    void aPathWithoutSlashIsRedirectedOnlyWhenTheSlashFormResolves(String why, String method, String target,
            int status, String location) {
        var response = site(Sites.base().build()).handle(Exchanges.exchange(method, target, new byte[0]));

        assertEquals(status, response.status());
        assertEquals(location, response.headers().first("Location"));
    }

    @Test
    void aRedirectNeverReachesTheView() {
        site(Sites.base().build()).handle(Exchanges.get("/articles"));

        assertEquals(0, views.get(), "the resolver found no view for /articles, so none ran");
    }

    @Test
    void appendSlashOffLeavesThe404() {
        var response = site(Sites.base().set(CommonMiddleware.APPEND_SLASH, "false").build())
                .handle(Exchanges.get("/articles"));

        assertEquals(404, response.status());
        assertNull(response.headers().first("Location"));
    }

    @ParameterizedTest(name = "{0} in debug fails with a message that says how to fix the form")
    @CsvSource({"POST", "PUT", "PATCH"})
    void aBodyCarryingMethodInDebugFailsWithAnExplanation(String method) throws Exception {
        Settings settings = Sites.base().debug(true).build();
        WebApp app = WebApp.builder().settings(settings).routes(routes()).middleware(new CommonMiddleware(settings))
                .build();

        // In debug the error page is the debug page; asked for JSON, it carries the message as "detail".
        var response = app.handle(Exchanges.exchange(method, "/articles?x=1", "a=1", "Accept", "application/json"));

        assertEquals(500, response.status());
        String[] message = {Json.MAPPER.readTree(Exchanges.text(response)).get("detail").asText()};
        assertEquals("You called this URL via " + method + ", but the URL doesn't end in a slash and APPEND_SLASH "
                + "is on. Cairn can't redirect to the slash URL while keeping the " + method + " data. Change your "
                + "form to point to /articles/ (note the trailing slash), or set APPEND_SLASH=false in your "
                + "settings.", message[0]);
    }

    @Test
    void deleteInDebugIsRedirectedSinceItCarriesNoForm() {
        var response = site(Sites.base().debug(true).build())
                .handle(Exchanges.exchange("DELETE", "/articles", new byte[0]));

        assertEquals(301, response.status());
        assertEquals("/articles/", response.headers().first("Location"));
    }

    static Stream<Arguments> leadingSlashes() {
        return Stream.of(
                Arguments.of("/articles/", "/articles/"),
                Arguments.of("//evil.example/", "/%2Fevil.example/"),
                Arguments.of("/\\evil.example/", "/%5Cevil.example/"),
                Arguments.of("///x/", "/%2F/x/"),
                Arguments.of("/", "/"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("leadingSlashes")
    void aLocationNeverStartsWithTwoSlashes(String path, String location) {
        assertEquals(location, CommonMiddleware.escapeLeadingSlashes(path));
    }

    @Test
    void theJourneyRecordsTheRedirect() {
        var journey = Sites.journeyOf(site(Sites.base().build()), Exchanges.get("/articles?q=1"));

        assertEquals("/articles/?q=1", Sites.facts(journey, "append slash").get("location"));
        assertEquals("CommonMiddleware", Sites.facts(journey, "append slash").get("name"));
    }
}
