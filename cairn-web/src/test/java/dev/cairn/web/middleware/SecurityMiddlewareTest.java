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

/** The security headers and the HTTPS redirect; the CSP nonce has its own test. */
class SecurityMiddlewareTest {

    /** The default policy when no nonce was used: script-src and style-src only repeated default-src. */
    private static final String POLICY_WITHOUT_NONCE = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    private final AtomicInteger views = new AtomicInteger();

    private List<Route<View>> routes() {
        return List.of(
                Routes.path("", request -> {
                    views.incrementAndGet();
                    return Response.html("home");
                }),
                Routes.path("framed/", request -> Response.text("framed")
                        .header("X-Frame-Options", "SAMEORIGIN")
                        .header("Content-Security-Policy", "default-src *")
                        .header("Referrer-Policy", "no-referrer")
                        .header("Strict-Transport-Security", "max-age=1")),
                Routes.path("health/", request -> Response.text("up")),
                Routes.path("typed/", request -> request.query("type") == null
                        ? Response.of(200)
                        : Response.bytes(new byte[]{'x'}, request.query("type"))),
                Routes.path("unchanged/", request -> Response.notModified()),
                Routes.path("<int:n>/", request -> Response.text("number")));
    }

    private WebApp site(String... settings) {
        Settings values = Sites.settings(settings);
        return Sites.site(values, routes(), new SecurityMiddleware(values));
    }

    @Test
    void aPlainResponseGetsTheDefaultHeaders() {
        var response = site().handle(Exchanges.get("/"));

        assertEquals("nosniff", response.headers().first("X-Content-Type-Options"));
        assertEquals("same-origin", response.headers().first("Referrer-Policy"));
        assertEquals("same-origin", response.headers().first("Cross-Origin-Opener-Policy"));
        assertEquals("DENY", response.headers().first("X-Frame-Options"));
        assertEquals(POLICY_WITHOUT_NONCE, response.headers().first("Content-Security-Policy"));
        assertNull(response.headers().first("Strict-Transport-Security"));
        assertNull(response.headers().first("Content-Security-Policy-Report-Only"));
    }

    static Stream<Arguments> policyByContentType() {
        return Stream.of(
                Arguments.of("text/html; charset=utf-8", true),
                Arguments.of("application/xhtml+xml", true),
                Arguments.of("image/svg+xml", true),
                Arguments.of("IMAGE/SVG+XML; charset=utf-8", true),
                Arguments.of("application/xml", true),
                Arguments.of("text/xml", true),
                Arguments.of("application/pdf", true),
                Arguments.of("text/plainer", true),
                Arguments.of("application/json-seq", true),
                Arguments.of(null, true),
                Arguments.of("text/plain; charset=utf-8", false),
                Arguments.of("Text/Plain ; charset=utf-8", false),
                Arguments.of("application/json", false),
                Arguments.of("application/problem+json", false),
                Arguments.of("text/css", false),
                Arguments.of("text/javascript", false),
                Arguments.of("text/csv", false),
                Arguments.of("image/png", false),
                Arguments.of("image/webp", false),
                Arguments.of("video/mp4", false),
                Arguments.of("audio/ogg", false),
                Arguments.of("font/woff2", false),
                Arguments.of("application/octet-stream", false));
    }

    @ParameterizedTest(name = "{0}: document policies sent {1}")
    @MethodSource("policyByContentType")
    void documentPoliciesGoOnlyWhereThereMayBeADocument(String type, boolean sent) {
        String target = type == null ? "/typed/" : "/typed/?type=" + type.replace(" ", "%20").replace("+", "%2B");
        var response = site().handle(Exchanges.get(target));

        assertEquals(type, response.headers().first("Content-Type"));
        assertEquals(sent ? POLICY_WITHOUT_NONCE : null, response.headers().first("Content-Security-Policy"));
        assertEquals(sent ? "same-origin" : null, response.headers().first("Referrer-Policy"));
        assertEquals(sent ? "same-origin" : null, response.headers().first("Cross-Origin-Opener-Policy"));
        assertEquals("DENY", response.headers().first("X-Frame-Options"), "framing stays refused either way");
        assertEquals("nosniff", response.headers().first("X-Content-Type-Options"), "and sniffing");
    }

    @Test
    void hstsGoesOnInertResponsesToo() {
        var response = site(SecurityMiddleware.SECURE_HSTS_SECONDS, "60").handle(Sites.secure(Exchanges.get(
                "/typed/?type=application/json")));

        assertEquals("max-age=60", response.headers().first("Strict-Transport-Security"));
        assertNull(response.headers().first("Content-Security-Policy"));
    }

