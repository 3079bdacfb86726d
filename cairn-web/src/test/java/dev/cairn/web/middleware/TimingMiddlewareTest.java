package dev.cairn.web.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.Exchanges;
import dev.cairn.web.Response;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Server-Timing for the time below the middleware. */
class TimingMiddlewareTest {

    private static WebApp site(View view) {
        return Sites.site(Sites.base().build(), List.of(Routes.path("", view)), new TimingMiddleware());
    }

    @Test
    void theTimeBelowIsReportedInMillisecondsWithThreeDecimals() {
        var response = site(request -> {
            Thread.sleep(20);
            return Response.text("slow");
        }).handle(Exchanges.get("/"));

        String timing = response.headers().first("Server-Timing");
        assertTrue(timing.matches("app;dur=\\d+\\.\\d{3}"), timing);
        double millis = Double.parseDouble(timing.substring("app;dur=".length()));
        assertTrue(millis >= 20 && millis < 10_000, timing);
    }

    @Test
    void theViewsOwnTimingsAreKept() {
        var response = site(request -> Response.text("ok").header("Server-Timing", "db;dur=1.5"))
                .handle(Exchanges.get("/"));

        List<String> timings = response.headers().all("Server-Timing");
        assertEquals(2, timings.size());
        assertEquals("db;dur=1.5", timings.getFirst());
        assertTrue(timings.getLast().startsWith("app;dur="));
    }

    @Test
    void errorPagesAreTimedToo() {
        var response = site(request -> {
            throw new IllegalStateException("broken view");
        }).handle(Exchanges.get("/"));

        assertEquals(500, response.status());
        assertTrue(response.headers().first("Server-Timing").startsWith("app;dur="));
    }

    static Stream<Arguments> durations() {
        return Stream.of(
                Arguments.of(0L, "0.000"),
                Arguments.of(5L, "0.005"),
                Arguments.of(99L, "0.099"),
                Arguments.of(100L, "0.100"),
                Arguments.of(1_000L, "1.000"),
                Arguments.of(12_345L, "12.345"),
                Arguments.of(60_000_001L, "60000.001"));
    }

    @ParameterizedTest(name = "{0}µs is {1}ms")
    @MethodSource("durations")
    void microsecondsAreWrittenAsMilliseconds(long micros, String millis) {
        assertEquals(millis, TimingMiddleware.milliseconds(micros));
    }

    @Test
    void theJourneyRecordsTheTime() {
        var journey = Sites.journeyOf(site(request -> Response.text("ok")), Exchanges.get("/"));

        assertTrue((Long) Sites.facts(journey, "timed").get("micros") >= 0);
    }
}
