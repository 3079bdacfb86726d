package dev.cairn.server.internal;

import dev.cairn.http.ChunkedEncoder;
import java.io.IOException;

/**
 * A streamed body of unknown length to an HTTP/1.1 client, sent chunked (RFC 9112 §7.1). Small writes gather
 * into one chunk until the writer flushes or the chunk fills, so a writer that writes a byte at a time does not
 * pay six bytes of framing for each.
 *
 * <pre>
 * // < 1f4\r\n
 * // < (500 bytes)\r\n
 * // < 0\r\n
 * // < \r\n
 * </pre>
 */
final class ChunkedSink extends BodySink {
    private static final int CHUNK = 4 * 1024;

    private final byte[] header = new byte[ChunkedEncoder.MAX_CHUNK_HEADER];
    private byte[] pending;
    private int count;

    ChunkedSink(ConnectionOutput output) {
        super(output);
    }

    @Override
    void send(byte[] b, int off, int len) throws IOException {
        if (len >= CHUNK) {
            sendPending();
            chunk(b, off, len);
            return;
        }
        if (pending == null) {
            pending = new byte[CHUNK];
        }
        if (len > CHUNK - count) {
            sendPending();
        }
        System.arraycopy(b, off, pending, count, len);
        count += len;
    }

    @Override
    public void flush() throws IOException {
        sendPending();
        super.flush();
    }

    @Override
    boolean end() throws IOException {
        sendPending();
        output.write(ChunkedEncoder.LAST_CHUNK);
        return true;
    }

    private void sendPending() throws IOException {
        if (count > 0) {
            int n = count;
            count = 0;
            chunk(pending, 0, n);
        }
    }

    private void chunk(byte[] b, int off, int len) throws IOException {
        output.write(header, 0, ChunkedEncoder.writeChunkHeader(header, 0, len));
        output.write(b, off, len);
        output.write(ChunkedEncoder.CRLF);
    }
}
