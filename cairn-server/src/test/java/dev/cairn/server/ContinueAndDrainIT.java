package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.Response;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Expect: 100-continue (RFC 9110 §10.1.1) and what happens to a body the application leaves unread. */
class ContinueAndDrainIT {
    private static final String EXPECTING = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
            + "Expect: 100-continue\r\n\r\n";

    @Test
    void continueIsSentWhenTheApplicationReadsTheBody() throws IOException {
        try (TestServer server = TestServer.start(r -> Response.text(200, new String(r.body().readAllBytes())));
                RawClient client = server.client()) {
            client.send(EXPECTING);
            RawResponse interim = client.read();
            assertEquals(100, interim.status(), "the client is invited to send the body");
            client.send("hello");
            RawResponse response = client.read();
            assertEquals("hello", response.text());
            assertNull(response.header("Connection"), "the body was read: the connection persists");
        }
    }

    @Test
    void continueIsNotSentWhenTheApplicationRejectsUnread() throws IOException {
        try (TestServer server = TestServer.start(r -> Response.text(403, "no"));
                RawClient client = server.client()) {
            client.send(EXPECTING);
            RawResponse response = client.read();
            assertEquals(403, response.status(), "the final response comes first, no 100 before it");
            assertEquals("close", response.header("Connection"),
                    "the client may or may not send the body now: only closing is safe");
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void smallUnreadBodyIsDrainedAndTheConnectionPersists() throws IOException {
        try (TestServer server = TestServer.start(r -> Response.text(200, "ignored your body"));
                RawClient client = server.client()) {
            client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n" + "GET / HTTP/1.1\r\n".repeat(
                    1000 / 16 + 1).substring(0, 1000) + "GET /real HTTP/1.1\r\nHost: x\r\n\r\n");
            RawResponse first = client.read();
            assertNull(first.header("Connection"));
            assertEquals("ignored your body", client.read().text(),
                    "the next request is the real one, never parsed from the leftover body");
            assertTrue(client.silentFor(200));
        }
    }

    @Test
    void largeUnreadBodyClosesTheConnectionAfterTheResponse() throws IOException {
        try (TestServer server = TestServer.start(r -> Response.text(200, "too much to drain"),
                b -> b.maxDrainBytes(100)); RawClient client = server.client()) {
            client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n" + "x".repeat(1000));
            RawResponse response = client.read();
            assertEquals(200, response.status());
            assertEquals("close", response.header("Connection"));
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void unreadChunkedBodyIsDrained() throws IOException {
        try (TestServer server = TestServer.start(r -> Response.text(200, r.target()));
                RawClient client = server.client()) {
            client.send("POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
                    + "GET /b HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals("/a", client.read().text());
            assertEquals("/b", client.read().text());
        }
    }
}
