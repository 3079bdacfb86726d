package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.Response;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Serving over a Unix domain socket, where read deadlines come from the watchdog rather than SO_TIMEOUT. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class UnixSocketIT {

    private static RawClient connect(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(socket));
        return new RawClient(channel);
    }

    private static Server start(Path socket, Duration head, Duration idle) {
        return Server.builder().unixSocket(socket).accessLog(false).headTimeout(head).idleTimeout(idle)
                .gracePeriod(Duration.ofSeconds(1))
                .application(r -> Response.text(200, r.client() + " " + r.scheme() + " " + r.target())).build()
                .start();
    }

    @Test
    void requestIsServedOverAUnixSocketAndTheFileGoesAtStop(@TempDir Path dir) throws IOException {
        Path socket = dir.resolve("cairn.sock");
        Server server = start(socket, Duration.ofSeconds(10), Duration.ofSeconds(10));
        try (RawClient client = connect(socket)) {
            assertEquals(-1, server.port());
            client.send("GET /unix HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals("unix http /unix", client.read().text());
        } finally {
            server.stop();
        }
        assertFalse(Files.exists(socket));
    }

    @Test
    void slowHeadGets408AndAnIdleConnectionClosesOnAUnixSocket(@TempDir Path dir) throws IOException {
        Path socket = dir.resolve("cairn.sock");
        Server server = start(socket, Duration.ofMillis(300), Duration.ofMillis(300));
        try (RawClient slow = connect(socket); RawClient idle = connect(socket)) {
            slow.send("GET / HTTP/1.1\r\n");
            RawResponse response = slow.read();
            assertEquals(408, response.status());
            assertTrue(slow.closedByServer());
            assertEquals(0, idle.untilClose().length, "an idle connection is closed without a word");
        } finally {
            server.stop();
        }
    }
}
