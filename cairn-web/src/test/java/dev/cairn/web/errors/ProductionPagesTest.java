package dev.cairn.web.errors;

import static dev.cairn.web.errors.ErrorSite.MARKER;
import static dev.cairn.web.errors.ErrorSite.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cairn.web.Exchanges;
import dev.cairn.web.TestSettings;
import dev.cairn.web.WebApp;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Out of debug, an error page names the status and its reason and nothing else. */
class ProductionPagesTest {

    private static final WebApp APP = ErrorSite.production();

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("/bad/", 400, "Bad Request", "HttpError"),
                Arguments.of("/forbidden/", 403, "Forbidden", "HttpError"),
                Arguments.of("/no-such-page-a1b2/", 404, "Not Found", "no-such-page-a1b2"),
                Arguments.of("/posts/7/", 404, "Not Found", "posts"),
                Arguments.of("/only-post/", 405, "Method Not Allowed", "only-post"),
                Arguments.of("/large/", 413, "Content Too Large", "HttpError"),
                Arguments.of("/boom/", 500, "Internal Server Error", "IllegalStateException"),
                Arguments.of("/down/", 503, "Service Unavailable", "HttpError"),
                Arguments.of("/template/", 500, "Internal Server Error", "IllegalStateException"));
    }

    @ParameterizedTest(name = "GET {0} is a plain {1}")
    @MethodSource("failures")
    void thePageIsTheStatusAndReasonOnly(String target, int status, String reason, String telltale) {
        ErrorSite.Answer answer = get(APP, target + "?q=query-value-9c8d", "X-Probe", "header-value-5e6f");

        assertEquals(status, answer.status());
        assertEquals("text/html; charset=utf-8", answer.header("Content-Type"));
        assertEquals("<!doctype html>", answer.body().substring(0, "<!doctype html>".length()));
        assertEquals(1, count(answer.body(), "<h1>" + status + " " + reason + "</h1>"), answer.body());
        for (String leak : List.of(MARKER, telltale, target, "query-value-9c8d", "header-value-5e6f", "Traceback",
                "DEBUG", "at dev.cairn", ".java")) {
            assertFalse(answer.body().contains(leak), () -> "'" + leak + "' leaked into " + answer.body());
        }
    }

    @Test
    void theBodyIsExactlyTheBuiltInPage() {
        ErrorSite.Answer answer = get(APP, "/boom/");
        assertEquals(BuiltinPages.plain(500).text(), answer.body());
        assertEquals("Accept", answer.header("Vary"));
    }

    @Test
    void a405StillSaysWhichMethodsAreAllowed() {
        assertEquals("POST", get(APP, "/only-post/").header("Allow"));
    }

    @Test
    void aRefusedHostIsAPlain400() {
        WebApp checksHost = ErrorSite.checkingHosts(TestSettings.production());
        ErrorSite.Answer answer = get(checksHost, "/", "Host", "evil.example");
        assertEquals(400, answer.status());
        assertFalse(answer.body().contains("evil.example"), answer.body());
        assertFalse(answer.body().contains("ALLOWED_HOSTS"), answer.body());
    }

    @Test
    void aHeadRequestGetsTheStatusToo() {
        assertEquals(404, APP.handle(Exchanges.exchange("HEAD", "/missing/", new byte[0])).status());
    }

    @Test
    void anyStatusHasItsReason() {
        assertEquals(1, count(BuiltinPages.plain(418).text(), "<h1>418 Client Error</h1>"));
        assertEquals(1, count(BuiltinPages.plain(599).text(), "<title>599 Server Error</title>"));
        assertEquals(429, BuiltinPages.plain(429).status());
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
