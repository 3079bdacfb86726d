package dev.cairn.server.internal;

import java.io.IOException;

/**
 * A streamed body of unknown length to an HTTP/1.0 client, which knows no chunks: the bytes go out as written
 * and closing the connection ends the body (RFC 9112 §6.3, rule 8).
 */
final class CloseDelimitedSink extends BodySink {

    CloseDelimitedSink(ConnectionOutput output) {
        super(output);
    }

    @Override
    void send(byte[] b, int off, int len) throws IOException {
        output.write(b, off, len);
    }

    @Override
    boolean end() {
        return true;
    }
}
