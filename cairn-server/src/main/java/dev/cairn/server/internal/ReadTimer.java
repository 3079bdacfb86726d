package dev.cairn.server.internal;

import java.io.IOException;

/**
 * Bounds how long one blocking read may wait. A connection arms it before each read with the time left (the
 * idle timeout before a request's first byte, the head deadline after it), so a client that trickles bytes
 * still meets the deadline.
 *
 * <p>
 * A {@link Watchdog} enforces it on every transport: at the deadline it shuts the socket channel's input, the
 * blocked read returns -1 (or, under TLS, fails), and {@link #expired()} tells that apart from the client's own
 * end of stream. {@code SO_TIMEOUT} would do for TCP, but each timed read of a virtual thread schedules and
 * cancels a timer task, which costs a fifth of the CPU of a pipelined plaintext benchmark; arming a watch is
 * two volatile writes. A Unix socket channel has no {@code SO_TIMEOUT} at all.
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
