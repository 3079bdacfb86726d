package dev.cairn.server.internal;

import dev.cairn.http.ChunkedDecoder;
import dev.cairn.http.Headers;
import dev.cairn.http.HttpException;
import java.io.IOException;

/**
 * A chunked request body (RFC 9112 §7.1), decoded in place by {@link ChunkedDecoder}: the data is handed out
 * from the input buffer, the framing skipped, and the trailer fields kept for {@link #trailers()}.
 *
 * <pre>
 * // > 5\r\n
 * // > hello\r\n
 * // > 0\r\n
 * // > Checksum: 1234\r\n
 * // > \r\n
 * </pre>
 */
final class ChunkedBody extends WireBody {
    private final ChunkedDecoder decoder;

    ChunkedBody(ConnectionInput input, ConnectionOutput output, boolean expectContinue, long readTimeoutNanos,
            ChunkedDecoder decoder) {
        super(input, output, expectContinue, readTimeoutNanos);
        this.decoder = decoder;
    }

    @Override
    int advance(int max) throws IOException, HttpException {
        while (!decoder.isComplete()) {
            if (input.start < input.end) {
                int from = input.start;
                input.start = decoder.decode(input.buf, from, input.end, max);
                int n = decoder.dataLength();
                if (n > 0) {
                    dataAt = decoder.dataStart();
                    return n;
                }
                if (input.start != from) {
                    continue;
                }
            }
            fill();
        }
        return -1;
    }

    @Override
    boolean complete() {
        return decoder.isComplete();
    }

    @Override
    boolean knownLongerThan(long max) {
        return false;
    }

    @Override
    public long length() {
        return -1;
    }

    @Override
    public Headers trailers() {
        return decoder.isComplete() ? decoder.trailers() : Headers.empty();
    }
}
