package dev.cairn.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.csrf.TestClientBypass;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test client's CSRF switch cannot be reached over a socket: a real request is checked whatever it carries, and
 * even while the test's own thread holds the switch on.
 */
class CsrfLiveServerIT {

    @RegisterExtension
    static LiveServer server = LiveServer.of(CsrfSite::app);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    private static HttpResponse<String> post(String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url("/form/")))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Stream<Arguments> requests() {
        return Stream.of(Arguments.of("User-Agent", "Java-http-client"),
                Arguments.of("X-Cairn-Test-Client", "true"), Arguments.of("X-Csrf-Checks", "off"),
                Arguments.of("User-Agent", "Cairn test client"), Arguments.of("Cookie", "enforce_csrf_checks=0"));
    }

    @ParameterizedTest(name = "a POST over the socket with {0}: {1} is refused")
    @MethodSource("requests")
    void aPostOverTheSocketIsChecked(String name, String value) throws Exception {
        assertEquals(403, post("title=Trip", name, value).statusCode());
    }

    @ParameterizedTest(name = "a POST over the socket with {0}: {1}, sent while the test holds the switch, is refused")
    @MethodSource("requests")
    void theSwitchOnTheTestsThreadDoesNotReachTheServersThreads(String name, String value) throws Exception {
        int status = TestClientBypass.withoutChecks(() -> post("title=Trip", name, value).statusCode());

        assertEquals(403, status);
    }

    @Test
    void theSameAppInProcessSkipsTheCheck() {
        Client.of(CsrfSite.app()).post("/form/", Map.of("title", "Trip")).assertStatus(303);
    }

    @Test
    void aRealBrowserFlowWithTheCookieAndTheTokenPasses() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server.url("/form/"))).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        assertTrue(cookie.startsWith("csrftoken="), cookie);
        String token = CsrfSite.tokenIn(page.body());

        HttpResponse<String> posted = post("title=Trip&csrfmiddlewaretoken=" + token, "Cookie", cookie, "Origin",
                "http://127.0.0.1:" + server.port());

        assertEquals(303, posted.statusCode());
        assertEquals("/form/?saved=Trip", posted.headers().firstValue("Location").orElseThrow());
    }
}
