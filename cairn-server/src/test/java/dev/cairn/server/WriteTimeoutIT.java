package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.Response;
import dev.cairn.gateway.ResponseBody;
import dev.cairn.http.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A client that stops reading is closed after the idle timeout instead of holding its connection for ever. */
class WriteTimeoutIT {
    private static final long BODY_BYTES = 256L * 1024 * 1024;

    @Test
    void aClientThatStopsReadingIsCutAndOthersAreStillServed() throws Exception {
        CountDownLatch writerEnded = new CountDownLatch(1);
        ResponseBody endless = new ResponseBody.Streamed(out -> {
            try {
                byte[] chunk = new byte[64 * 1024];
                for (long sent = 0; sent < BODY_BYTES; sent += chunk.length) {
                    out.write(chunk);
                }
            } finally {
                writerEnded.countDown();
            }
        });
        try (TestServer server = TestServer.start(request -> request.target().equals("/big")
                ? new Response(200, Headers.of("Content-Type", "application/octet-stream"), endless)
                : Response.text(200, "small"), b -> b.idleTimeout(Duration.ofMillis(500)).maxConnections(1))) {
            try (Socket stalled = new Socket()) {
                stalled.setReceiveBufferSize(4 * 1024);
                stalled.connect(new InetSocketAddress("127.0.0.1", server.port()));
                OutputStream out = stalled.getOutputStream();
                out.write("GET /big HTTP/1.1\r\nHost: t\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // Read nothing: the server's writes block once the socket buffers are full.
                assertTrue(writerEnded.await(10, TimeUnit.SECONDS), "the blocked writer was not cut");
                long read = drain(stalled.getInputStream());
                assertTrue(read < BODY_BYTES, "the stalled client got the whole body: " + read);
            }
            // With one permit, this is served only because the stalled connection was closed and released it.
            try (RawClient client = server.client()) {
                client.send("GET /small HTTP/1.1\r\nHost: t\r\n\r\n");
                assertEquals(200, client.read().status());
            }
        }
    }

    private static long drain(InputStream in) {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        try {
            for (int n; (n = in.read(buf)) >= 0;) {
                total += n;
            }
        } catch (IOException e) {
            // A reset is as good as an end here: the server gave up on the connection.
        }
        return total;
    }
}
