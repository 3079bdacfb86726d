package dev.cairn.server;

import dev.cairn.gateway.Application;
import dev.cairn.http.HttpLimits;
import dev.cairn.journey.JourneySink;
import dev.cairn.server.internal.AccessLog;
import dev.cairn.server.internal.ServerConfig;
import dev.cairn.server.internal.ServerListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;

/**
 * Cairn's HTTP/1.1 server: it accepts connections, runs each on a virtual thread, parses requests strictly
 * (RFC 9112), calls a {@link dev.cairn.gateway.Application} and writes its responses, with keep-alive,
 * pipelining, limits, timeouts, TLS and a graceful stop.
 *
 * <pre>{@code
 * Server server = Server.builder()
 *         .port(8000)
 *         .application(request -> Response.text(200, "Hello, World!"))
 *         .build()
 *         .start();
 * server.stopOnSignal();
 * }</pre>
 *
 * <p>
 * Lifecycle: {@link Builder#build()} checks the configuration; {@link #start()} binds and accepts, once;
 * {@link #stop()} stops gracefully, once (later calls wait for the first); {@link #awaitStop()} waits for it.
 */
public final class Server {
    private static final int NEW = 0;
    private static final int STARTED = 1;
    private static final int STOPPING = 2;

    private final ServerConfig config;
    private final ServerListener listener;
    private final AtomicInteger phase = new AtomicInteger(NEW);
    private final CountDownLatch stopped = new CountDownLatch(1);

    Server(ServerConfig config) {
        this.config = config;
        this.listener = new ServerListener(config);
    }

