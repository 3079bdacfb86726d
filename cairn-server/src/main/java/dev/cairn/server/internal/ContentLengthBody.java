package dev.cairn.server.internal;

import dev.cairn.http.Headers;
import dev.cairn.http.HttpException;
import java.io.IOException;

/** A request body of {@code Content-Length} bytes (RFC 9112 §6.2): it hands out exactly that many, then -1. */
final class ContentLengthBody extends WireBody {
    private final long length;
    private long remaining;

    ContentLengthBody(ConnectionInput input, ConnectionOutput output, boolean expectContinue, long readTimeoutNanos,
            long length) {
        super(input, output, expectContinue, readTimeoutNanos);
        this.length = length;
        this.remaining = length;
    }

    @Override
    int advance(int max) throws IOException, HttpException {
        if (remaining == 0) {
            return -1;
        }
        if (input.available() == 0) {
            fill();
        }
        int n = (int) Math.min(Math.min(max, remaining), input.available());
        dataAt = input.start;
        input.start += n;
        remaining -= n;
        return n;
    }

    @Override
    boolean complete() {
        return remaining == 0;
    }

    @Override
    boolean knownLongerThan(long max) {
        return remaining > max;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public Headers trailers() {
        return Headers.empty();
    }

    @Override
    public int available() {
        return (int) Math.min(remaining, input.available());
    }
}
