package dev.cairn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.cairn.journey.Journey;
import dev.cairn.web.routing.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Request#resolution()}: a middleware may learn which view will run before it runs, and the site dispatches
 * on that same resolution, made once.
 */
class ResolutionTest {

    private static final View ARTICLE = r -> Response.text("article " + r.kwarg("pk"));

    /** What a middleware saw of the resolution, and whether the view's request had the same one. */
    private final List<Object> seen = new ArrayList<>();

    private WebApp site() {
        Middleware peek = (request, next) -> {
            seen.add(request.resolution());
            seen.add(request.match());
            return next.proceed(request);
        };
        return WebApp.builder().settings(TestSettings.debug()).middleware(peek)
                .routes(Urls.path("articles/<int:pk>/", ARTICLE, "article"),
                        Urls.path("read-only/", r -> {
                            seen.add(r.resolution());
                            return Response.text("read");
                        }, "read-only").methods("GET"))
                .build();
    }

    @Test
    void aMiddlewareSeesTheViewThatWillRunWithItsArguments() {
        var response = site().handle(Exchanges.get("/articles/7/"));

        assertEquals("article 7", Exchanges.text(response));
        var match = (Resolution.Match<?>) seen.get(0);
        assertSame(ARTICLE, match.view());
        assertEquals(Map.of("pk", 7L), match.kwargs());
        assertNull(seen.get(1), "match() names the route whose view was called, and none has been yet");
    }

    @Test
    void theViewIsDispatchedOnTheSameResolution() {
        site().handle(Exchanges.get("/read-only/"));

        assertSame(seen.get(0), seen.get(2));
    }

    static Stream<Arguments> outcomes() {
        return Stream.of(
                Arguments.of("GET", "/nowhere/", Resolution.NotFound.class, 404),
                Arguments.of("POST", "/read-only/", Resolution.MethodNotAllowed.class, 405),
                Arguments.of("GET", "/articles/7/", Resolution.Match.class, 200));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource
    void outcomes(String method, String target, Class<?> kind, int status) {
        var response = site().handle(Exchanges.exchange(method, target, new byte[0]));

        assertEquals(kind, seen.get(0).getClass());
        assertEquals(status, response.status());
    }

    @Test
    void theResolverRunsOnceAndTheJourneyRecordsItOnce() {
        Journey journey = Journey.begin("resolution");
        journey.carry(() -> site().handle(Exchanges.get("/articles/7/")));

        assertEquals(List.of("resolved"), journey.stops("routing").stream().map(Journey.Stop::event).toList());
        assertEquals("articles/<int:pk>/", journey.stops("view").getFirst().facts().get("route"));
    }

    @Test
    void aMalformedPathIsA400ForTheMiddlewareThatAsks() {
        var response = site().handle(Exchanges.get("/articles/%zz/"));

        assertEquals(400, response.status());
        assertEquals(List.of(), seen, "the middleware's resolution() threw, and the onion answered 400");
    }
}