    /** A builder with the defaults: {@code 127.0.0.1:8000}, no TLS, limits {@link HttpLimits#DEFAULT}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the address (or the Unix socket) and starts accepting connections on a thread of its own.
     *
     * @return this server
     * @throws IllegalStateException if the server was started before
     * @throws UncheckedIOException  if the address cannot be bound; the message says why and what to do
     */
    public Server start() {
        if (!phase.compareAndSet(NEW, STARTED)) {
            throw new IllegalStateException("a server starts once; build another to serve again");
        }
        try {
            listener.start();
        } catch (IOException e) {
            phase.set(STOPPING);
            stopped.countDown();
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return this;
    }

    /**
     * The TCP port listened on, useful after {@code port(0)}; -1 when listening on a Unix socket.
     *
     * @throws IllegalStateException if the server has not started
     */
    public int port() {
        if (phase.get() == NEW) {
            throw new IllegalStateException("the server has no port until start()");
        }
        try {
            return listener.address() instanceof InetSocketAddress inet ? inet.getPort() : -1;
        } catch (IOException e) {
            throw new IllegalStateException("the server is no longer listening", e);
        }
    }

    /**
     * Stops gracefully and returns when done: new connections are refused at once, idle keep-alive connections
     * close, requests in flight finish within the grace period with {@code Connection: close} on their responses,
     * and connections still busy after it are closed. Calling it again waits for the first call to finish.
     */
    public void stop() {
        if (!phase.compareAndSet(STARTED, STOPPING)) {
            awaitUninterruptibly();
            return;
        }
        try {
            listener.stop(config.timeouts().grace().toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
        }
    }

    /** Blocks until the server has stopped (or failed to start). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /**
     * Stops gracefully on SIGTERM or SIGINT, then exits the process with status 0, as a process manager expects
     * of a clean stop. (A shutdown hook could not: the JVM exits 143 after one runs for SIGTERM.)
     *
     * @return this server
     */
    public Server stopOnSignal() {
        for (String name : new String[]{"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> {
                System.getLogger("dev.cairn.server").log(Level.INFO, "SIG" + name + ": stopping gracefully");
                stop();
                System.exit(0);
            });
        }
        return this;
    }

    /** The configuration, for tests in this package. */
    ServerConfig config() {
        return config;
    }

    private void awaitUninterruptibly() {
        boolean interrupted = false;
        while (phase.get() != NEW) {
            try {
                stopped.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Configures a {@link Server}. Every setter checks its value at once and says how to fix a bad one;
     * {@link #build()} checks what needs the whole picture.
     */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8000;
        private Path unixSocket;
        private Application application;
        private HttpLimits limits = HttpLimits.DEFAULT;
        private TlsConfig tls;
        private TrustedProxies trustedProxies = TrustedProxies.none();
        private Duration headTimeout = ServerConfig.Timeouts.DEFAULT.head();
        private Duration idleTimeout = ServerConfig.Timeouts.DEFAULT.idle();
        private Duration handshakeTimeout = ServerConfig.Timeouts.DEFAULT.handshake();
        private Duration gracePeriod = ServerConfig.Timeouts.DEFAULT.grace();
        private int maxConnections = 10_000;
        private long maxDrainBytes = 64 * 1024;
        private boolean accessLog = true;
        private JourneySink journeys;
        private String serverName = "Cairn";

        private Builder() {}

        /** The interface to listen on, a name or an address; default {@code 127.0.0.1}, {@code 0.0.0.0} for all. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host: give an address such as 127.0.0.1 or 0.0.0.0");
            return this;
        }

        /** The TCP port; default 8000, and 0 picks a free one ({@link Server#port()} tells which). */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0-65535 (0 picks a free port), not " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Listens on this Unix domain socket instead of TCP (host and port are then unused): the usual way for
         * nginx on the same machine to reach the server. The folder must exist.
         */
        public Builder unixSocket(Path path) {
            this.unixSocket = Objects.requireNonNull(path, "unixSocket: give the socket file's path");
            return this;
        }

        /** The application that answers every request; required. */
        public Builder application(Application application) {
            this.application = Objects.requireNonNull(application, "application: give the Application to serve");
            return this;
        }

        /** The request sizes accepted; default {@link HttpLimits#DEFAULT}. */
        public Builder limits(HttpLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits: give HttpLimits, such as HttpLimits.DEFAULT");
            return this;
        }

        /** Serves HTTPS with this TLS material; default plain HTTP. */
        public Builder tls(TlsConfig tls) {
            this.tls = Objects.requireNonNull(tls, "tls: give TlsConfig.pem(...) or TlsConfig.pkcs12(...)");
            return this;
        }

        /** The proxies whose forwarding headers are believed; default {@link TrustedProxies#none()}. */
        public Builder trustedProxies(TrustedProxies proxies) {
            this.trustedProxies = Objects.requireNonNull(proxies,
                    "trustedProxies: give TrustedProxies.none() for none");
            return this;
        }

        /** How long a request head may take once its first byte came (else 408 and close); default 10 s. */
        public Builder headTimeout(Duration timeout) {
            this.headTimeout = positive(timeout, "headTimeout");
            return this;
        }

        /**
         * How long a connection may wait for the next request, a body between reads, and a write to a client that
         * stopped reading; default 60 s.
         */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = positive(timeout, "idleTimeout");
            return this;
        }

        /** How long a TLS handshake may take in all; default 10 s. */
        public Builder handshakeTimeout(Duration timeout) {
            this.handshakeTimeout = positive(timeout, "handshakeTimeout");
            return this;
        }

        /** How long {@link Server#stop()} lets requests in flight finish; default 30 s. */
        public Builder gracePeriod(Duration period) {
            Objects.requireNonNull(period, "gracePeriod: give a Duration such as Duration.ofSeconds(30)");
            if (period.isNegative()) {
                throw new IllegalArgumentException("gracePeriod must not be negative, not " + period);
            }
            this.gracePeriod = period;
            return this;
        }

        /** How many connections are served at once; more wait in the listen backlog. Default 10 000. */
        public Builder maxConnections(int max) {
            if (max <= 0) {
                throw new IllegalArgumentException("maxConnections must be positive, not " + max);
            }
            this.maxConnections = max;
            return this;
        }

        /**
         * How much request body the application left unread the server reads and discards to keep the connection;
         * past it the connection closes after the response. Default 64 KiB.
         */
        public Builder maxDrainBytes(long max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxDrainBytes must be 0 or more, not " + max);
            }
            this.maxDrainBytes = max;
            return this;
        }

        /** Whether to log each request to {@code dev.cairn.server.access} at INFO; default true. */
        public Builder accessLog(boolean on) {
            this.accessLog = on;
            return this;
        }

        /** Records every request's journey and hands it to {@code sink}; default null, recording off. */
        public Builder journeys(JourneySink sink) {
            this.journeys = sink;
            return this;
        }

        /** The {@code Server} field's value; default {@code Cairn}, and the empty string sends none. */
        public Builder serverName(String name) {
            Objects.requireNonNull(name, "serverName: give a name, or \"\" to send no Server field");
            for (int i = 0; i < name.length(); i++) {
                if (name.charAt(i) < 0x20 || name.charAt(i) >= 0x7f) {
                    throw new IllegalArgumentException("serverName must be printable ASCII");
                }
            }
            this.serverName = name;
            return this;
        }

        /** Checks the whole configuration and makes the server; nothing is bound until {@link Server#start()}. */
        public Server build() {
            if (application == null) {
                throw new NullPointerException("no application: call .application(request -> ...) before build()");
            }
            if (unixSocket != null && tls != null) {
                throw new IllegalArgumentException("TLS on a Unix socket is not supported: let the proxy in front "
                        + "terminate TLS, or listen on TCP");
            }
            InetSocketAddress address = null;
            if (unixSocket == null) {
                address = new InetSocketAddress(host, port);
                if (address.isUnresolved()) {
                    throw new IllegalArgumentException("host " + host + " does not resolve; give an address such as "
                            + "127.0.0.1 or 0.0.0.0");
                }
            }
            var timeouts = new ServerConfig.Timeouts(headTimeout, idleTimeout, handshakeTimeout, gracePeriod);
            return new Server(new ServerConfig(application, address, unixSocket, limits, tls,
                    trustedProxies.isNone() ? null : trustedProxies, timeouts, maxConnections, maxDrainBytes,
                    accessLog ? AccessLog.toSystemLogger() : null, journeys, serverName));
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name + ": give a Duration such as Duration.ofSeconds(10)");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, not " + d);
            }
            return d;
        }
    }
}
