package dev.cairn.server.internal;

import dev.cairn.gateway.Application;
import dev.cairn.http.HttpLimits;
import dev.cairn.journey.JourneySink;
import dev.cairn.server.TlsConfig;
import dev.cairn.server.TrustedProxies;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a running server was configured with, checked once by {@code Server.Builder} and then shared,
 * read-only, by the listener and every connection.
 *
 * @param application     the application every request goes to
 * @param address         the TCP address to bind (port 0: any), or null when listening on a Unix socket
 * @param unixSocket      the Unix socket to listen on, or null for TCP
 * @param limits          the request sizes the parser accepts
 * @param tls             the TLS material, or null for plain connections
 * @param trustedProxies  the proxies whose forwarding headers count, or null to ignore such headers unread
 * @param timeouts        how long each wait may last
 * @param maxConnections  how many connections are served at once; more wait in the listen backlog
 * @param maxDrainBytes   how much unread request body is read and discarded to keep a connection
 * @param accessLog       where access log lines go, or null when access logging is off
 * @param journeys        where finished journeys go, or null when recording is off
 * @param serverName      the {@code Server} field's value, or the empty string to send none
 */
public record ServerConfig(Application application, InetSocketAddress address, Path unixSocket, HttpLimits limits,
        TlsConfig tls, TrustedProxies trustedProxies, Timeouts timeouts, int maxConnections, long maxDrainBytes,
        AccessLog accessLog, JourneySink journeys, String serverName) {

    /** Checks the required parts; the builder has already checked the values. */
    public ServerConfig {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(serverName, "serverName");
    }

    /**
     * The defaults for an application served in memory: no listener, limits {@link HttpLimits#DEFAULT}, no
     * access log, no journeys. For benchmarks and tests that drive {@link Http1Connection} over plain streams.
     */
    public static ServerConfig of(Application application) {
        return new ServerConfig(application, null, null, HttpLimits.DEFAULT, null, null, Timeouts.DEFAULT, 10_000,
                64 * 1024, null, null, "Cairn");
    }

    /** This configuration with journeys going to {@code sink} (null: recording off). */
    public ServerConfig withJourneys(JourneySink sink) {
        return new ServerConfig(application, address, unixSocket, limits, tls, trustedProxies, timeouts,
                maxConnections, maxDrainBytes, accessLog, sink, serverName);
    }

    /** This configuration with access log lines going to {@code log} (null: off). */
    public ServerConfig withAccessLog(AccessLog log) {
        return new ServerConfig(application, address, unixSocket, limits, tls, trustedProxies, timeouts,
                maxConnections, maxDrainBytes, log, journeys, serverName);
    }

    /** This configuration with other limits. */
    public ServerConfig withLimits(HttpLimits other) {
        return new ServerConfig(application, address, unixSocket, other, tls, trustedProxies, timeouts,
                maxConnections, maxDrainBytes, accessLog, journeys, serverName);
    }

    /**
     * The server's waits.
     *
     * @param head      from a request head's first byte to its last; over → 408 and close
     * @param idle      for the first byte of the next request, and between reads of a body; over → close
     * @param handshake for a TLS handshake to finish; over → close
     * @param grace     for in-flight requests to finish once a graceful stop began
     */
    public record Timeouts(Duration head, Duration idle, Duration handshake, Duration grace) {
        /** 10 s for a head, 60 s idle, 10 s for a handshake, 30 s of grace. */
        public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60),
                Duration.ofSeconds(10), Duration.ofSeconds(30));

        /** Checks that every wait is present. */
        public Timeouts {
            Objects.requireNonNull(head, "head");
            Objects.requireNonNull(idle, "idle");
            Objects.requireNonNull(handshake, "handshake");
            Objects.requireNonNull(grace, "grace");
        }
    }
}
