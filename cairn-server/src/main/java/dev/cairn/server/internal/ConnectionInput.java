package dev.cairn.server.internal;

import dev.cairn.http.HttpException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.Arrays;

/**
 * The connection's one input buffer: bytes read from the socket wait here until a head parser or a body takes
 * them, so one read can bring many pipelined requests and each is parsed where it lies.
 *
 * <p>
 * The unconsumed bytes are {@code buf[start, end)}. Readers consume by advancing {@link #start}. Before it
 * blocks on a read the buffer flushes the connection's output, because a blocked connection must not sit on
 * responses the client is waiting for: this is the one place pipelined responses leave together.
 *
 * <p>
 * Not thread-safe: it belongs to the connection's thread.
 */
public final class ConnectionInput {
    private static final int SIZE = 16 * 1024;

    /** The bytes; replaced when the buffer grows. */
    byte[] buf = new byte[SIZE];
    /** The first unconsumed byte. */
    int start;
    /** Just past the last byte read. */
    int end;

    private final InputStream in;
    private final ReadTimer timer;
    private final ConnectionOutput output;
    private final int maxSize;

    /** A buffer over {@code in} that grows to at most {@code maxSize} bytes for one head or chunk line. */
    public ConnectionInput(InputStream in, ReadTimer timer, ConnectionOutput output, int maxSize) {
        this.in = in;
        this.timer = timer;
        this.output = output;
        this.maxSize = Math.max(SIZE, maxSize);
    }

    /** How many unconsumed bytes are buffered. */
    int available() {
        return end - start;
    }

    /**
     * Makes room after {@link #end} when the buffer is full: moves the unconsumed bytes to the front, or, when
     * they fill it from the front, grows it up to the maximum.
     *
     * @param status the status to throw when the buffer is full at its maximum (431 for a head, 400 for a chunk
     *               line)
     * @return whether bytes moved, so a parser that remembers positions must start over
     * @throws HttpException when there is no more room
     */
    boolean makeRoom(int status) throws HttpException {
        if (end < buf.length) {
            return false;
        }
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
            return true;
        }
        if (buf.length >= maxSize) {
            throw new HttpException(status, "the request's framing does not fit the buffer");
        }
        buf = Arrays.copyOf(buf, (int) Math.min(maxSize, buf.length * 2L));
        return false;
    }

    /**
     * Flushes the output, then waits up to {@code timeoutNanos} for more bytes and appends them after
     * {@link #end}; {@link #makeRoom} must have left room.
     *
     * @return how many bytes came, or -1 when the client closed its side
     * @throws SocketTimeoutException when none came in time
     */
    int fill(long timeoutNanos) throws IOException {
        if (output.hasBuffered()) {
            output.flush();
        }
        if (start == end) {
            start = 0;
            end = 0;
        }
        timer.arm(Math.max(1, (timeoutNanos + 999_999) / 1_000_000));
        int n;
        try {
            n = in.read(buf, end, buf.length - end);
        } catch (IOException e) {
            if (timer.expired()) {
                throw new SocketTimeoutException("no bytes within the timeout"); // TLS fails on the shut input
            }
            throw e;
        } finally {
            timer.disarm();
        }
        if (n < 0) {
            if (timer.expired()) {
                throw new SocketTimeoutException("no bytes within the timeout");
            }
            return -1;
        }
        end += n;
        return n;
    }

    /**
     * The raw input from here on, for a connection that switched protocols (RFC 9110 §7.8): first the bytes
     * already buffered after the head, then the socket's, with no timeout.
     */
    InputStream rest() throws IOException {
        timer.arm(0);
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (start < end) {
                    int n = Math.min(len, end - start);
                    System.arraycopy(buf, start, b, off, n);
                    start += n;
                    return n;
                }
                return in.read(b, off, len);
            }

            @Override
            public int available() throws IOException {
                return start < end ? end - start : in.available();
            }
        };
    }
}
