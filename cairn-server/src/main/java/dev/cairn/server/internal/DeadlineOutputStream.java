package dev.cairn.server.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Bounds every write to a connection: a client that stops reading fills the socket's buffers and would block the
 * writer for ever, holding its thread and its connection permit. Each write and flush arms a {@link Watchdog}
 * watch for the duration and disarms it after; if the deadline passes first, the watch closes the connection, the
 * blocked write fails, and the connection ends.
 *
 * <p>
 * The bound is per call, not per response: a slow client that keeps reading never trips it, only one that stops.
 */
final class DeadlineOutputStream extends OutputStream {
    private final OutputStream out;
    private final Watchdog.Watch watch;
    private final long nanos;

    /** Writes to {@code out}, letting each call block at most {@code nanos} before {@code watch} fires. */
    DeadlineOutputStream(OutputStream out, Watchdog.Watch watch, long nanos) {
        this.out = out;
        this.watch = watch;
        this.nanos = nanos;
    }

    @Override
    public void write(int b) throws IOException {
        watch.arm(nanos);
        try {
            out.write(b);
        } finally {
            watch.disarm();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        watch.arm(nanos);
        try {
            out.write(b, off, len);
        } finally {
            watch.disarm();
        }
    }

    @Override
    public void flush() throws IOException {
        watch.arm(nanos);
        try {
            out.flush();
        } finally {
            watch.disarm();
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
