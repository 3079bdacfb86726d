package dev.cairn.web.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cairn.web.Exchanges;
import dev.cairn.web.Response;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Route;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cross-origin sharing: preflights answered at once, allowed origins told so, Vary always. */
class CorsMiddlewareTest {

    private static final String APP = "https://app.example.com";
    private static final String METHODS = "DELETE, GET, OPTIONS, PATCH, POST, PUT";
    private static final String HEADERS = "accept, authorization, content-type, user-agent, x-csrftoken, "
            + "x-requested-with, hx-boosted, hx-current-url, hx-history-restore-request, hx-prompt, hx-request, "
            + "hx-target, hx-trigger, hx-trigger-name";

    private final AtomicInteger views = new AtomicInteger();

    private List<Route<View>> routes() {
        View view = request -> {
            views.incrementAndGet();
            return Response.json(List.of(1, 2));
        };
        return List.of(Routes.path("api/items/", view), Routes.path("page/", view),
                Routes.path("varied/", request -> Response.text("v").header("Vary", "Cookie")));
    }

    private WebApp site(String... settings) {
        Settings values = Sites.settings(settings);
        return Sites.site(values, routes(), new CorsMiddleware(values));
    }

    private WebApp listed() {
        return site(CorsMiddleware.CORS_ALLOWED_ORIGINS, APP + ", http://localhost:3000",
                CorsMiddleware.CORS_ALLOWED_ORIGIN_REGEXES, "^https://\\w+\\.example\\.org$");
    }

    static Stream<Arguments> origins() {
        return Stream.of(
                Arguments.of("a listed origin", APP, APP),
                Arguments.of("a listed origin with a port", "http://localhost:3000", "http://localhost:3000"),
                Arguments.of("a listed origin in capitals, echoed as sent", "HTTPS://APP.EXAMPLE.COM",
                        "HTTPS://APP.EXAMPLE.COM"),
                Arguments.of("an origin matching a pattern", "https://shop.example.org", "https://shop.example.org"),
                Arguments.of("a pattern must match the whole origin", "https://shop.example.org.evil.example", null),
                Arguments.of("another scheme", "http://app.example.com", null),
                Arguments.of("another port", "https://app.example.com:8443", null),
                Arguments.of("another origin", "https://evil.example", null),
                Arguments.of("null, not listed", "null", null),
                Arguments.of("a trailing slash", APP + "/", null),
                Arguments.of("a path", APP + "/x", null),
                Arguments.of("no scheme", "app.example.com", null),
                Arguments.of("no host", "https://", null),
                Arguments.of("credentials in the origin", "https://user@app.example.com", null),
                Arguments.of("a bad port", "https://app.example.com:443x", null),
                Arguments.of("a port too long", "https://app.example.com:123456", null),
                Arguments.of("a script", "javascript:alert(1)", null),
                Arguments.of("empty", "", null),
                Arguments.of("a space", "https://app.example.com extra", null),
                Arguments.of("a list of origins", APP + " https://evil.example", null));
    }

    @ParameterizedTest(name = "{0}: Origin [{1}] -> {2}")
    @MethodSource("origins")
    void onlyAllowedOriginsAreToldTheyMayRead(String why, String origin, String allowed) {
        var response = listed().handle(Exchanges.get("/api/items/", "Origin", origin));

        assertEquals(200, response.status());
        assertEquals(allowed, response.headers().first("Access-Control-Allow-Origin"));
        assertEquals("Origin", response.headers().first("Vary"));
        assertNull(response.headers().first("Access-Control-Allow-Credentials"));
        assertNull(response.headers().first("Access-Control-Allow-Methods"), "only a preflight gets the methods");
        assertEquals(1, views.get());
    }