    @Test
    void withoutNosniffEvenPlainTextGetsTheDocumentPolicies() {
        var response = site(SecurityMiddleware.SECURE_CONTENT_TYPE_NOSNIFF, "false").handle(Exchanges.get(
                "/typed/?type=text/plain"));

        assertEquals(POLICY_WITHOUT_NONCE, response.headers().first("Content-Security-Policy"));
        assertEquals("same-origin", response.headers().first("Referrer-Policy"));
    }

    @Test
    void aNotModifiedResponseLeavesTheStoredPolicyAlone() {
        var response = site().handle(Exchanges.get("/unchanged/"));

        assertEquals(304, response.status());
        assertNull(response.headers().first("Content-Security-Policy"));
        assertEquals("nosniff", response.headers().first("X-Content-Type-Options"));
        assertEquals("same-origin", response.headers().first("Referrer-Policy"));
    }

    @Test
    void headersTheViewSetAreKept() {
        var response = site(SecurityMiddleware.SECURE_HSTS_SECONDS, "3600").handle(Sites.secure(Exchanges.get(
                "/framed/")));

        assertEquals(List.of("SAMEORIGIN"), response.headers().all("X-Frame-Options"));
        assertEquals(List.of("default-src *"), response.headers().all("Content-Security-Policy"));
        assertEquals(List.of("no-referrer"), response.headers().all("Referrer-Policy"));
        assertEquals(List.of("max-age=1"), response.headers().all("Strict-Transport-Security"));
        assertEquals("nosniff", response.headers().first("X-Content-Type-Options"));
    }

    static Stream<Arguments> headersTurnedOff() {
        return Stream.of(
                Arguments.of(SecurityMiddleware.SECURE_CONTENT_TYPE_NOSNIFF, "false", "X-Content-Type-Options"),
                Arguments.of(SecurityMiddleware.SECURE_REFERRER_POLICY, "", "Referrer-Policy"),
                Arguments.of(SecurityMiddleware.SECURE_CROSS_ORIGIN_OPENER_POLICY, "", "Cross-Origin-Opener-Policy"),
                Arguments.of(SecurityMiddleware.X_FRAME_OPTIONS, "", "X-Frame-Options"),
                Arguments.of(SecurityMiddleware.CONTENT_SECURITY_POLICY, "", "Content-Security-Policy"),
                Arguments.of(SecurityMiddleware.CONTENT_SECURITY_POLICY, "  ", "Content-Security-Policy"));
    }

    @ParameterizedTest(name = "{0}=[{1}] turns off {2}")
    @MethodSource("headersTurnedOff")
    void anEmptySettingTurnsItsHeaderOff(String key, String value, String header) {
        var response = site(key, value).handle(Exchanges.get("/"));

        assertNull(response.headers().first(header));
        assertEquals("home", Exchanges.text(response));
    }

    static Stream<Arguments> headersChanged() {
        return Stream.of(
                Arguments.of(SecurityMiddleware.SECURE_REFERRER_POLICY, "no-referrer, strict-origin",
                        "Referrer-Policy", "no-referrer, strict-origin"),
                Arguments.of(SecurityMiddleware.SECURE_CROSS_ORIGIN_OPENER_POLICY, "same-origin-allow-popups",
                        "Cross-Origin-Opener-Policy", "same-origin-allow-popups"),
                Arguments.of(SecurityMiddleware.X_FRAME_OPTIONS, "SAMEORIGIN", "X-Frame-Options", "SAMEORIGIN"),
                Arguments.of(SecurityMiddleware.CONTENT_SECURITY_POLICY, " default-src 'none' ",
                        "Content-Security-Policy", "default-src 'none'"));
    }

    @ParameterizedTest(name = "{0}={1} sends {2}: {3}")
    @MethodSource("headersChanged")
    void aSettingChangesItsHeader(String key, String value, String header, String sent) {
        assertEquals(sent, site(key, value).handle(Exchanges.get("/")).headers().first(header));
    }

    @Test
    void reportOnlySendsThePolicyUnderTheReportOnlyHeader() {
        var response = site(SecurityMiddleware.CONTENT_SECURITY_POLICY_REPORT_ONLY, "true").handle(Exchanges.get(
                "/"));

        assertEquals(POLICY_WITHOUT_NONCE, response.headers().first("Content-Security-Policy-Report-Only"));
        assertNull(response.headers().first("Content-Security-Policy"));
    }

    static Stream<Arguments> hsts() {
        return Stream.of(
                Arguments.of("3600", "false", "false", true, "max-age=3600"),
                Arguments.of("31536000", "true", "false", true, "max-age=31536000; includeSubDomains"),
                Arguments.of("31536000", "true", "true", true, "max-age=31536000; includeSubDomains; preload"),
                Arguments.of("60", "false", "true", true, "max-age=60; preload"),
                Arguments.of("3600", "true", "true", false, null),
                Arguments.of("0", "true", "true", true, null),
                Arguments.of("-5", "false", "false", true, null));
    }

