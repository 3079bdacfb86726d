package dev.cairn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.journey.Journey;
import dev.cairn.web.routing.Routes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OnionTest {

    /** A middleware that logs its way in and out to a shared list. */
    private static Middleware tracing(String name, List<String> log) {
        return (request, next) -> {
            log.add(name + " in");
            Response response = next.proceed(request);
            log.add(name + " out " + response.status());
            return response.addHeader("X-Through", name);
        };
    }

    private static WebApp app(List<String> log, Middleware... inner) {
        WebApp.Builder builder = WebApp.builder().settings(TestSettings.production()).routes(Routes.path("", r -> {
            log.add("view");
            return Response.text("home");
        }, "home"), Routes.path("boom/", r -> {
            log.add("view");
            throw new IllegalStateException("view failed");
        }, "boom"));
        builder.middleware("outer", tracing("outer", log));
        for (int i = 0; i < inner.length; i++) {
            builder.middleware("inner" + i, inner[i]);
        }
        builder.middleware("innermost", tracing("innermost", log));
        return builder.build();
    }

    @Test
    void middlewareRunTopToBottomInAndBottomToTopOut() {
        List<String> log = new ArrayList<>();
        var response = app(log).handle(Exchanges.get("/"));
        assertEquals(List.of("outer in", "innermost in", "view", "innermost out 200", "outer out 200"), log);
        assertEquals(List.of("innermost", "outer"), response.headers().all("X-Through"));
        assertEquals("home", Exchanges.text(response));
    }

    @Test
    void aShortCircuitSkipsTheViewAndTheLayersBelow() {
        List<String> log = new ArrayList<>();
        var response = app(log, (request, next) -> Response.text("no").status(403)).handle(Exchanges.get("/"));
        assertEquals(List.of("outer in", "outer out 403"), log);
        assertEquals(403, response.status());
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("a view's exception", "/boom/", null, 500),
                Arguments.of("a middleware's exception on the way in", "/", (Middleware) (r, n) -> {
                    throw new IllegalArgumentException("in");
                }, 500),
                Arguments.of("a middleware's exception on the way out", "/", (Middleware) (r, n) -> {
                    n.proceed(r);
                    throw new IllegalArgumentException("out");
                }, 500),
                Arguments.of("an HttpError", "/", (Middleware) (r, n) -> {
                    throw HttpError.forbidden("no");
                }, 403),
                Arguments.of("a null response", "/", (Middleware) (r, n) -> null, 500),
                Arguments.of("calling next twice", "/", (Middleware) (r, n) -> {
                    n.proceed(r);
                    return n.proceed(r);
                }, 500));
    }

    @ParameterizedTest(name = "{0} becomes a {3} and every outer layer still goes out")
    @MethodSource("failures")
    void anExceptionBecomesAResponseAtItsBoundary(String what, String path, Middleware culprit, int status) {
        List<String> log = new ArrayList<>();
        Middleware[] inner = culprit == null ? new Middleware[0] : new Middleware[]{culprit};
        var response = app(log, inner).handle(Exchanges.get(path));
        assertEquals(status, response.status());
        assertEquals("outer out " + status, log.getLast());
        assertTrue(response.headers().all("X-Through").contains("outer"));
    }

    @Test
    void callingNextTwiceNamesTheCulprit() {
        List<IllegalStateException> caught = new ArrayList<>();
        WebApp app = WebApp.builder().settings(TestSettings.production())
                .routes(Routes.path("", r -> Response.text("ok")))
                .middleware("greedy", (request, next) -> {
                    next.proceed(request);
                    try {
                        return next.proceed(request);
                    } catch (IllegalStateException e) {
                        caught.add(e);
                        throw e;
                    }
                }).build();
        assertEquals(500, app.handle(Exchanges.get("/")).status());
        assertEquals("Middleware 'greedy' called next.proceed() twice; a middleware passes a request on at most once",
                caught.getFirst().getMessage());
    }

    @Test
    void theJourneyRecordsEachLayerInAndOutWithWhatItChanged() throws Exception {
        List<String> log = new ArrayList<>();
        Middleware tagging = (request, next) -> {
            request.attribute("tagged", true);
            return next.proceed(request).header("X-Tag", "1");
        };
        Journey journey = Journey.begin("t-1");
        journey.carry(() -> app(log, tagging).handle(Exchanges.get("/")));
        List<Journey.Stop> stops = journey.stops("middleware");
        assertEquals(List.of("in outer", "in inner0", "in innermost", "out innermost", "out inner0", "out outer"),
                stops.stream().map(s -> s.event() + " " + s.facts().get("name")).toList());
        Journey.Stop tagOut = stops.get(4);
        assertEquals(List.of("X-Tag"), tagOut.facts().get("headers"));
        assertEquals(List.of("tagged"), tagOut.facts().get("attributes"));
        assertEquals(false, tagOut.facts().get("shortCircuit"));
        assertEquals("called", journey.stops("view").getFirst().event());
    }

    @Test
    void theJourneyMarksAShortCircuit() throws Exception {
        Journey journey = Journey.begin("t-2");
        journey.carry(() -> app(new ArrayList<>(), (r, n) -> Response.text("cached")).handle(Exchanges.get("/")));
        Journey.Stop out = journey.stops("middleware").stream()
                .filter(s -> s.event().equals("out") && s.facts().get("name").equals("inner0")).findFirst()
                .orElseThrow();
        assertEquals(true, out.facts().get("shortCircuit"));
        assertTrue(journey.stops("view").isEmpty());
        assertFalse(journey.stops("web").isEmpty());
    }

    @Test
    void unmatchedPathsAre404AndWrongMethods405WithAllow() {
        WebApp app = WebApp.builder().settings(TestSettings.production())
                .routes(Routes.<View>path("only-post/", r -> Response.text("ok")).methods("POST"))
                .build();
        assertEquals(404, app.handle(Exchanges.get("/nowhere/")).status());
        var notAllowed = app.handle(Exchanges.get("/only-post/"));
        assertEquals(405, notAllowed.status());
        assertEquals("POST", notAllowed.headers().first("Allow"));
    }
}
