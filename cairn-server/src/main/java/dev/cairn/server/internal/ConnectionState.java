package dev.cairn.server.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where one connection stands, as a graceful stop needs to know: idle between requests (safe to close at once),
 * busy with a request (to be let finish), or closed.
 *
 * <p>
 * Lifecycle:
 * <ol>
 * <li>Starts {@code IDLE}: a connection that has sent nothing may be closed by a stop.</li>
 * <li>Before it blocks waiting for a request's first byte the connection calls {@link #idle()} and then checks
 * {@link #draining()}; once bytes came it calls {@link #busy()}, which fails if a stop closed it meanwhile.</li>
 * <li>A stop sets draining, then calls {@link #closeIfIdle()} on every connection. Both sides write their flag
 * before they read the other's, so at least one sees the other: no idle connection is left open and no busy
 * one is closed under its request.</li>
 * <li>After the grace period {@link #forceClose()} closes whatever is left and interrupts its thread.</li>
 * </ol>
 */
public final class ConnectionState {
    private static final int IDLE = 0;
    private static final int BUSY = 1;
    private static final int CLOSED = 2;
    private static final System.Logger LOG = System.getLogger("dev.cairn.server");

    private final AtomicInteger state = new AtomicInteger(IDLE);
    private final LiveConnections live;
    private final Closeable socket;
    private volatile Thread thread;

    /** The state of a connection over {@code socket}, registered in {@code live} (null: never drained). */
    public ConnectionState(LiveConnections live, Closeable socket) {
        this.live = live;
        this.socket = socket;
    }

    /** A state for a connection no server stops, over in-memory streams. */
    public static ConnectionState detached() {
        return new ConnectionState(null, () -> {});
    }

    /** Names the thread serving the connection, so a forced close can interrupt an application still at work. */
    void runBy(Thread serving) {
        this.thread = serving;
    }

    /** Whether the server is stopping, so the connection should take no further request. */
    boolean draining() {
        return live != null && live.draining();
    }

    /** Marks the connection idle, about to wait for the next request. */
    void idle() {
        state.set(IDLE);
    }

    /** Marks the connection busy with a request; false if it was closed while idle. */
    boolean busy() {
        return state.compareAndSet(IDLE, BUSY);
    }

    /** Closes the connection if it is idle. */
    void closeIfIdle() {
        if (state.compareAndSet(IDLE, CLOSED)) {
            close();
        }
    }

    /**
     * Closes the connection whatever it is doing, and interrupts its thread: an application blocked in a sleep or
     * a lock would otherwise keep the stop waiting until it next touched the socket.
     */
    void forceClose() {
        state.set(CLOSED);
        close();
        Thread serving = thread;
        if (serving != null) {
            serving.interrupt();
        }
    }

    private void close() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing a connection failed", e);
        }
    }
}
