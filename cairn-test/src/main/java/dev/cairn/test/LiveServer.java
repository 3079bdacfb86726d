package dev.cairn.test;

import dev.cairn.gateway.Application;
import dev.cairn.server.Server;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Cairn's real server on a free port of {@code 127.0.0.1}, for tests that need a socket: a browser, an HTTP client,
 * a protocol edge. Django's {@code LiveServerTestCase}, as a JUnit 5 extension.
 *
 * <pre>{@code
 * @RegisterExtension
 * static LiveServer server = LiveServer.of(() -> site());
 *
 * @Test
 * void homeAnswers() throws Exception {
 *     HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url("/"))).build(),
 *             HttpResponse.BodyHandlers.ofString());
 * }
 * }</pre>
 *
 * <p>
 * Registered on a static field, the server starts before the class's first test and stops after its last, nested
 * classes included; on an instance field it runs for each test. Test methods and lifecycle methods may also take
 * the {@code LiveServer} as a parameter. The access log is off, and a stop waits at most
 * {@link #GRACE_PERIOD} for requests in flight. Outside JUnit, {@link #start()} and {@link #close()} run it by hand.
 */
public final class LiveServer
        implements
            BeforeAllCallback,
            AfterAllCallback,
            BeforeEachCallback,
            AfterEachCallback,
            ParameterResolver,
            AutoCloseable {

    /** How long a stop lets requests in flight finish. */
    public static final Duration GRACE_PERIOD = Duration.ofSeconds(5);

    private final Supplier<? extends Application> application;
    private Server server;
    /** The unique id of the JUnit context that started the server, which alone stops it. */
    private String owner;

    private LiveServer(Supplier<? extends Application> application) {
        this.application = Objects.requireNonNull(application, "application");
    }

    /** A live server for the application this supplier makes when the server starts. */
    public static LiveServer of(Supplier<? extends Application> application) {
        return new LiveServer(application);
    }

    /** A live server for this application. */
    public static LiveServer of(Application application) {
        Objects.requireNonNull(application, "application");
        return new LiveServer(() -> application);
    }

    /**
     * Starts the server on a free port of {@code 127.0.0.1}, unless it is running.
     *
     * @return this live server
     */
    public synchronized LiveServer start() {
        if (server == null) {
            Application app = Objects.requireNonNull(application.get(), "the application supplier returned null");
            server = Server.builder()
                    .host("127.0.0.1")
                    .port(0)
                    .application(app)
                    .accessLog(false)
                    .gracePeriod(GRACE_PERIOD)
                    .build()
                    .start();
        }
        return this;
    }

    /** Stops the server gracefully, if it is running; it may be started again, on another port. */
    @Override
    public synchronized void close() {
        if (server != null) {
            try {
                server.stop();
            } finally {
                server = null;
                owner = null;
            }
        }
    }

    /** Whether the server is running. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /**
     * The port the server listens on.
     *
     * @throws IllegalStateException when it is not running
     */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("The live server is not running: register it with @RegisterExtension "
                    + "(on a static field for one server per class), or call start()");
        }
        return server.port();
    }

    /** The server's URL for a path: {@code url("/a/?b=1")} is {@code http://127.0.0.1:PORT/a/?b=1}. */
    public String url(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A path starts with '/', not '" + path + "'");
        }
        return "http://127.0.0.1:" + port() + path;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        startFor(context);
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        stopFor(context);
    }

    @Override
    public synchronized void beforeEach(ExtensionContext context) {
        startFor(context);
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        stopFor(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LiveServer.class;
    }

    @Override
    public synchronized Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        startFor(context);
        return this;
    }

    /** Starts the server, remembering which context did, unless an enclosing context already has. */
    private void startFor(ExtensionContext context) {
        if (server == null) {
            start();
            owner = context.getUniqueId();
        }
    }

    private void stopFor(ExtensionContext context) {
        if (context.getUniqueId().equals(owner)) {
            close();
        }
    }

    @Override
    public String toString() {
        return "LiveServer[" + (isRunning() ? url("/") : "stopped") + "]";
    }
}
