package dev.cairn.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.Response;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Routes;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Redirects are followed as browsers follow them, and the chain is kept for the test to see. */
class RedirectsTest {

    private static final WebApp APP = Site.app();

    private static String line(TestResponse echo, String name) {
        return echo.text().lines().filter(l -> l.startsWith(name + "=")).findFirst().orElseThrow()
                .substring(name.length() + 1);
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                // status, method sent, method that reaches the target, body there, Content-Type there
                Arguments.of(301, "POST", "GET", "", "null"),
                Arguments.of(302, "POST", "GET", "", "null"),
                Arguments.of(303, "POST", "GET", "", "null"),
                Arguments.of(307, "POST", "POST", "a=1", "application/x-www-form-urlencoded"),
                Arguments.of(308, "POST", "POST", "a=1", "application/x-www-form-urlencoded"),
                Arguments.of(303, "PUT", "GET", "", "null"),
                Arguments.of(307, "PUT", "PUT", "a=1", "application/x-www-form-urlencoded"),
                Arguments.of(302, "DELETE", "GET", "", "null"),
                Arguments.of(308, "PATCH", "PATCH", "a=1", "application/x-www-form-urlencoded"));
    }

    @ParameterizedTest(name = "{0} after {1}: {2} with body ''{3}''")
    @MethodSource("statuses")
    void eachRedirectStatusKeepsOrDropsTheMethodAndBody(int status, String method, String expectedMethod,
            String expectedBody, String expectedType) {
        TestResponse response = Client.of(APP).request(method, "/redirect/" + status + "/")
                .form(Map.of("a", "1"))
                .follow()
                .send();

        assertEquals(200, response.status());
        assertEquals(expectedMethod, line(response, "method"));
        assertEquals(expectedBody, line(response, "body"));
        assertEquals(expectedType, line(response, "content-type"));
        assertEquals(List.of(new TestResponse.Redirect("http://localhost/echo/?via=" + status, status)),
                response.redirectChain());
        assertEquals(expectedMethod, response.method());
        assertEquals("http://localhost/echo/?via=" + status, response.url());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void headStaysHeadThroughEveryRedirect(int status) {
        TestResponse response = Client.of(APP).request("HEAD", "/redirect/" + status + "/").follow().send();

        assertEquals(200, response.status());
        assertEquals("HEAD", response.method());
        assertEquals("", response.text());
    }

    @Test
    void redirectsAreNotFollowedUnlessAsked() {
        TestResponse response = Client.of(APP).get("/redirect/302/");

        assertEquals(302, response.status());
        assertEquals("/echo/?via=302", response.header("Location"));
        assertEquals(List.of(), response.redirectChain());
    }

    @Test
    void theClientsSettingFollowsForEveryRequestAndARequestCanOptOut() {
        Client client = Client.of(APP).followRedirects(true);

        assertEquals(200, client.get("/redirect/301/").status());
        assertEquals(301, client.request("GET", "/redirect/301/").follow(false).send().status());
    }

    @Test
    void aRelativeLocationIsResolvedAgainstTheUrlThatAnswered() {
        TestResponse response = Client.of(APP).request("GET", "/deep/a/b/").follow().send();

        assertEquals("c b", response.text());
        assertEquals(List.of(new TestResponse.Redirect("http://localhost/deep/a/c/?from=b", 302)),
                response.redirectChain());
    }

    @Test
    void aChainOfRedirectsIsRecordedInOrder() {
        TestResponse response = Client.of(APP).request("GET", "/redirect/308/").follow().send();
        TestResponse twice = Client.of(APP).followRedirects(true).post("/form/", Map.of("title", "Trip"));

        assertEquals(1, response.redirectChain().size());
        assertEquals(List.of(new TestResponse.Redirect("http://localhost/done/?title=Trip", 303)),
                twice.redirectChain());
        twice.assertContains("Saved Trip.").assertTemplateUsed("done.html");
    }

    @Test
    void aRedirectLoopStopsAfterTwentyWithTheChain() {
        var e = assertThrows(AssertionError.class, () -> Client.of(APP).request("GET", "/loop/").follow().send());

        String hop = "Redirect[url=http://localhost/loop/, status=302]";
        assertEquals("More than 20 redirects from GET /loop/: [" + String.join(", ", Collections.nCopies(
                20, hop)) + "]", e.getMessage());
    }

    @Test
    void redirectAfterPostLandsOnTheResultPage() {
        Client client = Client.of(APP);

        TestResponse posted = client.post("/form/", Map.of("title", "Holiday"));

        posted.assertStatus(303).assertRedirects("/done/?title=Holiday", 303);
        client.get(posted.header("Location")).assertContains("Saved Holiday.");
    }

    @Test
    void anInvalidPostIsShownAgainWithoutRedirecting() {
        TestResponse response = Client.of(APP).followRedirects(true).post("/form/", Map.of("title", " "));

        response.assertContains("A title is required").assertTemplateUsed("form.html");
        assertTrue(response.redirectChain().isEmpty());
    }

    @Test
    void cookiesSetOnTheWayAreKeptAndSentToTheTarget() {
        Client client = Client.of(APP);
        TestResponse response = client.request("GET", "/redirect/302/?set=hop%3D1%3B%20Path%3D%2F").follow().send();

        assertEquals("hop=1", line(response, "cookie"));
        assertEquals("1", client.cookie("hop"));
    }

    @Test
    void anAbsoluteLocationMovesToItsHostAndScheme() {
        WebApp app = WebApp.builder()
                .settings(Site.SETTINGS)
                .routes(Routes.<View>path("away/", r -> Response.redirect("https://testserver/echo/"), "away"),
                        Routes.<View>path("echo/", r -> Response.text(r.scheme() + " " + r.header("Host")), "echo"))
                .build();

        TestResponse response = Client.of(app).request("GET", "/away/").follow().send();

        assertEquals("https testserver", response.text());
        assertEquals("https://testserver/echo/", response.url());
    }
}