    @ParameterizedTest(name = "seconds {0}, subdomains {1}, preload {2}, https {3}: {4}")
    @MethodSource("hsts")
    void strictTransportSecurityIsSentOverHttpsOnlyWhenSecondsAreSet(String seconds, String subdomains,
            String preload, boolean https, String expected) {
        WebApp app = site(SecurityMiddleware.SECURE_HSTS_SECONDS, seconds,
                SecurityMiddleware.SECURE_HSTS_INCLUDE_SUBDOMAINS, subdomains, SecurityMiddleware.SECURE_HSTS_PRELOAD,
                preload);
        var exchange = Exchanges.get("/");

        var response = app.handle(https ? Sites.secure(exchange) : exchange);

        assertEquals(expected, response.headers().first("Strict-Transport-Security"));
    }

    static Stream<Arguments> sslRedirects() {
        return Stream.of(
                Arguments.of("a plain request", "/?a=1&b=2", new String[]{}, false, 301,
                        "https://example.com/?a=1&b=2"),
                Arguments.of("a path with escapes", "/caf%C3%A9/?q=%20", new String[]{}, false, 301,
                        "https://example.com/caf%C3%A9/?q=%20"),
                Arguments.of("the host keeps its port", "/", new String[]{"Host", "example.com:8080"}, false, 301,
                        "https://example.com:8080/"),
                Arguments.of("SECURE_SSL_HOST overrides the host", "/x/",
                        new String[]{SecurityMiddleware.SECURE_SSL_HOST, "secure.example.com"}, false, 301,
                        "https://secure.example.com/x/"),
                Arguments.of("an HTTPS request is served", "/", new String[]{}, true, 200, null),
                Arguments.of("an exempt path is served", "/health/",
                        new String[]{SecurityMiddleware.SECURE_REDIRECT_EXEMPT, "^health/$"}, false, 200, null),
                Arguments.of("an exemption with a comma inside", "/42/",
                        new String[]{SecurityMiddleware.SECURE_REDIRECT_EXEMPT, "^health/$, ^\\d{1,3}/$"}, false, 200,
                        null),
                Arguments.of("a path outside the exemptions", "/4242/",
                        new String[]{SecurityMiddleware.SECURE_REDIRECT_EXEMPT, "^health/$, ^\\d{1,3}/$"}, false, 301,
                        "https://example.com/4242/"),
                Arguments.of("a disallowed host is refused, not redirected", "/",
                        new String[]{"Host", "evil.example"}, false, 400, null),
                Arguments.of("the asterisk target goes to the root", "*", new String[]{}, false, 301,
                        "https://example.com/"));
    }

    @ParameterizedTest(name = "{0}: {1} -> {4} {5}")
    @MethodSource("sslRedirects")
    void plainHttpIsRedirectedToHttpsWhenAsked(String why, String target, String[] extra, boolean https,
            int status, String location) {
        String[] settings = {SecurityMiddleware.SECURE_SSL_REDIRECT, "true", Settings.ALLOWED_HOSTS, "example.com"};
        String[] headers = {"Host", "example.com"};
        List<String> extras = List.of(extra);
        if (!extras.isEmpty() && extras.getFirst().equals("Host")) {
            headers = extra;
        } else if (!extras.isEmpty()) {
            settings = Stream.concat(Stream.of(settings), extras.stream()).toArray(String[]::new);
        }
        var exchange = Exchanges.exchange(target.equals("*") ? "OPTIONS" : "GET", target, new byte[0], headers);

        var response = site(settings).handle(https ? Sites.secure(exchange) : exchange);

        assertEquals(status, response.status());
        assertEquals(location, response.headers().first("Location"));
        assertEquals("nosniff", response.headers().first("X-Content-Type-Options"), "every answer is secured");
    }

    @Test
    void aRedirectedRequestNeverReachesTheView() {
        var response = site(SecurityMiddleware.SECURE_SSL_REDIRECT, "true", Settings.ALLOWED_HOSTS, "localhost")
                .handle(Exchanges.get("/"));

        assertEquals(301, response.status());
        assertEquals(0, views.get());
    }

    @Test
    void theJourneyRecordsTheRedirect() {
        var journey = Sites.journeyOf(site(SecurityMiddleware.SECURE_SSL_REDIRECT, "true",
                Settings.ALLOWED_HOSTS, "localhost"), Exchanges.get("/?x=1"));

        assertEquals(List.of("SecurityMiddleware: https redirect", "SecurityMiddleware: policy"),
                Sites.decisions(journey));
        assertEquals("https://localhost/?x=1", Sites.facts(journey, "https redirect").get("location"));
    }
}
