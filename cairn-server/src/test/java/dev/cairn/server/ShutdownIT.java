package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.Response;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A graceful stop: idle connections close, requests in flight finish, new connections are refused. */
class ShutdownIT {

    @Test
    void stopLetsTheRequestInFlightFinishWithConnectionClose() throws Exception {
        CountDownLatch inFlight = new CountDownLatch(1);
        Server server = Server.builder().port(0).accessLog(false).gracePeriod(Duration.ofSeconds(5))
                .application(r -> {
                    inFlight.countDown();
                    Thread.sleep(500);
                    return Response.text(200, "finished");
                }).build().start();
        int port = server.port();
        try (RawClient busy = RawClient.connect(port); RawClient idle = RawClient.connect(port)) {
            idle.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            // The idle client's request runs first, so wait for it, then make it idle again.
            assertEquals(200, idle.read().status());
            busy.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            assertTrue(inFlight.await(5, TimeUnit.SECONDS));
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
            assertTrue(idle.closedByServer(), "the idle keep-alive connection closes at once");
            assertThrows(ConnectException.class, () -> RawClient.connect(port).close(),
                    "new connections are refused once the stop began");
            RawResponse response = busy.read();
            assertEquals("finished", response.text());
            assertEquals("close", response.header("Connection"));
            assertTrue(busy.closedByServer());
            stopping.get(10, TimeUnit.SECONDS);
            server.awaitStop();
        }
    }

    @Test
    void stopCutsRequestsThatOutliveTheGracePeriod() throws Exception {
        CountDownLatch inFlight = new CountDownLatch(1);
        Server server = Server.builder().port(0).accessLog(false).gracePeriod(Duration.ofMillis(200))
                .application(r -> {
                    inFlight.countDown();
                    Thread.sleep(10_000);
                    return Response.text(200, "too late");
                }).build().start();
        try (RawClient busy = RawClient.connect(server.port())) {
            busy.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            assertTrue(inFlight.await(5, TimeUnit.SECONDS));
            long started = System.nanoTime();
            server.stop();
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis < 5_000, "stop took " + millis + " ms");
            assertTrue(busy.closedByServer());
        }
    }

    @Test
    void stopTwiceAndStopBeforeStartAreHarmless() throws IOException {
        Server never = Server.builder().application(r -> Response.text(200, "")).build();
        never.stop();
        Server server = Server.builder().port(0).accessLog(false).application(r -> Response.text(200, "")).build()
                .start();
        server.stop();
        server.stop();
    }
}
