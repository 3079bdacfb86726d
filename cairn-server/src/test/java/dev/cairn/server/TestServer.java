package dev.cairn.server;

import dev.cairn.gateway.Application;
import java.io.IOException;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** A server on a free port for one test, stopped by try-with-resources, with a short grace period. */
final class TestServer implements AutoCloseable {
    final Server server;

    private TestServer(Server server) {
        this.server = server;
    }

    /** Starts {@code app} on a free port with the access log off. */
    static TestServer start(Application app) {
        return start(app, b -> b);
    }

    /** Starts {@code app} on a free port, the builder adjusted by {@code configure}. */
    static TestServer start(Application app, UnaryOperator<Server.Builder> configure) {
        Server.Builder builder = Server.builder().port(0).application(app).accessLog(false)
                .gracePeriod(Duration.ofSeconds(2));
        return new TestServer(configure.apply(builder).build().start());
    }

    int port() {
        return server.port();
    }

    RawClient client() throws IOException {
        return RawClient.connect(port());
    }

    @Override
    public void close() {
        server.stop();
    }
}
