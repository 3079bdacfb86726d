package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.Response;
import dev.cairn.http.HttpLimits;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LimitsIT {
    /** 100-byte request line, 1 KiB head, 5 fields, 10-byte body, 64-byte chunk line. */
    private static final HttpLimits SMALL = new HttpLimits(100, 1024, 5, 10, 64);

    static Stream<Arguments> refusals() {
        String host = "Host: x\r\n";
        return Stream.of(
                Arguments.of("request line too long", "GET /" + "a".repeat(200) + " HTTP/1.1\r\n" + host + "\r\n", 414),
                Arguments.of("head too large", "GET / HTTP/1.1\r\n" + host + "X-Big: " + "b".repeat(2000) + "\r\n\r\n",
                        431),
                Arguments.of("too many fields",
                        "GET / HTTP/1.1\r\n" + host + "A: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\nE: 5\r\n\r\n",
                        431),
                Arguments.of("declared body too large", "POST / HTTP/1.1\r\n" + host + "Content-Length: 11\r\n\r\n"
                        + "x".repeat(11), 413),
                Arguments.of("chunked body grows too large", "POST / HTTP/1.1\r\n" + host
                        + "Transfer-Encoding: chunked\r\n\r\n6\r\n<b>123\r\n6\r\n456789\r\n0\r\n\r\n", 413),
                Arguments.of("bad chunk size", "POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n"
                        + "zz\r\n", 400),
                Arguments.of("no Host", "GET / HTTP/1.1\r\n\r\n", 400),
                Arguments.of("bad Content-Length", "POST / HTTP/1.1\r\n" + host + "Content-Length: 1x\r\n\r\n", 400),
                Arguments.of("unknown version", "GET / HTTP/1.7\r\n" + host + "\r\n", 505),
                Arguments.of("unknown transfer coding", "POST / HTTP/1.1\r\n" + host
                        + "Transfer-Encoding: foo, chunked\r\n\r\n", 501),
                Arguments.of("garbage", "<script>alert(1)</script>\r\n\r\n", 400));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("refusals")
    void badRequestGetsItsStatusAndTheConnectionCloses(String what, String request, int status) throws IOException {
        try (TestServer server = TestServer.start(r -> Response.text(200, r.body().readAllBytes().length + " read"),
                b -> b.limits(SMALL)); RawClient client = server.client()) {
            client.send(request);
            RawResponse response = client.read();
            assertEquals(status, response.status(), what + ": " + response.text());
            assertEquals("close", response.header("Connection"));
            assertEquals("text/plain; charset=utf-8", response.header("Content-Type"));
            assertTrue(response.text().startsWith(status + " "), response.text());
            assertFalse(response.text().contains("<"), "never echoes the client's bytes: " + response.text());
            assertTrue(client.closedByServer());
            try (RawClient other = server.client()) {
                other.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
                assertEquals(200, other.read().status(), "other connections are unaffected");
            }
        }
    }

    @Test
    void slowlorisGets408WhileAnotherClientIsServed() throws Exception {
        try (TestServer server = TestServer.start(r -> Response.text(200, "served"),
                b -> b.headTimeout(Duration.ofSeconds(1))); RawClient slow = server.client()) {
            AtomicBoolean trickling = new AtomicBoolean(true);
            Thread trickle = Thread.ofVirtual().start(() -> {
                byte[] head = "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n"
                        .getBytes();
                try {
                    for (int i = 0; i < head.length && trickling.get(); i++) {
                        slow.send(new byte[]{head[i]});
                        Thread.sleep(200);
                    }
                } catch (IOException | InterruptedException e) {
                    // the server closed: what the test waits for
                }
            });
            long started = System.nanoTime();
            try (RawClient other = server.client()) {
                other.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
                assertEquals("served", other.read().text());
            }
            RawResponse response = slow.read();
            long millis = (System.nanoTime() - started) / 1_000_000;
            trickling.set(false);
            trickle.join();
            assertEquals(408, response.status());
            assertEquals("close", response.header("Connection"));
            assertTrue(millis >= 900 && millis < 4_000, "408 after " + millis + " ms");
            assertTrue(slow.closedByServer());
        }
    }
}
