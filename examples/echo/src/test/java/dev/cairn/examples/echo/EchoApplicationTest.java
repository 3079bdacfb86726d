package dev.cairn.examples.echo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.gateway.Connection;
import dev.cairn.gateway.Request;
import dev.cairn.gateway.RequestBody;
import dev.cairn.gateway.Response;
import dev.cairn.gateway.ResponseBody;
import dev.cairn.http.Headers;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** EchoApplication through the gateway types alone: no server, no socket. */
class EchoApplicationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Connection CONNECTION = new Connection(7, new InetSocketAddress("127.0.0.1", 50000),
            new InetSocketAddress("127.0.0.1", 8000), false, null);

    private final EchoApplication app = new EchoApplication();

    /** A request as a server would hand it over: strings hold one octet per char. */
    static Request request(String method, String target, Headers headers, byte[] body) {
        return new Request(method, target, "HTTP/1.1", headers, RequestBody.of(body), "http", "127.0.0.1:50000",
                CONNECTION);
    }

    static Request get(String target) {
        return request("GET", target, Headers.of("Host", "example"), new byte[0]);
    }

    static byte[] bytes(Response response) {
        return assertInstanceOf(ResponseBody.Bytes.class, response.body()).bytes();
    }

    static String text(Response response) {
        return new String(bytes(response), StandardCharsets.UTF_8);
    }

    static byte[] unbase64(JsonNode node) {
        return Base64.getDecoder().decode(node.textValue());
    }

    static Stream<Arguments> echoedTargets() {
        return Stream.of(
                Arguments.of("GET", "/"),
                Arguments.of("GET", "/?a=1&b=%20"),
                Arguments.of("GET", "/echo"),
                Arguments.of("DELETE", "/echo/"),
                Arguments.of("PURGE", "/echo/deep/path?x=%FF"),
                Arguments.of("OPTIONS", "http://example/echo/abs?q"),
                Arguments.of("GET", "http://example"),
                Arguments.of("POST", "/echo?"));
    }

    @ParameterizedTest
    @MethodSource("echoedTargets")
    void echoedRequestsComeBackAsGardenJson(String method, String target) throws Exception {
        Response response = app.handle(request(method, target, Headers.of("Host", "example"), new byte[0]));

        assertEquals(200, response.status());
        assertEquals("application/json", response.headers().first("Content-Type"));
        JsonNode echo = JSON.readTree(bytes(response));
        List<String> names = new ArrayList<>();
        echo.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("method", "uri", "version", "headers", "body"), names);
        assertArrayEquals(method.getBytes(StandardCharsets.ISO_8859_1), unbase64(echo.get("method")));
        assertArrayEquals(target.getBytes(StandardCharsets.ISO_8859_1), unbase64(echo.get("uri")));
        assertArrayEquals("HTTP/1.1".getBytes(StandardCharsets.ISO_8859_1), unbase64(echo.get("version")));
        assertEquals("", echo.get("body").textValue());
    }

    @Test
    void everyOctetOfHeadersAndBodySurvivesTheRoundTrip() throws Exception {
        // Field values may carry obs-text (RFC 9110 §5.5): octets 0x80-0xFF, one char each in the gateway's strings.
        StringBuilder obsText = new StringBuilder();
        for (char c = 0x80; c <= 0xFF; c++) {
            obsText.append(c);
        }
        byte[] body = new byte[256];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) i;
        }
        Headers headers = Headers.of("Host", "example", "X-Obs", obsText.toString(), "x-REPEATED", "1",
                "X-Repeated", "2", "Content-Length", "256");

        JsonNode echo = JSON.readTree(bytes(app.handle(request("POST", "/echo", headers, body))));

        JsonNode pairs = echo.get("headers");
        assertEquals(headers.size(), pairs.size());
        for (int i = 0; i < headers.size(); i++) {
            assertEquals(2, pairs.get(i).size());
            assertArrayEquals(headers.name(i).getBytes(StandardCharsets.ISO_8859_1), unbase64(pairs.get(i).get(0)));
            assertArrayEquals(headers.value(i).getBytes(StandardCharsets.ISO_8859_1), unbase64(pairs.get(i).get(1)));
        }
        assertEquals(0x80, unbase64(pairs.get(1).get(1))[0] & 0xFF);
        assertEquals(0xFF, unbase64(pairs.get(1).get(1))[0x7F] & 0xFF);
        assertArrayEquals(body, unbase64(echo.get("body")));
    }

    @Test
    void theWholeBodyIsReadEvenWhenLargerThanOneRead() throws Exception {
        byte[] body = new byte[1024 * 1024];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (i * 31);
        }

        JsonNode echo = JSON.readTree(bytes(app.handle(request("PUT", "/echo/upload", Headers.of(), body))));

        assertArrayEquals(body, unbase64(echo.get("body")));
    }

    static Stream<Arguments> techEmpowerEndpoints() {
        return Stream.of(
                Arguments.of("/plaintext", "text/plain", "Hello, World!"),
                Arguments.of("/plaintext?x=1", "text/plain", "Hello, World!"),
                Arguments.of("/json", "application/json", "{\"message\":\"Hello, World!\"}"),
                Arguments.of("/json?pretty", "application/json", "{\"message\":\"Hello, World!\"}"));
    }

    @ParameterizedTest
    @MethodSource("techEmpowerEndpoints")
    void techEmpowerEndpointsAnswerExactBodiesAndTypes(String target, String type, String body) throws Exception {
        Response response = app.handle(get(target));

        assertEquals(200, response.status());
        assertEquals(type, response.headers().first("Content-Type"));
        assertEquals(1, response.headers().size(), "the server adds Server, Date and Content-Length itself");
        assertEquals(body, text(response));
    }

    @Test
    void eachJsonResponseIsAFreshArray() throws Exception {
        assertTrue(bytes(app.handle(get("/json"))) != bytes(app.handle(get("/json"))));
    }

    @Test
    void headIsAnsweredLikeGet() throws Exception {
        Response response = app.handle(request("HEAD", "/plaintext", Headers.of("Host", "h"), new byte[0]));

        assertEquals(200, response.status());
        assertEquals("Hello, World!", text(response));
    }

    @ParameterizedTest
    @MethodSource("unsafeMethods")
    void techEmpowerEndpointsRefuseOtherMethods(String method) throws Exception {
        Response response = app.handle(request(method, "/json", Headers.of("Host", "h"), new byte[0]));

        assertEquals(405, response.status());
        assertEquals("GET, HEAD", response.headers().first("Allow"));
    }

    static Stream<String> unsafeMethods() {
        return Stream.of("POST", "PUT", "DELETE", "PATCH");
    }

    @ParameterizedTest
    @MethodSource("unknownTargets")
    void everyOtherTargetIsEchoedExactly(String target) throws Exception {
        Response response = app.handle(get(target));

        assertEquals(200, response.status());
        assertEquals("application/json", response.headers().first("Content-Type"));
        assertTrue(text(response).contains("\"uri\":\"" + Base64.getEncoder().encodeToString(
                target.getBytes(StandardCharsets.ISO_8859_1)) + "\""), text(response));
    }

    static Stream<String> unknownTargets() {
        return Stream.of("/echoes", "/plaintext/", "/JSON", "/nope?echo", "*", "/favicon.ico", "//echo");
    }

    static Stream<Arguments> paths() {
        return Stream.of(
                Arguments.of("/", "/"),
                Arguments.of("/a/b?c=d", "/a/b"),
                Arguments.of("/?", "/"),
                Arguments.of("http://h/a?b", "/a"),
                Arguments.of("http://h", "/"),
                Arguments.of("http://h?x=/y", "/"),
                Arguments.of("https://h:8443/echo/x", "/echo/x"),
                Arguments.of("*", "*"));
    }

    @ParameterizedTest
    @MethodSource("paths")
    void pathIsTheTargetWithoutQueryOrAuthority(String target, String path) {
        assertEquals(path, EchoApplication.path(target));
    }
}
