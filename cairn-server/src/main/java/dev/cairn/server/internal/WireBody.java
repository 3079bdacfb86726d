package dev.cairn.server.internal;

import dev.cairn.gateway.RequestBody;
import dev.cairn.http.HttpException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A request body read from the connection's input buffer, straight where the bytes lie.
 *
 * <p>
 * Lifecycle:
 * <ol>
 * <li>Created open for one request that has a body.</li>
 * <li>The first read answers {@code 100 Continue} if the client asked for it (RFC 9110 §10.1.1), and not
 * before, so an application that rejects the request unread never invites the body.</li>
 * <li>Reads hand out data until the body's end (-1). A read that fails on the client's account throws a
 * {@link BodyException} and the body stays failed: every later read throws the same.</li>
 * <li>When the exchange is over, the connection {@link #drain drains} what is left, up to a limit, so the next
 * request starts at the right byte, and then {@link #end ends} the body: later reads throw.</li>
 * </ol>
 */
abstract class WireBody extends RequestBody {
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    /** The connection's input, whose buffer holds the body's bytes. */
    final ConnectionInput input;
    /** Where the data handed out by the last {@link #advance} starts in {@code input.buf}. */
    int dataAt;

    private final ConnectionOutput output;
    private final long readTimeoutNanos;
    private boolean continueOwed;
    private BodyException failure;
    private boolean ended;

    WireBody(ConnectionInput input, ConnectionOutput output, boolean expectContinue, long readTimeoutNanos) {
        this.input = input;
        this.output = output;
        this.continueOwed = expectContinue;
        this.readTimeoutNanos = readTimeoutNanos;
    }

    /**
     * Makes up to {@code max} (at least 1) bytes of data available at {@code input.buf[dataAt]} and consumes
     * them, reading from the socket if none are buffered.
     *
     * @return how many, or -1 at the body's end
     */
    abstract int advance(int max) throws IOException, HttpException;

    /** Whether the whole body, framing included, has been consumed. */
    abstract boolean complete();

    /** Whether more than {@code max} bytes are known to be left, so draining is pointless. */
    abstract boolean knownLongerThan(long max);

    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public final int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (ended) {
            throw new IOException("the request body can be read only while the application handles the request");
        }
        if (failure != null) {
            throw failure;
        }
        if (len == 0) {
            return 0;
        }
        if (continueOwed) {
            continueOwed = false;
            output.write(CONTINUE);
        }
        int n;
        try {
            n = advance(len);
        } catch (HttpException e) {
            throw fail(e.status(), e.getMessage());
        }
        if (n > 0) {
            System.arraycopy(input.buf, dataAt, b, off, n);
        }
        return n;
    }

    /** Reads more bytes into the input buffer, turning the client's silence or departure into a failure. */
    final void fill() throws IOException, HttpException {
        input.makeRoom(400);
        int n;
        try {
            n = input.fill(readTimeoutNanos);
        } catch (SocketTimeoutException e) {
            throw fail(408, "the request body stopped arriving");
        }
        if (n < 0) {
            throw fail(400, "the client closed the connection inside the request body");
        }
    }

    private BodyException fail(int status, String message) {
        failure = new BodyException(status, message);
        return failure;
    }

    /** The failure a read met, or null. */
    final BodyException failure() {
        return failure;
    }

    /** Whether the client still waits for {@code 100 Continue} before it sends the body. */
    final boolean continueOwed() {
        return continueOwed;
    }

    /**
     * Reads and discards the rest of the body, at most {@code max} bytes of data, so the connection can carry
     * the next request.
     *
     * @return whether the body is now wholly consumed; false means the connection must close
     */
    final boolean drain(long max) {
        if (complete()) {
            return true;
        }
        // A client waiting for 100 may or may not send the body (RFC 9110 §10.1.1): only closing is safe.
        if (failure != null || ended || continueOwed || knownLongerThan(max)) {
            return false;
        }
        long left = max;
        try {
            while (true) {
                int n = advance((int) Math.min(Math.max(left, 1), Integer.MAX_VALUE));
                if (n < 0) {
                    return true;
                }
                left -= n;
                if (left < 0) {
                    return false;
                }
            }
        } catch (IOException | HttpException e) {
            return false;
        }
    }

    /** Ends the body with its exchange: later reads throw rather than take the next request's bytes. */
    final void end() {
        ended = true;
    }
}
