package dev.cairn.web.csrf;

import static dev.cairn.web.csrf.CsrfSite.OTHER_SECRET;
import static dev.cairn.web.csrf.CsrfSite.SECRET;
import static dev.cairn.web.csrf.CsrfSite.formWith;
import static dev.cairn.web.csrf.CsrfSite.http;
import static dev.cairn.web.csrf.CsrfSite.https;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.web.Exchanges;
import dev.cairn.web.WebApp;
import dev.cairn.web.settings.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests that try to get past the CSRF check, each with the reason it is refused for, and the requests a real
 * page of the site sends, which must pass. Every refusal is a 403 whose journey names the check that failed.
 */
class CsrfAttackTest {

    private static final String COOKIE = "csrftoken=" + SECRET;
    private static final String TOKEN = CsrfTokens.mask(SECRET);
    private static final String STALE = CsrfTokens.mask(OTHER_SECRET);

    @TempDir
    Path folder;

    private WebApp app;

    @BeforeEach
    void site() {
        Settings settings = CsrfSite.settings(CsrfMiddleware.CSRF_TRUSTED_ORIGINS,
                "https://*.example.com, https://partner.example.org, http://localhost:3000");
        app = CsrfSite.site(settings, folder);
    }

    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of("no CSRF cookie", http("POST", "/form/", formWith(TOKEN)), "CSRF cookie not set."),
                Arguments.of("a cookie of the wrong length",
                        http("POST", "/form/", formWith(TOKEN), "Cookie", "csrftoken=short"),
                        "CSRF cookie has incorrect length."),
                Arguments.of("a cookie of the masked length (not a secret)",
                        http("POST", "/form/", formWith(TOKEN), "Cookie", "csrftoken=" + TOKEN),
                        "CSRF cookie has incorrect length."),
                Arguments.of("a cookie with punctuation",
                        http("POST", "/form/", formWith(TOKEN), "Cookie", "csrftoken=" + SECRET.replace('a', '!')),
                        "CSRF cookie has invalid characters."),
                Arguments.of("no token at all", http("POST", "/form/", "name=Ada", "Cookie", COOKIE),
                        "CSRF token missing."),
                Arguments.of("an empty form field and no header",
                        http("POST", "/form/", formWith(""), "Cookie", COOKIE), "CSRF token missing."),
                Arguments.of("a wrong token", http("POST", "/form/", formWith(CsrfSite.tampered(TOKEN)), "Cookie",
                        COOKIE), "CSRF token incorrect."),
                Arguments.of("a stale token, from another secret",
                        http("POST", "/form/", formWith(STALE), "Cookie", COOKIE), "CSRF token incorrect."),
                Arguments.of("another secret sent bare",
                        http("POST", "/form/", formWith(OTHER_SECRET), "Cookie", COOKIE), "CSRF token incorrect."),
                Arguments.of("a token of the wrong length",
                        http("POST", "/form/", formWith(TOKEN.substring(1)), "Cookie", COOKIE),
                        "CSRF token has incorrect length."),
                Arguments.of("a token with invalid characters",
                        http("POST", "/form/", formWith(TOKEN.substring(1) + "%2B"), "Cookie", COOKIE),
                        "CSRF token has invalid characters."),
                Arguments.of("a wrong token in the header",
                        http("POST", "/api/", "", "Cookie", COOKIE, "X-CSRFToken", STALE), "CSRF token incorrect."),
                Arguments.of("a cross-origin POST",
                        http("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Origin", "https://evil.example"),
                        "Origin checking failed - https://evil.example does not match any trusted origins."),
                Arguments.of("an Origin on another port",
                        http("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Origin", "http://localhost:8080"),
                        "Origin checking failed - http://localhost:8080 does not match any trusted origins."),
                Arguments.of("an Origin of the other scheme",
                        https("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Origin", "http://example.com"),
                        "Origin checking failed - http://example.com does not match any trusted origins."),
                Arguments.of("the null Origin of a sandboxed page",
                        http("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Origin", "null"),
                        "Origin checking failed - null does not match any trusted origins."),
                Arguments.of("a near miss of the wildcard",
                        https("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Origin",
                                "https://evil-example.com"),
                        "Origin checking failed - https://evil-example.com does not match any trusted origins."),
                Arguments.of("the wildcard's domain as a suffix of another",
                        https("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Origin",
                                "https://example.com.evil.example"),
                        "Origin checking failed - https://example.com.evil.example does not match any trusted "
                                + "origins."),
                Arguments.of("the wildcard over http",
                        https("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Origin", "http://a.example.com"),
                        "Origin checking failed - http://a.example.com does not match any trusted origins."),
                Arguments.of("no Referer over HTTPS", https("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE),
                        "Referer checking failed - no Referer."),
                Arguments.of("a Referer from another host",
                        https("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Referer",
                                "https://evil.example/page"),
                        "Referer checking failed - https://evil.example/page does not match any trusted origins."),
                Arguments.of("a Referer over plain HTTP",
                        https("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Referer",
                                "http://example.com/form/"),
                        "Referer checking failed - Referer is insecure while host is secure."),
                Arguments.of("a Referer without a host",
                        https("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Referer", "https:///form/"),
                        "Referer checking failed - Referer is malformed."),
                Arguments.of("a Referer that is no URL",
                        https("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Referer", "https://exa mple/"),
                        "Referer checking failed - Referer is malformed."),
                Arguments.of("a relative Referer",
                        https("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Referer", "/form/"),
                        "Referer checking failed - Referer is malformed."),
                Arguments.of("a Referer near miss of the wildcard",
                        https("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Referer",
                                "https://evil-example.com/"),
                        "Referer checking failed - https://evil-example.com/ does not match any trusted origins."),
                Arguments.of("a Referer with credentials before the host",
                        https("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Referer",
                                "https://example.com@evil.example/"),
                        "Referer checking failed - https://example.com@evil.example/ does not match any trusted "
                                + "origins."),
                Arguments.of("PUT without a token", http("PUT", "/api/", "", "Cookie", COOKIE),
                        "CSRF token missing."),
                Arguments.of("DELETE without a cookie", http("DELETE", "/api/", "", "X-CSRFToken", TOKEN),
                        "CSRF cookie not set."),
                Arguments.of("PATCH with a stale header",
                        http("PATCH", "/api/", "", "Cookie", COOKIE, "X-CSRFToken", STALE), "CSRF token incorrect."),
                Arguments.of("an unusual method", http("BREW", "/api/", "", "Cookie", COOKIE),
                        "CSRF token missing."),
                Arguments.of("a PUT whose form field is not read (only POST bodies are)",
                        http("PUT", "/api/", formWith(TOKEN), "Cookie", COOKIE), "CSRF token missing."),
                Arguments.of("a token for another header name",
                        http("POST", "/api/", "", "Cookie", COOKIE, "X-CSRF-Token", TOKEN), "CSRF token missing."));
    }

    @ParameterizedTest(name = "{0} is refused: {2}")
    @MethodSource
    void attacks(String what, dev.cairn.gateway.Request exchange, String reason) {
        var journey = Exchanges.journeyOf(app, exchange);
        var response = journey.stops("web").getLast().facts().get("status");

        assertEquals(403, response);
        List<String> stops = CsrfSite.csrfStops(journey);
        assertEquals("csrf rejected: " + reason, stops.stream().filter(s -> s.startsWith("csrf rejected"))
                .findFirst().orElseThrow(() -> new AssertionError(stops.toString())));
    }

    static Stream<Arguments> genuine() {
        return Stream.of(
                Arguments.of("a form with its masked token",
                        http("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE), "form taken: Ada"),
                Arguments.of("the same form from this origin",
                        http("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Origin", "http://localhost"),
                        "form taken: Ada"),
                Arguments.of("the bare secret (what JavaScript reads from the cookie)",
                        http("POST", "/form/", formWith(SECRET), "Cookie", COOKIE), "form taken: Ada"),
                Arguments.of("the header when the form has no field",
                        http("POST", "/form/", "name=Ada", "Cookie", COOKIE, "X-CSRFToken", TOKEN),
                        "form taken: Ada"),
                Arguments.of("the header in any case",
                        http("POST", "/form/", "name=Ada", "Cookie", COOKIE, "x-csrftoken", TOKEN),
                        "form taken: Ada"),
                Arguments.of("HTTPS with its own Origin",
                        https("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Origin", "https://example.com"),
                        "form taken: Ada"),
                Arguments.of("HTTPS with no Origin and a Referer of this host",
                        https("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Referer",
                                "https://example.com/form/"),
                        "form taken: Ada"),
                Arguments.of("a trusted subdomain by the wildcard",
                        https("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Origin",
                                "https://app.example.com"),
                        "form taken: Ada"),
                Arguments.of("the wildcard's own domain, posting to a subdomain",
                        https("POST", "/form/", formWith(TOKEN), "Host", "www.example.com", "Cookie", COOKIE,
                                "Origin", "https://example.com"),
                        "form taken: Ada"),
                Arguments.of("a Referer from the wildcard's own domain",
                        https("POST", "/form/", formWith(TOKEN), "Host", "www.example.com", "Cookie", COOKIE,
                                "Referer", "https://example.com/"),
                        "form taken: Ada"),
                Arguments.of("a trusted exact origin",
                        https("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Origin",
                                "https://partner.example.org"),
                        "form taken: Ada"),
                Arguments.of("a trusted origin with a port, over http",
                        http("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Origin", "http://localhost:3000"),
                        "form taken: Ada"),
                Arguments.of("a Referer from a trusted subdomain",
                        https("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Referer",
                                "https://deep.app.example.com/x"),
                        "form taken: Ada"),
                Arguments.of("a Referer from a trusted exact host",
                        https("POST", "/form/", formWith(TOKEN), "Cookie", COOKIE, "Referer",
                                "https://partner.example.org/pay"),
                        "form taken: Ada"),
                Arguments.of("PUT with the header", http("PUT", "/api/", "", "Cookie", COOKIE, "X-CSRFToken", TOKEN),
                        "done PUT"),
                Arguments.of("DELETE with the header",
                        http("DELETE", "/api/", "", "Cookie", COOKIE, "X-CSRFToken", TOKEN), "done DELETE"),
                Arguments.of("PATCH with the bare secret",
                        http("PATCH", "/api/", "", "Cookie", COOKIE, "X-CSRFToken", SECRET), "done PATCH"),
                Arguments.of("a POST to an exempt function view", http("POST", "/exempt/", "name=Ada"),
                        "exempt took it"),
                Arguments.of("a cross-origin POST to an exempt view",
                        http("POST", "/exempt/", "", "Origin", "https://evil.example"), "exempt took it"),
                Arguments.of("a POST to a view class marked @CsrfExempt", http("POST", "/hook/", "name=Ada"),
                        "hook took it"),
                Arguments.of("GET, which must not change anything", http("GET", "/api/", ""), "done GET"),
                Arguments.of("HEAD", http("HEAD", "/api/", ""), "done HEAD"),
                Arguments.of("OPTIONS", http("OPTIONS", "/api/", "", "Origin", "https://evil.example"),
                        "done OPTIONS"),
                Arguments.of("TRACE", http("TRACE", "/api/", ""), "done TRACE"));
    }

    @ParameterizedTest(name = "{0} passes")
    @MethodSource
    void genuine(String what, dev.cairn.gateway.Request exchange, String body) {
        var response = app.handle(exchange);

        assertEquals(200, response.status(), () -> CsrfSite.text(response));
        if (!exchange.method().equals("HEAD")) {
            assertEquals(body, CsrfSite.text(response));
        }
    }

    static Stream<Arguments> noView() {
        return Stream.of(
                Arguments.of("a POST to no route gets its 404", http("POST", "/nowhere/", "name=Ada"), 404),
                Arguments.of("a POST to a GET-only route gets its 405", http("POST", "/get-only/", "name=Ada"), 405));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void noView(String what, dev.cairn.gateway.Request exchange, int status) {
        var journey = Exchanges.journeyOf(app, exchange);

        assertEquals(status, journey.stops("web").getLast().facts().get("status"));
        assertEquals(List.of("csrf skipped: no view matches: the request gets its 404 or 405"),
                CsrfSite.csrfStops(journey));
    }
}
