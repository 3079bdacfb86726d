package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PipeliningIT {

    @Test
    void sixteenPipelinedRequestsGetSixteenOrderedResponses() throws IOException {
        try (TestServer server = TestServer.start(r -> Response.text(200, "you asked for " + r.target()));
                RawClient client = server.client()) {
            StringBuilder pipeline = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                pipeline.append("GET /").append(i).append(" HTTP/1.1\r\nHost: x\r\n\r\n");
            }
            client.send(pipeline.toString());
            for (int i = 0; i < 16; i++) {
                RawResponse response = client.read();
                assertEquals(200, response.status());
                assertEquals("you asked for /" + i, response.text());
                assertFalse(response.closes());
            }
            assertTrue(client.silentFor(200), "nothing more than sixteen responses");
        }
    }

    @Test
    void pipelinedResponsesLeaveInOneWrite() throws Exception {
        // The server writes nothing until it would block; all sixteen responses then arrive in one segment.
        try (TestServer server = TestServer.start(r -> Response.text(200, "ok"));
                RawClient client = server.client()) {
            String request = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
            client.send(request.repeat(16));
            byte[] first = client.readAvailable();
            String text = new String(first, StandardCharsets.ISO_8859_1);
            assertEquals(16, text.split("HTTP/1.1 200 OK", -1).length - 1, text);
        }
    }
}
