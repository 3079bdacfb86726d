package dev.cairn.web.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.Exchanges;
import dev.cairn.web.Middleware;
import dev.cairn.web.Response;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Route;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The default stack as a new project runs it, and the opt-in middleware stacked with it. */
class MiddlewaresTest {

    /** A page long enough to get an ETag of its own. */
    private static final String ARTICLES = "articles ".repeat(ConditionalGet.MIN_BODY_FOR_ETAG / 8);

    private static final Settings SETTINGS = Sites.base().set(Settings.ALLOWED_HOSTS, "example.com").build();
    private static final String PAGE = "<h1>Welcome</h1>\n".repeat(40);
    private static final Set<String> SECURITY_HEADERS = Set.of("X-Content-Type-Options", "Referrer-Policy",
            "Cross-Origin-Opener-Policy", "X-Frame-Options", "Content-Security-Policy");

    private static List<Route<View>> routes() {
        return List.of(Routes.path("", request -> Response.html(PAGE), "home"),
                Routes.path("articles/", request -> Response.text(ARTICLES), "articles"));
    }

    private static WebApp defaults() {
        return WebApp.builder().settings(SETTINGS).routes(routes()).middleware(Middlewares.defaults(SETTINGS))
                .build();
    }

    private static Set<String> names(dev.cairn.gateway.Response response) {
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < response.headers().size(); i++) {
            names.add(response.headers().name(i));
        }
        return names;
    }

    @Test
    void theDefaultsAreSecurityThenHostsThenCommonThenCsrfThenMessages() {
        assertEquals(List.of("SecurityMiddleware", "AllowedHostsMiddleware", "CommonMiddleware", "CsrfMiddleware",
                "MessagesMiddleware"), defaults().middleware());
    }

    @Test
    void aPlainPageGetsTheSecurityHeadersAndAnETag() {
        var response = defaults().handle(Exchanges.get("/", "Host", "example.com"));

        assertEquals(200, response.status());
        Set<String> expected = new TreeSet<>(SECURITY_HEADERS);
        expected.addAll(List.of("Content-Type", "ETag"));
        assertEquals(expected, names(response));
        assertEquals("DENY", response.headers().first("X-Frame-Options"));
        assertEquals(PAGE, Exchanges.text(response));
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("a 404 page", Exchanges.get("/nowhere/", "Host", "example.com"), 404),
                Arguments.of("a slash redirect", Exchanges.get("/articles", "Host", "example.com"), 301),
                Arguments.of("a bad host", Exchanges.get("/", "Host", "evil.example"), 400),
                Arguments.of("a malformed path", Exchanges.get("/%zz/", "Host", "example.com"), 400),
                Arguments.of("a 304", Exchanges.get("/articles/", "Host", "example.com", "If-None-Match", "*"), 304),
                Arguments.of("a POST without a CSRF token",
                        Exchanges.exchange("POST", "/", new byte[0], "Host", "example.com"), 403),
                Arguments.of("an unusual method, unsafe for CSRF",
                        Exchanges.exchange("BREW", "/", new byte[0], "Host", "example.com"), 403));
    }

    @ParameterizedTest(name = "{0} ({2}) still gets the security headers")
    @MethodSource("answers")
    void everyAnswerGetsTheSecurityHeaders(String what, dev.cairn.gateway.Request exchange, int status) {
        var response = defaults().handle(exchange);

        assertEquals(status, response.status());
        Set<String> expected = new TreeSet<>(SECURITY_HEADERS);
        if (status == 304) {
            // The stored page keeps its own policy: a 304's headers would replace it.
            expected.remove("Content-Security-Policy");
        }
        assertTrue(names(response).containsAll(expected), () -> names(response).toString());
    }

    @Test
    void theJourneyRecordsEachMiddlewaresDecisionInOrder() {
        var journey = Sites.journeyOf(defaults(), Exchanges.get("/", "Host", "example.com"));

        assertEquals(List.of("AllowedHostsMiddleware: host allowed", "CsrfMiddleware: csrf skipped",
                "CommonMiddleware: etag added", "SecurityMiddleware: policy"), Sites.decisions(journey));
    }

    @Test
    void theJourneyRecordsARefusedHostAndTheHeadersStillAdded() {
        var journey = Sites.journeyOf(defaults(), Exchanges.get("/", "Host", "evil.example"));

        assertEquals(List.of("AllowedHostsMiddleware: host refused", "SecurityMiddleware: policy"),
                Sites.decisions(journey));
    }

    private static WebApp everything() {
        Settings settings = Sites.base().set(Settings.ALLOWED_HOSTS, "example.com")
                .set(CorsMiddleware.CORS_ALLOWED_ORIGINS, "https://app.example.com").build();
        List<Middleware> stack = new ArrayList<>();
        stack.add(new TimingMiddleware());
        stack.add(new SecurityMiddleware(settings));
        stack.add(new CorsMiddleware(settings));
        stack.add(new GZipMiddleware(settings));
        stack.add(new AllowedHostsMiddleware());
        stack.add(new CommonMiddleware(settings));
        return WebApp.builder().settings(settings).routes(routes()).middleware(stack).build();
    }

    @Test
    void theOptInMiddlewareStackWithTheDefaults() {
        WebApp app = everything();
        var response = app.handle(Exchanges.get("/", "Host", "example.com", "Accept-Encoding", "gzip", "Origin",
                "https://app.example.com"));

        assertEquals("gzip", response.headers().first("Content-Encoding"));
        assertEquals(PAGE, new String(Sites.gunzip(Sites.body(response)), StandardCharsets.UTF_8));
        assertEquals("Accept-Encoding, Origin", response.headers().first("Vary"));
        assertEquals("https://app.example.com", response.headers().first("Access-Control-Allow-Origin"));
        assertTrue(response.headers().first("ETag").startsWith("W/\""));
        assertTrue(response.headers().first("Server-Timing").startsWith("app;dur="));
        assertTrue(names(response).containsAll(SECURITY_HEADERS));

        var again = app.handle(Exchanges.get("/", "Host", "example.com", "Accept-Encoding", "gzip",
                "If-None-Match", response.headers().first("ETag")));
        assertEquals(304, again.status());
        assertNull(again.headers().first("Content-Encoding"));
    }

    @Test
    void theJourneyOfTheWholeStackNamesEachDecision() {
        var journey = Sites.journeyOf(everything(), Exchanges.get("/", "Host", "example.com", "Accept-Encoding",
                "gzip", "Origin", "https://app.example.com"));

        assertEquals(List.of("AllowedHostsMiddleware: host allowed", "CommonMiddleware: etag added",
                "GZipMiddleware: compressed", "CorsMiddleware: origin allowed", "SecurityMiddleware: policy",
                "TimingMiddleware: timed"), Sites.decisions(journey));
    }
}
