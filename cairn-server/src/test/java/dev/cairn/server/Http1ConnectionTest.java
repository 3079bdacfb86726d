package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.Connection;
import dev.cairn.gateway.Response;
import dev.cairn.journey.RecentJourneys;
import dev.cairn.server.internal.Http1Connection;
import dev.cairn.server.internal.ServerConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The request loop driven in memory, the way a benchmark drives it: no sockets, no threads. */
class Http1ConnectionTest {
    private static final Connection CONNECTION = new Connection(7, new InetSocketAddress("127.0.0.1", 5000),
            new InetSocketAddress("127.0.0.1", 8000), false, null);
    private static final byte[] PIPELINE = "GET /plaintext HTTP/1.1\r\nHost: x\r\n\r\n".repeat(16).getBytes(
            StandardCharsets.ISO_8859_1);

    /** Counts the writes that reach it, as a socket would count syscalls. */
    private static final class CountingStream extends ByteArrayOutputStream {
        int writes;

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            writes++;
            super.write(b, off, len);
        }
    }

    @Test
    void sixteenPipelinedRequestsLeaveInOneWrite() throws IOException {
        CountingStream out = new CountingStream();
        ServerConfig config = ServerConfig.of(r -> Response.text(200, "Hello, World!"));
        boolean linger = new Http1Connection(new ByteArrayInputStream(PIPELINE), out, CONNECTION, config).run();
        String text = out.toString(StandardCharsets.ISO_8859_1);
        assertEquals(16, text.split("Hello, World!", -1).length - 1);
        assertEquals(1, out.writes, "one write for the whole pipeline");
        assertEquals(false, linger, "the input ended cleanly");
        assertTrue(text.startsWith("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nServer: Cairn\r\n"
                + "Date: "), text);
        assertTrue(text.contains(" GMT\r\nContent-Length: 13\r\n\r\nHello, World!HTTP/1.1 200 OK\r\n"), text);
    }

    @Test
    void journeysAreRecordedInMemoryWhenASinkIsSet() throws IOException {
        RecentJourneys journeys = new RecentJourneys(32);
        ServerConfig config = ServerConfig.of(r -> Response.text(200, "hi")).withJourneys(journeys);
        new Http1Connection(new ByteArrayInputStream(PIPELINE), new ByteArrayOutputStream(), CONNECTION, config)
                .run();
        assertEquals(16, journeys.all().size());
        assertEquals("7-16", journeys.last().id());
    }

    @Test
    void emptyServerNameSendsNoServerField() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ServerConfig base = ServerConfig.of(r -> Response.text(200, "hi"));
        ServerConfig config = new ServerConfig(base.application(), null, null, base.limits(), null, null,
                base.timeouts(), 1, 0, null, null, "");
        new Http1Connection(new ByteArrayInputStream(PIPELINE), out, CONNECTION, config).run();
        assertTrue(!out.toString(StandardCharsets.ISO_8859_1).contains("Server:"));
    }
}
