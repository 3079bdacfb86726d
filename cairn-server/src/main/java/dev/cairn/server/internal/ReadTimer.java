package dev.cairn.server.internal;

import java.io.IOException;
import java.net.Socket;

/**
 * Bounds how long one blocking read may wait. A connection arms it before each read with the time left (the
 * idle timeout before a request's first byte, the head deadline after it), so a client that trickles bytes
 * still meets the deadline.
 *
 * <p>
 * Over TCP and TLS the socket's own {@code SO_TIMEOUT} does it and the read throws
 * {@link java.net.SocketTimeoutException}. A Unix socket channel has no such option, so there a
 * {@link Watchdog} shuts the channel's input at the deadline, the read returns -1, and {@link #expired()} tells
 * that end of stream apart from the client's.
 */
public interface ReadTimer {

    /** A timer that never fires, for connections over in-memory streams. */
    ReadTimer NONE = new ReadTimer() {
        @Override
        public void arm(long millis) {}

        @Override
        public boolean expired() {
            return false;
        }
    };

    /** Bounds the next read to {@code millis} milliseconds; 0 lifts the bound. */
    void arm(long millis) throws IOException;

    /** Ends the bound once the read returned, so time spent on the request does not count against it. */
    default void disarm() {}

    /** Whether the read that just returned -1 did so because the bound ran out. */
    boolean expired();

    /** A timer that sets the socket's {@code SO_TIMEOUT}. */
    static ReadTimer of(Socket socket) {
        return new ReadTimer() {
            @Override
            public void arm(long millis) throws IOException {
                socket.setSoTimeout((int) Math.min(millis, Integer.MAX_VALUE));
            }

            @Override
            public boolean expired() {
                return false;
            }
        };
    }

    /**
     * A timer that arms {@code watch}, whose action ends the blocked read (a Unix socket channel's watch shuts
     * the channel's input, so the read returns -1).
     */
    static ReadTimer of(Watchdog.Watch watch) {
        return new ReadTimer() {
            @Override
            public void arm(long millis) {
                if (millis == 0) {
                    watch.disarm();
                } else {
                    watch.arm(millis * 1_000_000);
                }
            }

            @Override
            public void disarm() {
                watch.disarm();
            }

            @Override
            public boolean expired() {
                return watch.expired();
            }
        };
    }
}
