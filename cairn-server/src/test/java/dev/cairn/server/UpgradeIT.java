package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.Application;
import dev.cairn.gateway.Response;
import dev.cairn.gateway.ResponseBody;
import dev.cairn.http.Headers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Switching protocols (RFC 9110 §7.8) hands the raw connection to the application's handler. */
class UpgradeIT {

    @Test
    void upgradeHandlerGetsTheRawStreamsStartingAfterTheHead() throws IOException {
        Application app = r -> new Response(101, Headers.of("Upgrade", "echo"), new ResponseBody.Upgrade(
                (in, out) -> {
                    byte[] buf = new byte[64];
                    for (int n; (n = in.read(buf)) > 0;) {
                        out.write(buf, 0, n);
                        out.flush();
                    }
                }));
        try (TestServer server = TestServer.start(app); RawClient client = server.client()) {
            client.send("GET /chat HTTP/1.1\r\nHost: x\r\nConnection: upgrade\r\nUpgrade: echo\r\n\r\nearly");
            RawResponse switched = client.read();
            assertEquals(101, switched.status());
            assertEquals("upgrade", switched.header("Connection"));
            assertEquals("echo", switched.header("Upgrade"));
            assertNull(switched.header("Content-Length"));
            assertEquals("early", new String(client.readAvailable(), StandardCharsets.ISO_8859_1),
                    "bytes sent right after the head reach the handler first");
            client.send("more");
            assertEquals("more", new String(client.readAvailable(), StandardCharsets.ISO_8859_1));
            client.shutdownOutput();
            assertTrue(client.closedByServer(), "the server closes when the handler returns");
        }
    }
}
