package dev.cairn.web.csrf;

import static dev.cairn.web.csrf.CsrfSite.SECRET;
import static dev.cairn.web.csrf.CsrfSite.formWith;
import static dev.cairn.web.csrf.CsrfSite.http;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.Exchanges;
import dev.cairn.web.RecordingLogger;
import dev.cairn.web.Response;
import dev.cairn.web.WebApp;
import dev.cairn.web.settings.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a refusal looks like: the journey, the log line, the debug and production pages, a replaced view. */
class CsrfFailureTest {

    private static final String COOKIE = "csrftoken=" + SECRET;

    @TempDir
    Path folder;

    static Stream<Arguments> journeys() {
        String token = CsrfTokens.mask(SECRET);
        return Stream.of(
                Arguments.of("a GET", http("GET", "/api/", ""), List.of("csrf skipped: safe method")),
                Arguments.of("a page that prints its token", http("GET", "/page/form/", ""),
                        List.of("csrf skipped: safe method", "csrf secret saved: cookie 'csrftoken'")),
                Arguments.of("a good form", http("POST", "/form/", formWith(token), "Cookie", COOKIE),
                        List.of("csrf check: token passed", "csrf accepted: origin and token verified")),
                Arguments.of("a good form with its Origin",
                        http("POST", "/form/", formWith(token), "Cookie", COOKIE, "Origin", "http://localhost"),
                        List.of("csrf check: origin passed", "csrf check: token passed",
                                "csrf accepted: origin and token verified")),
                Arguments.of("HTTPS with a Referer",
                        CsrfSite.https("POST", "/form/", formWith(token), "Cookie", COOKIE, "Referer",
                                "https://example.com/form/"),
                        List.of("csrf check: referer passed", "csrf check: token passed",
                                "csrf accepted: origin and token verified")),
                Arguments.of("a cross-origin form",
                        http("POST", "/form/", formWith(token), "Cookie", COOKIE, "Origin", "https://evil.example"),
                        List.of("csrf check: origin failed", "csrf rejected: Origin checking failed - "
                                + "https://evil.example does not match any trusted origins.")),
                Arguments.of("a form without a cookie", http("POST", "/form/", formWith(token)),
                        List.of("csrf check: cookie failed", "csrf rejected: CSRF cookie not set.")),
                Arguments.of("an exempt view", http("POST", "/exempt/", ""), List.of("csrf skipped: exempt view")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void journeys(String what, dev.cairn.gateway.Request exchange, List<String> stops) {
        WebApp app = CsrfSite.site(CsrfSite.settings(), folder);

        assertEquals(stops, CsrfSite.csrfStops(Exchanges.journeyOf(app, exchange)));
    }

    @Test
    void theJourneyNamesWhereATokenCameFromButNeverTheToken() {
        WebApp app = CsrfSite.site(CsrfSite.settings(), folder);
        String token = CsrfTokens.mask(SECRET);
        var journey = Exchanges.journeyOf(app, http("PUT", "/api/", "", "Cookie", COOKIE, "X-CSRFToken", token));

        var check = journey.stops("middleware").stream().filter(s -> s.event().equals("csrf check")).findFirst()
                .orElseThrow();
        assertEquals("header X-CSRFToken", check.facts().get("detail"));
        String everything = journey.toString();
        assertFalse(everything.contains(token), "the token is in the journey");
        assertFalse(everything.contains(SECRET), "the secret is in the journey");
    }

    @Test
    void aRefusalIsLoggedWithMethodPathAndReasonButNoSecret() {
        RecordingLogger log = new RecordingLogger("cairn.security.csrf");
        Settings settings = CsrfSite.settings();
        WebApp app = CsrfSite.site(settings, folder, CsrfMiddleware.builder(settings).log(log).build());
        String stale = CsrfTokens.mask(CsrfSite.OTHER_SECRET);

        app.handle(http("POST", "/form/", formWith(stale), "Cookie", COOKIE));

        assertEquals(List.of("WARNING Forbidden (CSRF token incorrect.): POST /form/"), log.lines);
    }

    @Test
    void nothingIsLoggedForRequestsThatPass() {
        RecordingLogger log = new RecordingLogger("cairn.security.csrf");
        Settings settings = CsrfSite.settings();
        WebApp app = CsrfSite.site(settings, folder, CsrfMiddleware.builder(settings).log(log).build());

        app.handle(http("POST", "/form/", formWith(SECRET), "Cookie", COOKIE));
        app.handle(http("GET", "/page/form/", ""));

        assertEquals(List.of(), log.lines);
    }

    @Test
    void inDebugThe403PageSaysWhichCheckFailedAndHowToFixIt() {
        WebApp app = CsrfSite.site(CsrfSite.settings(Settings.DEBUG, "true"), folder);
        var response = app.handle(http("POST", "/form/", "name=Ada", "Cookie", COOKIE));

        assertEquals(403, response.status());
        String page = CsrfSite.text(response);
        assertTrue(page.contains("CSRF verification failed. Request aborted. CSRF token missing."), page);
        assertTrue(page.contains("Put {{ csrf_input }} inside the &lt;form&gt;"), page);
        assertTrue(page.contains("dev.cairn.web.csrf.CsrfRejected"), page);
    }

    @Test
    void outOfDebugThe403PageRevealsNothing() {
        WebApp app = CsrfSite.site(CsrfSite.settings(), folder);
        var response = app.handle(http("POST", "/form/", formWith(SECRET), "Cookie", COOKIE, "Origin",
                "https://evil.example"));

        assertEquals(403, response.status());
        String page = CsrfSite.text(response);
        assertTrue(page.contains("403 Forbidden"), page);
        assertFalse(page.contains("evil.example"), page);
        assertFalse(page.contains("Origin"), page);
    }

    @Test
    void aFailureViewReplacesThePageAndIsToldWhy() {
        Settings settings = CsrfSite.settings();
        CsrfMiddleware csrf = CsrfMiddleware.builder(settings)
                .failureView(r -> Response.text("refused: " + Csrf.rejection(r).reason()).status(403)).build();
        WebApp app = CsrfSite.site(settings, folder, csrf);

        var response = app.handle(http("DELETE", "/api/", "", "Cookie", COOKIE));

        assertEquals(403, response.status());
        assertEquals("refused: CSRF token missing.", CsrfSite.text(response));
    }

    @Test
    void aFailureViewThatBreaksGetsTheErrorPageNotAnAcceptedRequest() {
        Settings settings = CsrfSite.settings();
        CsrfMiddleware csrf = CsrfMiddleware.builder(settings).failureView(r -> {
            throw new IllegalStateException("the failure view broke");
        }).build();
        WebApp app = CsrfSite.site(settings, folder, csrf);

        assertEquals(500, app.handle(http("DELETE", "/api/", "", "Cookie", COOKIE)).status());
    }

    @Test
    void aFailureViewThatAnswersNothingGetsThe403Page() {
        Settings settings = CsrfSite.settings();
        WebApp app = CsrfSite.site(settings, folder, CsrfMiddleware.builder(settings).failureView(r -> null)
                .build());

        assertEquals(403, app.handle(http("DELETE", "/api/", "", "Cookie", COOKIE)).status());
    }

    @Test
    void aRequestThatPassedHasNoRejection() {
        Settings settings = CsrfSite.settings();
        WebApp app = WebApp.builder().settings(settings).middleware(new CsrfMiddleware(settings))
                .routes(dev.cairn.web.Urls.path("", r -> Response.text("rejection: " + Csrf.rejection(r)), "home"))
                .build();

        assertEquals("rejection: null", CsrfSite.text(app.handle(http("POST", "/", formWith(SECRET), "Cookie",
                COOKIE))));
    }
}
