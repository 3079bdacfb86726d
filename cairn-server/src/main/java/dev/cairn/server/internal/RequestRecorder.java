package dev.cairn.server.internal;

import dev.cairn.gateway.Connection;
import dev.cairn.gateway.Request;
import dev.cairn.journey.Journey;
import dev.cairn.journey.JourneySink;

/**
 * What a connection records of each request: the access log line, and the server's stops on the journey
 * (DESIGN.md rule 4). Each is off when its sink is null, and then costs one null check per request.
 *
 * <p>
 * The server's stops, under layer {@code server}: {@code connection} (id, requests carried before this one, peer,
 * local, TLS protocol and cipher or {@code none}), {@code head received} (the raw head with secret values
 * redacted, and the nanoseconds spent parsing it), then the application's own stops, {@code response head written}
 * (recorded by {@link ResponseWriter}) and {@code response done} (status and body bytes).
 */
final class RequestRecorder {
    private final Connection connection;
    private final AccessLog accessLog;
    private final JourneySink journeys;

    RequestRecorder(Connection connection, AccessLog accessLog, JourneySink journeys) {
        this.connection = connection;
        this.accessLog = accessLog;
        this.journeys = journeys;
    }

    /** Whether journeys are recorded, so the connection keeps the raw head and times the parse. */
    boolean journeys() {
        return journeys != null;
    }

    /**
     * Begins the journey of request {@code n} on the connection, whose head was {@code rawHead} and took
     * {@code parseNanos} to parse; null when recording is off.
     */
    Journey begin(long n, String rawHead, long parseNanos) {
        if (journeys == null) {
            return null;
        }
        Journey journey = Journey.begin(connection.id() + "-" + n);
        Connection.Tls tls = connection.tls();
        journey.record("server", "connection", "id", connection.id(), "requests", n - 1, "peer", connection.peer(),
                "local", connection.local(), "tls", tls == null ? "none" : tls.protocol() + " " + tls.cipher());
        journey.record("server", "head received", "head", HeadText.redacted(rawHead), "nanos", parseNanos);
        return journey;
    }

    /** Logs bytes from {@code client} that were refused before they made a request. */
    void rejected(String client, int status, long bytes) {
        if (accessLog != null) {
            accessLog.logRejected(client, status, bytes);
        }
    }

    /** Logs the request and hands its journey, if any, to the sink. */
    void finish(Request request, Journey journey, int status, long bytes) {
        if (accessLog != null) {
            accessLog.log(request, status, bytes);
        }
        if (journey != null) {
            journey.record("server", "response done", "status", status, "bytes", bytes);
            journeys.arrived(journey);
        }
    }
}
