package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.Response;
import dev.cairn.gateway.ResponseBody;
import dev.cairn.http.Headers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class KeepAliveIT {

    static Stream<Arguments> persistence() {
        return Stream.of(
                // request version and Connection field → the response's Connection field, and whether it persists
                Arguments.of("HTTP/1.1", null, null, true),
                Arguments.of("HTTP/1.1", "close", "close", false),
                Arguments.of("HTTP/1.1", "keep-alive", null, true),
                Arguments.of("HTTP/1.0", null, "close", false),
                Arguments.of("HTTP/1.0", "keep-alive", "keep-alive", true),
                Arguments.of("HTTP/1.0", "Keep-Alive, foo", "keep-alive", true));
    }

    @ParameterizedTest
    @MethodSource("persistence")
    void connectionPersistsAsTheVersionAndTheConnectionFieldSay(String version, String connection,
            String answered, boolean persists) throws IOException {
        try (TestServer server = TestServer.start(r -> Response.text(200, "hi"));
                RawClient client = server.client()) {
            String field = connection == null ? "" : "Connection: " + connection + "\r\n";
            client.send("GET / " + version + "\r\nHost: x\r\n" + field + "\r\n");
            RawResponse response = client.read();
            assertEquals(200, response.status());
            assertEquals("HTTP/1.1", response.version());
            assertEquals(answered, response.header("Connection"));
            if (persists) {
                client.send("GET /again " + version + "\r\nHost: x\r\n" + field + "\r\n");
                assertEquals("hi", client.read().text());
            } else {
                assertTrue(client.closedByServer());
            }
        }
    }

    @Test
    void applicationsConnectionCloseClosesAfterTheResponse() throws IOException {
        try (TestServer server = TestServer.start(r -> new Response(200, Headers.of("Connection", "close"),
                ResponseBody.of("bye".getBytes(StandardCharsets.UTF_8))));
                RawClient client = server.client()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /never HTTP/1.1\r\nHost: x\r\n\r\n");
            RawResponse response = client.read();
            assertEquals("close", response.header("Connection"));
            assertEquals("bye", response.text());
            assertTrue(client.closedByServer(), "the pipelined second request is not served");
        }
    }

    @Test
    void idleConnectionIsClosedSilentlyAfterTheIdleTimeout() throws IOException {
        try (TestServer server = TestServer.start(r -> Response.text(200, "hi"),
                b -> b.idleTimeout(Duration.ofMillis(300)));
                RawClient client = server.client()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals(200, client.read().status());
            long started = System.nanoTime();
            assertEquals(0, client.untilClose().length, "closed without a response");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis >= 200 && millis < 3_000, "closed after " + millis + " ms");
        }
    }

    @Test
    void halfClosedClientStillGetsEveryResponse() throws IOException {
        try (TestServer server = TestServer.start(r -> Response.text(200, r.target()));
                RawClient client = server.client()) {
            client.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n");
            client.shutdownOutput();
            assertEquals("/a", client.read().text());
            assertEquals("/b", client.read().text());
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void clientClosingInsideAHeadIsClosedSilently() throws IOException {
        try (TestServer server = TestServer.start(r -> Response.text(200, "hi"));
                RawClient client = server.client()) {
            client.send("GET / HTTP/1.1\r\nHo");
            client.shutdownOutput();
            assertEquals(0, client.untilClose().length);
        }
    }

    @Test
    void headGetsTheFieldsOfGetWithoutTheBody() throws IOException {
        try (TestServer server = TestServer.start(r -> Response.text(200, "thirteen char"));
                RawClient client = server.client()) {
            client.send("HEAD / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n");
            RawResponse head = client.read(true);
            assertEquals("13", head.header("Content-Length"));
            assertEquals(0, head.body().length);
            RawResponse get = client.read();
            assertEquals("thirteen char", get.text(), "the next response starts right after the HEAD's head");
        }
    }

    static Stream<Arguments> bodiless() {
        return Stream.of(Arguments.of(204, null), Arguments.of(304, null));
    }

    @ParameterizedTest
    @MethodSource("bodiless")
    void noContentAndNotModifiedCarryNoBody(int status, String length) throws IOException {
        try (TestServer server = TestServer.start(r -> Response.text(status, "ignored body"));
                RawClient client = server.client()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /next HTTP/1.1\r\nHost: x\r\n\r\n");
            RawResponse response = client.read();
            assertEquals(status, response.status());
            assertEquals(length, response.header("Content-Length"));
            assertNull(response.header("Transfer-Encoding"));
            assertEquals(status, client.read().status(), "no stray body bytes before the next response");
        }
    }
}
