package dev.cairn.test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.web.Response;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each verb reaches the view with its method, body and content type, as a server would hand them over. */
class ClientMethodsTest {

    private static final WebApp APP = Site.app();

    /** What the echo view said, line by line, as name to value. */
    private static Map<String, String> echoed(TestResponse response) {
        response.assertStatus(200);
        Map<String, String> facts = new LinkedHashMap<>();
        for (String line : response.text().split("\n")) {
            int eq = line.indexOf('=');
            facts.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return facts;
    }

    private static Arguments call(String name, Function<Client, TestResponse> call, String method, String contentType,
            String contentLength, String body) {
        return Arguments.of(name, call, method, contentType, contentLength, body);
    }

    static Stream<Arguments> verbs() {
        byte[] bytes = "raw bytes".getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                call("get", c -> c.get("/echo/"), "GET", "null", "null", ""),
                call("post form", c -> c.post("/echo/", Map.of("title", "Hi there & co")), "POST",
                        "application/x-www-form-urlencoded", "21", "title=Hi+there+%26+co"),
                call("post empty form", c -> c.post("/echo/", Map.of()), "POST",
                        "application/x-www-form-urlencoded", "0", ""),
                call("post json", c -> c.postJson("/echo/", Map.of("a", 1)), "POST", "application/json", "7",
                        "{\"a\":1}"),
                call("post json string", c -> c.postJson("/echo/", "hi"), "POST", "application/json", "4",
                        "\"hi\""),
                call("put bytes", c -> c.put("/echo/", bytes, "text/plain"), "PUT", "text/plain", "9", "raw bytes"),
                call("put json", c -> c.putJson("/echo/", List.of(1, 2)), "PUT", "application/json", "5", "[1,2]"),
                call("patch bytes", c -> c.patch("/echo/", bytes, "application/octet-stream"), "PATCH",
                        "application/octet-stream", "9", "raw bytes"),
                call("patch json", c -> c.patchJson("/echo/", Map.of("done", true)), "PATCH", "application/json",
                        "13", "{\"done\":true}"),
                call("delete", c -> c.delete("/echo/"), "DELETE", "null", "null", ""),
                call("options", c -> c.options("/echo/"), "OPTIONS", "null", "null", ""),
                call("any method", c -> c.request("PURGE", "/echo/").send(), "PURGE", "null", "null", ""),
                call("body without type", c -> c.request("POST", "/echo/").body(bytes, null).send(), "POST", "null",
                        "9", "raw bytes"),
                call("text body", c -> c.request("REPORT", "/echo/").body("é", "text/plain; charset=utf-8").send(),
                        "REPORT", "text/plain; charset=utf-8", "2", "é"),
                call("form on any method", c -> c.request("PUT", "/echo/").form(Map.of("a", "1")).send(), "PUT",
                        "application/x-www-form-urlencoded", "3", "a=1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verbs")
    void eachVerbReachesTheViewWithItsMethodAndBody(String name, Function<Client, TestResponse> call, String method,
            String contentType, String contentLength, String body) {
        Map<String, String> echoed = echoed(call.apply(Client.of(APP)));

        assertEquals(method, echoed.get("method"));
        assertEquals(contentType, echoed.get("content-type"));
        assertEquals(contentLength, echoed.get("content-length"));
        assertEquals(body, echoed.get("body"));
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("/echo/", Map.of("q", "a b"), "{q=[a b]}"),
                Arguments.of("/echo/", Map.of("tag", List.of("x", "y")), "{tag=[x, y]}"),
                Arguments.of("/echo/", Map.of("tag", new String[]{"x", "y"}), "{tag=[x, y]}"),
                Arguments.of("/echo/?page=2", Map.of("q", "café"), "{page=[2], q=[café]}"),
                Arguments.of("/echo/", Map.of("n", 7), "{n=[7]}"),
                Arguments.of("/echo/#top", Map.of("q", "&="), "{q=[&=]}"),
                Arguments.of("/echo/?q=caf%C3%A9", Map.of(), "{q=[café]}"),
                Arguments.of("/echo/?q=café&r=a b", Map.of(), "{q=[café], r=[a b]}"));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("queries")
    void getEncodesTheQueryAsABrowserDoes(String path, Map<String, ?> query, String expected) {
        assertEquals(expected, echoed(Client.of(APP).get(path, query)).get("query"));
    }

    @Test
    void aNullQueryValueIsRefusedWithItsName() {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("q", null);

        var e = assertThrows(IllegalArgumentException.class, () -> Client.of(APP).get("/echo/", query));
        assertEquals("The value of 'q' is null; leave the field out instead", e.getMessage());
    }

    @Test
    void headHasTheHeadersOfAGetAndNoBody() {
        TestResponse head = Client.of(APP).head("/hello/");
        TestResponse get = Client.of(APP).get("/hello/");

        assertEquals(200, head.status());
        assertEquals(get.header("Content-Type"), head.header("Content-Type"));
        assertArrayEquals(new byte[0], head.bytes());
        assertEquals("hello, world", get.text());
    }

    @Test
    void requestsComeFromLocalhostOverHttpByDefault() {
        Map<String, String> echoed = echoed(Client.of(APP).get("/echo/"));

        assertEquals("http", echoed.get("scheme"));
        assertEquals("localhost", echoed.get("host"));
        assertEquals("127.0.0.1", echoed.get("client"));
    }

    @Test
    void hostAndSecureChangeWhatTheViewSees() {
        Map<String, String> echoed = echoed(Client.of(APP).host("testserver:8443").secure(true).get("/echo/"));

        assertEquals("https", echoed.get("scheme"));
        assertEquals("testserver:8443", echoed.get("host"));
    }

    @Test
    void aRequestsOwnHostReplacesTheClients() {
        TestResponse response = Client.of(APP).request("GET", "/echo/").header("Host", "testserver").send();

        assertEquals("testserver", echoed(response).get("host"));
        assertEquals("http://testserver/echo/", response.url());
    }

    @Test
    void anAbsoluteUrlSetsSchemeAndHost() {
        Map<String, String> echoed = echoed(Client.of(APP).get("https://127.0.0.1/echo/?a=1"));

        assertEquals("https", echoed.get("scheme"));
        assertEquals("127.0.0.1", echoed.get("host"));
        assertEquals("{a=[1]}", echoed.get("query"));
    }

    @Test
    void theDefaultHostIsOneADebugSiteWithNoAllowedHostsAccepts() {
        WebApp debugSite = WebApp.builder()
                .settings(Settings.builder().debug(true).secretKey(Site.SETTINGS.secretKey()).build())
                .routes(Routes.<View>path("host/", r -> Response.text(r.host()), "host"))
                .build();

        assertEquals("localhost", Client.of(debugSite).get("/host/").assertStatus(200).text());
        Client.of(debugSite).host("testserver").get("/host/").assertStatus(400);
    }

    @Test
    void aHostTheSiteDoesNotAllowGets400WhenTheViewAsksForIt() {
        Client client = Client.of(APP).host("evil.example");

        client.get("/host/").assertStatus(400);
        client.get("/hello/").assertStatus(200);
    }

    @Test
    void clientHeadersGoWithEveryRequestUnlessTheRequestSetsThem() {
        Client client = Client.of(APP).header("X-Test", "default");

        assertEquals("[default]", echoed(client.get("/echo/")).get("x-test"));
        assertEquals("[own, second]", echoed(client.request("GET", "/echo/").header("X-Test", "own")
                .header("X-Test", "second").send()).get("x-test"));
    }

    @Test
    void aRequestsCookieHeaderJoinsTheJarsInOneLine() {
        Client client = Client.of(APP).cookie("jar", "1");

        TestResponse response = client.request("GET", "/echo/").header("Cookie", "own=2").send();

        assertEquals("own=2; jar=1", echoed(response).get("cookie"));
    }

    @Test
    void aClientWideCookieHeaderJoinsTheSameLine() {
        Client client = Client.of(APP).header("Cookie", "fixed=0").cookie("jar", "1");

        assertEquals("fixed=0; jar=1", echoed(client.get("/echo/")).get("cookie"));
        assertEquals("own=2; jar=1", echoed(client.request("GET", "/echo/").header("Cookie", "own=2").send())
                .get("cookie"));
    }

    static Stream<Arguments> badHeaders() {
        return Stream.of(
                Arguments.of("Content-Length", "3", "Content-Length is set by the client from the body; give the body "
                        + "instead"),
                Arguments.of("transfer-encoding", "chunked", "transfer-encoding is set by the client from the body; "
                        + "give the body instead"),
                Arguments.of("Bad Name", "x", "A header name is a token (RFC 9110 §5.6.2), not 'Bad Name'"),
                Arguments.of("X-Split", "a\r\nInjected: 1", "The value of X-Split holds a character a header cannot "
                        + "carry (U+000D)"),
                Arguments.of("X-Wide", "snow ☃", "The value of X-Wide holds a character a header cannot carry "
                        + "(U+2603)"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badHeaders")
    void headersAWireCouldNotCarryAreRefused(String name, String value, String message) {
        Client client = Client.of(APP);

        var onRequest = assertThrows(IllegalArgumentException.class,
                () -> client.request("GET", "/echo/").header(name, value));
        var onClient = assertThrows(IllegalArgumentException.class, () -> client.header(name, value));
        assertEquals(message, onRequest.getMessage());
        assertEquals(message, onClient.getMessage());
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of((Function<Client, Object>) c -> c.get("echo/"),
                        "A request path starts with '/' (or is an absolute URL), not 'echo/'"),
                Arguments.of((Function<Client, Object>) c -> c.request("GE T", "/"),
                        "A method is a token (RFC 9110 §5.6.2), not 'GE T'"),
                Arguments.of((Function<Client, Object>) c -> c.host("a/b"),
                        "A host is a name or address with an optional port, not 'a/b'"),
                Arguments.of((Function<Client, Object>) c -> c.cookie("bad name", "v"),
                        "Cookie name must be a token (RFC 6265 §4.1.1, RFC 9110 §5.6.2): found 0x20 at index 3"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badRequests")
    void mistakesInATestAreRefusedWithWhatToDo(Function<Client, Object> mistake, String message) {
        var e = assertThrows(IllegalArgumentException.class, () -> mistake.apply(Client.of(APP)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void theBodyIsCopiedWhenGivenSoLaterChangesDoNotLeak() {
        byte[] bytes = "before".getBytes(StandardCharsets.UTF_8);
        TestRequest request = Client.of(APP).request("POST", "/echo/").body(bytes, "text/plain");
        bytes[0] = 'X';

        assertEquals("before", echoed(request.send()).get("body"));
    }

    @Test
    void pathsAreEncodedAsABrowserEncodesTheAddressBar() {
        TestResponse response = Client.of(APP).get("/echo/dir name/café?x=1 2");

        assertEquals("http://localhost/echo/dir%20name/caf%C3%A9?x=1%202", response.url());
        assertEquals("{x=[1 2]}", echoed(response).get("query"));
    }
}
