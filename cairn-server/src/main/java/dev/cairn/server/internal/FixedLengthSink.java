package dev.cairn.server.internal;

import java.io.IOException;

/**
 * A streamed body with the application's own {@code Content-Length} (RFC 9112 §6.2): the bytes go out as
 * written, and a writer that writes more or fewer than declared costs the connection.
 */
final class FixedLengthSink extends BodySink {
    private final long length;

    FixedLengthSink(ConnectionOutput output, long length) {
        super(output);
        this.length = length;
    }

    @Override
    void send(byte[] b, int off, int len) throws IOException {
        if (written() > length) {
            throw new IOException("the streamed body is longer than its Content-Length of " + length);
        }
        output.write(b, off, len);
    }

    @Override
    boolean end() {
        return written() == length;
    }
}
