package dev.cairn.server.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The stream a {@link dev.cairn.gateway.ResponseBody.Streamed} writer writes to: it frames what it is given
 * and sends it through the connection's output buffer.
 *
 * <p>
 * Lifecycle:
 * <ol>
 * <li>Created open, after the response head was written.</li>
 * <li>The writer writes; {@link #flush()} sends what it wrote so far to the client. {@link #close()} only
 * flushes: ending the body is the server's call, not the writer's.</li>
 * <li>The server calls {@link #finish()}: it ends the framing and tells whether the body came out whole. After
 * it, writes throw.</li>
 * </ol>
 */
abstract sealed class BodySink extends OutputStream permits FixedLengthSink, ChunkedSink, CloseDelimitedSink {
    final ConnectionOutput output;
    private long written;
    private boolean finished;

    BodySink(ConnectionOutput output) {
        this.output = output;
    }

    /** Sends {@code b[off, off + len)} framed; {@code len} is positive. */
    abstract void send(byte[] b, int off, int len) throws IOException;

    /** Ends the framing; returns false when the body is not what its framing promised. */
    abstract boolean end() throws IOException;

    @Override
    public final void write(int b) throws IOException {
        write(new byte[]{(byte) b}, 0, 1);
    }

    @Override
    public final void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (finished) {
            throw new IOException("the response body is over; write it within Streamed.Writer.writeTo");
        }
        if (len > 0) {
            written += len;
            send(b, off, len);
        }
    }

    @Override
    public void flush() throws IOException {
        if (!finished) {
            output.flush();
        }
    }

    /** Flushes; the server, not the writer, ends the body. */
    @Override
    public final void close() throws IOException {
        flush();
    }

    /** The body bytes the writer wrote. */
    final long written() {
        return written;
    }

    /**
     * Ends the body once the writer returned.
     *
     * @return whether the body is whole; if not, the connection must be cut so the client sees it truncated
     */
    final boolean finish() throws IOException {
        finished = true;
        return end();
    }
}
