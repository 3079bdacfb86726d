package dev.cairn.http;

import dev.cairn.http.internal.Ascii;
import dev.cairn.http.internal.ChunkLineScanner;
import dev.cairn.http.internal.FieldScanner;
import java.util.Arrays;
import java.util.Objects;

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
 *
 * <p>
 * Details of the contract: every byte passed is consumed (partial lines are remembered, not handed back), so
 * the caller may discard the bytes before the returned index; the 413 comes as soon as a chunk-size line
 * declares more than the limit allows, before its data arrives; the trailer limit counts the trailer field lines
 * with their CRLFs, not the empty line that ends them; after an error, {@code decode} throws the same error
 * again; after completion it consumes nothing; a {@code maxData} of 0 hands out nothing and stops at the data.
 * {@link #reset()} readies the decoder for another body.
 */
public final class ChunkedDecoder {
    static final String MISSING_CRLF = "Missing CRLF after chunk data";
    static final String TRAILERS_TOO_LONG = "Trailer section too long";
    static final String BODY_TOO_LARGE = "Chunked body exceeds the body limit";

    /** Trailer fields are kept as they are: they stay apart from the header section (RFC 9110 §6.5.1). */
    private static final FieldScanner.Sink KEEP = (name, value) -> {};

    private static final int CHUNK_LINE = 0;
    private static final int DATA = 1;
    private static final int DATA_CR = 2;
    private static final int DATA_LF = 3;
    private static final int TRAILERS = 4;
    private static final int COMPLETE = 5;

    private final HttpLimits limits;
    private final ChunkLineScanner line;
    private FieldScanner trailerScanner;
    /** The trailer section so far, copied because the caller may discard what was consumed. */
    private byte[] trailerBytes;
    private int trailerLength;
    private Headers trailers = Headers.empty();
    private int state;
    private long remaining;
    private long declared;
    private long bodyBytes;
    private int dataStart;
    private int dataLength;
    private HttpException failure;

    /** A decoder for one body, enforcing these limits. */
    public ChunkedDecoder(HttpLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.line = new ChunkLineScanner(limits.maxChunkLine());
    }

    /**
     * Decodes from {@code buf[from, to)}, handing out at most {@code maxData} bytes of data.
     *
     * @return the index just past what was consumed
     * @throws HttpException when the framing is malformed or over a limit
     */
    public int decode(byte[] buf, int from, int to, int maxData) throws HttpException {
        Objects.checkFromToIndex(from, to, buf.length);
        dataLength = 0;
        if (failure != null) {
            throw failure;
        }
        try {
            int i = from;
            while (i < to && state != COMPLETE) {
                switch (state) {
                    case CHUNK_LINE -> i = chunkLine(buf, i, to);
                    case DATA -> {
                        return data(i, to, maxData);
                    }
                    case DATA_CR -> i = dataEnd(buf[i], Ascii.CR, DATA_LF, i);
                    case DATA_LF -> i = dataEnd(buf[i], Ascii.LF, CHUNK_LINE, i);
                    default -> i = trailers(buf, i, to);
                }
            }
            return i;
        } catch (HttpException e) {
            failure = e;
            throw e;
        }
    }

    /** Where the data handed out by the last {@link #decode} starts in the buffer. */
    public int dataStart() {
        return dataStart;
    }

    /** How many data bytes the last {@link #decode} handed out; 0 if none. */
    public int dataLength() {
        return dataLength;
    }

    /** Whether the last chunk and the trailers have been read. */
    public boolean isComplete() {
        return state == COMPLETE;
    }

    /** The trailer fields, empty until {@link #isComplete()}. */
    public Headers trailers() {
        return trailers;
    }

    /** The total number of data bytes decoded so far. */
    public long bodyBytes() {
        return bodyBytes;
    }

    /** Forgets the body decoded so far, ready to decode another with the same limits. */
    public void reset() {
        line.reset();
        trailers = Headers.empty();
        trailerLength = 0;
        if (trailerScanner != null) {
            trailerScanner.reset();
        }
        state = CHUNK_LINE;
        remaining = 0;
        declared = 0;
        bodyBytes = 0;
        dataStart = 0;
        dataLength = 0;
        failure = null;
    }

    // > 1a;ext=value      the chunk's size in hex, then its data; a size of 0 starts the trailer section
    private int chunkLine(byte[] buf, int i, int to) throws HttpException {
        i = line.scan(buf, i, to);
        if (line.isDone()) {
            long size = line.size();
            line.reset();
            if (size > limits.maxBodyBytes() - declared) {
                throw new HttpException(413, BODY_TOO_LARGE);
            }
            declared += size;
            remaining = size;
            state = size == 0 ? TRAILERS : DATA;
        }
        return i;
    }

    private int data(int i, int to, int maxData) {
        int n = (int) Math.min(remaining, Math.min(to - i, Math.max(maxData, 0)));
        dataStart = i;
        dataLength = n;
        remaining -= n;
        bodyBytes += n;
        if (remaining == 0) {
            state = DATA_CR;
        }
        return i + n;
    }

    private int dataEnd(byte c, byte expected, int next, int i) throws HttpException {
        if (c != expected) {
            throw new HttpException(400, MISSING_CRLF);
        }
        state = next;
        return i + 1;
    }

    // > Expires: Tue, 1 Jul 2025 00:00:00 GMT      trailer fields have the header fields' syntax (RFC 9112 §7.1.2)
    private int trailers(byte[] buf, int i, int to) throws HttpException {
        if (trailerLength == 0 && buf[i] == Ascii.CR && to - i >= 2 && buf[i + 1] == Ascii.LF) {
            state = COMPLETE; // no trailers, the common case: nothing to copy
            return i + 2;
        }
        // The field lines, then the CRLF of the empty line (and no overflow for a limit near Integer.MAX_VALUE).
        int room = (int) Math.min(Integer.MAX_VALUE - 8, limits.maxChunkLine() + 2L);
        if (trailerBytes == null) {
            trailerBytes = new byte[Math.min(room, 256)];
            trailerScanner = new FieldScanner(Integer.MAX_VALUE);
        }
        int n = Math.min(to - i, room - trailerLength);
        if (trailerLength + n > trailerBytes.length) {
            trailerBytes = Arrays.copyOf(trailerBytes, Math.min(room, Math.max(trailerLength + n, trailerLength * 2)));
        }
        System.arraycopy(buf, i, trailerBytes, trailerLength, n);
        int reached = trailerScanner.scan(trailerBytes, 0, trailerLength, trailerLength + n, KEEP);
        int consumed = reached - trailerLength;
        trailerLength = reached;
        if (trailerScanner.isDone()) {
            trailers = trailerScanner.fields();
            state = COMPLETE;
        } else if (trailerLength == room && to - i > n) {
            throw new HttpException(400, TRAILERS_TOO_LONG);
        }
        return i + consumed;
    }
}