    @Test
    void aRequestWithoutOriginGetsOnlyVary() {
        var response = listed().handle(Exchanges.get("/api/items/"));

        assertNull(response.headers().first("Access-Control-Allow-Origin"));
        assertEquals("Origin", response.headers().first("Vary"));
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredAtOnce() {
        var response = listed().handle(Exchanges.exchange("OPTIONS", "/api/items/", new byte[0], "Origin", APP,
                "Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", "content-type"));

        assertEquals(200, response.status());
        assertEquals(0, Sites.body(response).length);
        assertEquals(0, views.get());
        assertEquals(APP, response.headers().first("Access-Control-Allow-Origin"));
        assertEquals(METHODS, response.headers().first("Access-Control-Allow-Methods"));
        assertEquals(HEADERS, response.headers().first("Access-Control-Allow-Headers"));
        assertEquals("86400", response.headers().first("Access-Control-Max-Age"));
        assertNull(response.headers().first("Access-Control-Allow-Credentials"));
        assertEquals("Origin", response.headers().first("Vary"));
    }

    @Test
    void aPreflightFromAnotherOriginGetsNoCorsHeaders() {
        var response = listed().handle(Exchanges.exchange("OPTIONS", "/api/items/", new byte[0], "Origin",
                "https://evil.example", "Access-Control-Request-Method", "DELETE"));

        assertEquals(200, response.status());
        assertEquals(0, views.get());
        for (String header : List.of("Access-Control-Allow-Origin", "Access-Control-Allow-Methods",
                "Access-Control-Allow-Headers", "Access-Control-Max-Age")) {
            assertNull(response.headers().first(header), header);
        }
    }

    @Test
    void anOptionsRequestThatIsNoPreflightReachesTheView() {
        var response = listed().handle(Exchanges.exchange("OPTIONS", "/api/items/", new byte[0], "Origin", APP));

        assertEquals(1, views.get());
        assertEquals(APP, response.headers().first("Access-Control-Allow-Origin"));
        assertNull(response.headers().first("Access-Control-Allow-Methods"));
    }

    @Test
    void anOptionsRequestWithoutOriginIsNoPreflight() {
        listed().handle(Exchanges.exchange("OPTIONS", "/api/items/", new byte[0], "Access-Control-Request-Method",
                "GET"));

        assertEquals(1, views.get());
    }

    static Stream<Arguments> configurations() {
        return Stream.of(
                Arguments.of("all origins, no credentials: *", new String[]{CorsMiddleware.CORS_ALLOW_ALL_ORIGINS,
                        "true"}, "https://any.example", "*", null),
                Arguments.of("all origins with credentials: the origin itself, never *",
                        new String[]{CorsMiddleware.CORS_ALLOW_ALL_ORIGINS, "true",
                                CorsMiddleware.CORS_ALLOW_CREDENTIALS, "true"},
                        "https://any.example",
                        "https://any.example", "true"),
                Arguments.of("all origins still refuse null", new String[]{CorsMiddleware.CORS_ALLOW_ALL_ORIGINS,
                        "true", CorsMiddleware.CORS_ALLOW_CREDENTIALS, "true"}, "null", null, null),
                Arguments.of("all origins still refuse the malformed",
                        new String[]{CorsMiddleware.CORS_ALLOW_ALL_ORIGINS, "true"}, "not an origin", null, null),
                Arguments.of("null when listed", new String[]{CorsMiddleware.CORS_ALLOWED_ORIGINS, "null"}, "null",
                        "null", null),
                Arguments.of("a listed origin with credentials", new String[]{CorsMiddleware.CORS_ALLOWED_ORIGINS, APP,
                        CorsMiddleware.CORS_ALLOW_CREDENTIALS, "true"}, APP, APP, "true"),
                Arguments.of("nothing allowed by default", new String[]{}, APP, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void theSettingsDecideWhoMayReadAndWithWhat(String why, String[] settings, String origin, String allowOrigin,
            String credentials) {
        var response = site(settings).handle(Exchanges.get("/api/items/", "Origin", origin));

        assertEquals(allowOrigin, response.headers().first("Access-Control-Allow-Origin"));
        assertEquals(credentials, response.headers().first("Access-Control-Allow-Credentials"));
        assertEquals("Origin", response.headers().first("Vary"));
    }

    @Test
    void theListsAndMaxAgeComeFromTheSettings() {
        WebApp app = site(CorsMiddleware.CORS_ALLOWED_ORIGINS, APP, CorsMiddleware.CORS_ALLOW_METHODS, "GET,POST",
                CorsMiddleware.CORS_ALLOW_HEADERS, "content-type, x-api-key", CorsMiddleware.CORS_EXPOSE_HEADERS,
                "X-Total, X-Page", CorsMiddleware.CORS_PREFLIGHT_MAX_AGE, "600");

        var preflight = app.handle(Exchanges.exchange("OPTIONS", "/api/items/", new byte[0], "Origin", APP,
                "Access-Control-Request-Method", "POST"));
        var actual = app.handle(Exchanges.get("/api/items/", "Origin", APP));

        assertEquals("GET, POST", preflight.headers().first("Access-Control-Allow-Methods"));
        assertEquals("content-type, x-api-key", preflight.headers().first("Access-Control-Allow-Headers"));
        assertEquals("600", preflight.headers().first("Access-Control-Max-Age"));
        assertEquals("X-Total, X-Page", actual.headers().first("Access-Control-Expose-Headers"));
    }

    @Test
    void aMaxAgeOfZeroSendsNone() {
        var response = site(CorsMiddleware.CORS_ALLOWED_ORIGINS, APP, CorsMiddleware.CORS_PREFLIGHT_MAX_AGE, "0")
                .handle(Exchanges.exchange("OPTIONS", "/api/items/", new byte[0], "Origin", APP,
                        "Access-Control-Request-Method", "GET"));

        assertEquals(APP, response.headers().first("Access-Control-Allow-Origin"));
        assertNull(response.headers().first("Access-Control-Max-Age"));
    }

    @Test
    void pathsOutsideTheUrlsRegexAreLeftAlone() {
        WebApp app = site(CorsMiddleware.CORS_ALLOWED_ORIGINS, APP, CorsMiddleware.CORS_URLS_REGEX, "^/api/");

        var api = app.handle(Exchanges.get("/api/items/", "Origin", APP));
        var page = app.handle(Exchanges.get("/page/", "Origin", APP));
        var preflight = app.handle(Exchanges.exchange("OPTIONS", "/page/", new byte[0], "Origin", APP,
                "Access-Control-Request-Method", "GET"));

        assertEquals(APP, api.headers().first("Access-Control-Allow-Origin"));
        assertNull(page.headers().first("Access-Control-Allow-Origin"));
        assertNull(page.headers().first("Vary"));
        assertEquals(3, views.get(), "the preflight outside the regex went to the view");
        assertNull(preflight.headers().first("Access-Control-Allow-Methods"));
    }

    @Test
    void theUrlsRegexIsOneExpressionCommasIncluded() {
        WebApp app = site(CorsMiddleware.CORS_ALLOWED_ORIGINS, APP, CorsMiddleware.CORS_URLS_REGEX, "^/x,y/");

        var inside = app.handle(Exchanges.get("/x,y/", "Origin", APP));
        var outside = app.handle(Exchanges.get("/xz/", "Origin", APP));

        assertEquals(404, inside.status());
        assertEquals(APP, inside.headers().first("Access-Control-Allow-Origin"), "a 404 is shared too");
        assertNull(outside.headers().first("Access-Control-Allow-Origin"));
    }

    @Test
    void varyIsMergedWithTheViews() {
        var response = listed().handle(Exchanges.get("/varied/", "Origin", APP));

        assertEquals("Cookie, Origin", response.headers().first("Vary"));
    }

    static Stream<Arguments> wellFormed() {
        return Stream.of(
                Arguments.of("null", true),
                Arguments.of("https://example.com", true),
                Arguments.of("http://localhost:3000", true),
                Arguments.of("https://[::1]:8443", true),
                Arguments.of("chrome-extension://abcdef", true),
                Arguments.of("https://xn--caf-dma.example", true),
                Arguments.of("https://[::1", false),
                Arguments.of("https://[]", false),
                Arguments.of("https://[zz::1]", false),
                Arguments.of("https://example.com:", false),
                Arguments.of("https://example.com?x", false),
                Arguments.of("https://example.com#x", false),
                Arguments.of("https://exa%6dple.com", false),
                Arguments.of("1https://example.com", false),
                Arguments.of("://example.com", false),
                Arguments.of("https:example.com", false));
    }

    @ParameterizedTest(name = "[{0}] well formed: {1}")
    @MethodSource("wellFormed")
    void originsAreSchemeHostAndPortOrNull(String origin, boolean expected) {
        assertEquals(expected, CorsOrigins.wellFormed(origin));
    }

    @Test
    void theJourneyRecordsTheDecision() {
        var allowed = Sites.journeyOf(listed(), Exchanges.exchange("OPTIONS", "/api/items/", new byte[0], "Origin",
                APP, "Access-Control-Request-Method", "PUT"));
        var refused = Sites.journeyOf(listed(), Exchanges.get("/api/items/", "Origin", "https://evil.example"));

        assertEquals(APP, Sites.facts(allowed, "preflight allowed").get("origin"));
        assertEquals("https://evil.example", Sites.facts(refused, "origin refused").get("origin"));
    }
}
