package dev.cairn.server.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.WritableByteChannel;
import java.util.Objects;

/**
 * The byte streams one connection runs over, whatever carries them: a TCP socket, a TLS socket, a Unix socket
 * channel, or in-memory streams in a benchmark.
 *
 * @param in         the bytes from the client
 * @param out        the bytes to the client; written in large runs, so it needs no buffer of its own
 * @param timer      bounds each blocking read of {@code in}
 * @param fileTarget the plain socket channel under {@code out}, for sending files by the kernel, or null
 */
public record Transport(InputStream in, OutputStream out, ReadTimer timer, WritableByteChannel fileTarget) {

    /** Checks that the streams and the timer are present. */
    public Transport {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(timer, "timer");
    }

    /** In-memory streams, with no read timeouts and files copied. */
    public static Transport of(InputStream in, OutputStream out) {
        return new Transport(in, out, ReadTimer.NONE, null);
    }
}
