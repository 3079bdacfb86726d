package dev.cairn.http;

/**
 * Decodes a chunked request body (RFC 9112 §7.1) in place, sans-IO: the caller owns the buffer and reads the
 * body's data straight out of it, with no copy.
 *
 * <p>
 * Lifecycle:
 * <ol>
 * <li>The caller calls {@link #decode(byte[], int, int, int)} with the bytes it has after the head.</li>
 * <li>Each call consumes framing (chunk-size lines, extensions, CRLFs) and at most one run of data, and returns
 * the index it reached. If {@link #dataLength()} is then positive, the data is
 * {@code buf[dataStart(), dataStart() + dataLength())}, which lies before the returned index.</li>
 * <li>When the index returned equals {@code to} and no data came out, more bytes are needed.</li>
 * <li>After the last chunk and the trailer section, {@link #isComplete()} is true, {@link #trailers()} holds
 * the trailer fields, and the returned index is the first byte of the next request.</li>
 * </ol>
 *
 * <p>
 * Errors, each an {@link HttpException}: 400 for a bad chunk size (including one that overflows a long), a
 * missing CRLF, a bad extension or trailer field, or a chunk line or trailer section longer than
 * {@link HttpLimits#maxChunkLine()}; 413 when the body grows past {@link HttpLimits#maxBodyBytes()}.
 */
public final class ChunkedDecoder {
    private final HttpLimits limits;

    /** A decoder for one body, enforcing these limits. */
    public ChunkedDecoder(HttpLimits limits) {
        this.limits = limits;
    }

    /**
     * Decodes from {@code buf[from, to)}, handing out at most {@code maxData} bytes of data.
     *
     * @return the index just past what was consumed
     * @throws HttpException when the framing is malformed or over a limit
     */
    public int decode(byte[] buf, int from, int to, int maxData) throws HttpException {
        throw new UnsupportedOperationException("not yet: " + limits);
    }

    /** Where the data handed out by the last {@link #decode} starts in the buffer. */
    public int dataStart() {
        throw new UnsupportedOperationException("not yet");
    }

    /** How many data bytes the last {@link #decode} handed out; 0 if none. */
    public int dataLength() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Whether the last chunk and the trailers have been read. */
    public boolean isComplete() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The trailer fields, empty until {@link #isComplete()}. */
    public Headers trailers() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The total number of data bytes decoded so far. */
    public long bodyBytes() {
        throw new UnsupportedOperationException("not yet");
    }
}
