package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.Response;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ConnectionLimitIT {

    @Test
    @SuppressWarnings("try") // the first client is closed early on purpose, to free its permit
    void connectionsPastTheLimitWaitUntilOneCloses() throws IOException {
        try (TestServer server = TestServer.start(r -> Response.text(200, "served"), b -> b.maxConnections(2));
                RawClient first = server.client();
                RawClient second = server.client()) {
            String request = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
            first.send(request);
            second.send(request);
            assertEquals(200, first.read().status());
            assertEquals(200, second.read().status());
            try (RawClient third = server.client()) {
                third.send(request);
                assertTrue(third.silentFor(300), "the third connection waits in the backlog");
                first.close();
                assertEquals("served", third.read().text(), "and is served once a permit is free");
            }
        }
    }
}
