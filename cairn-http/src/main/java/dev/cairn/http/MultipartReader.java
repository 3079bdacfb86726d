package dev.cairn.http;

import dev.cairn.http.internal.Ascii;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the parts of one multipart body from a stream (RFC 2046 §5.1.1), each part whole but the body never
 * whole: the reader holds one buffer of at least 64 KiB and the content of the current part goes to its
 * {@link PartSink}.
 *
 * <pre>
 * preamble, ignored
 * --boundary[transport padding]CRLF
 * Content-Disposition: form-data; name="a"CRLF
 * CRLF
 * content, ending at the next CRLF--boundary
 * --boundary--[epilogue, not read]
 * </pre>
 *
 * <p>
 * Lifecycle:
 * <ol>
 * <li>The buffer starts with a CRLF that the stream never sent, so that the first boundary, which has no CRLF
 * before it, is found by the same search as every other delimiter ({@code CRLF--boundary}). Whatever precedes it
 * is preamble and is skipped.</li>
 * <li>After each delimiter, {@code --} means the body is complete and {@link #next()} returns null from then on;
 * the epilogue is left unread. Otherwise optional spaces and tabs, then a CRLF, must follow.</li>
 * <li>The header section runs to the first blank line ({@link PartHead}).</li>
 * <li>The content runs to the next delimiter, which a Boyer–Moore–Horspool search finds in the buffer; bytes that
 * cannot be the start of a delimiter go to the sink only when the buffer is full or the delimiter is found, so the
 * sink gets large writes even from a stream that returns one byte per read.</li>
 * <li>After an exception the body can no longer be trusted: {@link #next()} throws {@link IllegalStateException}.
 * {@link #close()} deletes the temporary file of a part not yet returned, and does not close the stream, which
 * belongs to the caller.</li>
 * </ol>
 * Not thread-safe.
 */
public final class MultipartReader implements Closeable {
    private static final String ENDED = "Multipart body ended before the closing boundary";
    private static final String NO_CRLF = "Multipart boundary not followed by CRLF";
    /** Spaces and tabs accepted after a boundary (RFC 2046 {@code transport-padding}); real senders send none. */
    private static final int MAX_PADDING = 256;

    private enum State {
        PREAMBLE, PARTS, DONE, FAILED, CLOSED
    }

    private final MultipartParser config;
    private final InputStream in;
    private final DelimiterSearch delimiter;
    private final byte[] buf;
    private int pos;
    private int limit;
    private long total;
    private int parts;
    private State state = State.PREAMBLE;
    private PartSink current;

    MultipartReader(MultipartParser config, InputStream in, String boundary) {
        this.config = config;
        this.in = in;
        this.delimiter = new DelimiterSearch(("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1));
        this.buf = new byte[Math.max(64 * 1024, config.maxHeaderSize() + 1024)];
        buf[0] = '\r';
        buf[1] = '\n';
        limit = 2;
    }

    /**
     * Reads the next part whole, or returns null after the closing boundary.
     *
     * @throws HttpException as listed on {@link MultipartParser}
     * @throws IOException   if the stream or a temporary file fails
     */
    public Part next() throws IOException, HttpException {
        if (state == State.DONE || state == State.CLOSED) {
            return null;
        }
        if (state == State.FAILED) {
            throw new IllegalStateException("MultipartReader failed earlier; the body cannot be read further");
        }
        try {
            if (state == State.PREAMBLE) {
                copyContent(null);
                state = State.PARTS;
            }
            if (!readBoundaryLineEnd()) {
                state = State.DONE;
                return null;
            }
            if (parts == config.maxParts()) {
                throw new HttpException(413, "Too many multipart parts");
            }
            parts++;
            PartHead head = readHead();
            current = new PartSink(config);
            copyContent(current);
            Part part = current.finish(head);
            current = null;
            return part;
        } catch (IOException | HttpException | RuntimeException e) {
            state = State.FAILED;
            discardCurrent();
            throw e;
        }
    }

    /** Copies bytes up to the next delimiter into {@code sink} (or drops them, for null) and skips the delimiter. */
    private void copyContent(PartSink sink) throws IOException, HttpException {
        int scanned = 0; // bytes after pos known not to start a delimiter
        while (true) {
            int at = delimiter.indexIn(buf, pos + scanned, limit);
            if (at >= 0) {
                emit(sink, at);
                pos = at + delimiter.length();
                return;
            }
            int safe = Math.max(pos, limit - delimiter.length() + 1);
            if (limit == buf.length) {
                emit(sink, safe);
            }
            scanned = safe - pos;
            if (!fill()) {
                throw new HttpException(400, ENDED);
            }
        }
    }

    private void emit(PartSink sink, int end) throws IOException, HttpException {
        if (sink != null && end > pos) {
            sink.write(buf, pos, end - pos);
        }
        pos = end;
    }

    /**
     * Reads what follows a delimiter: true and {@code pos} at the CRLF for another part, false for the close
     * delimiter's {@code --}.
     */
    private boolean readBoundaryLineEnd() throws IOException, HttpException {
        if (!ensure(2)) {
            throw new HttpException(400, ENDED);
        }
        if (buf[pos] == '-' && buf[pos + 1] == '-') {
            pos += 2;
            return false;
        }
        for (int padding = 0; padding <= MAX_PADDING; padding++) {
            if (!ensure(2)) {
                throw new HttpException(400, ENDED);
            }
            if (buf[pos] == '\r' && buf[pos + 1] == '\n') {
                return true;
            }
            if (!Ascii.isOws(buf[pos])) {
                break;
            }
            pos++;
        }
        throw new HttpException(400, NO_CRLF);
    }

    /** Reads the header section that starts with the boundary line's CRLF at {@code pos}. */
    private PartHead readHead() throws IOException, HttpException {
        int max = config.maxHeaderSize();
        int searched = 0;
        while (true) {
            int end = indexOfBlankLine(pos + searched);
            if (end >= 0) {
                if (end - (pos + 2) > max) {
                    throw new HttpException(400, "Multipart part headers too large");
                }
                PartHead head = PartHead.parse(buf, pos + 2, Math.max(pos + 2, end));
                pos = end + 4;
                return head;
            }
            // The section holds at least the bytes seen so far but the last three, which may begin the blank line
            if (limit - (pos + 2) - 3 > max) {
                throw new HttpException(400, "Multipart part headers too large");
            }
            searched = Math.max(0, limit - pos - 3);
            if (!fill()) {
                throw new HttpException(400, ENDED);
            }
        }
    }

    /** The index of CRLF CRLF at or after {@code from}, or -1. */
    private int indexOfBlankLine(int from) {
        for (int i = from; i + 3 < limit; i++) {
            if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Makes at least {@code n} unread bytes available; false at the end of the stream. */
    private boolean ensure(int n) throws IOException, HttpException {
        while (limit - pos < n) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads once from the stream into the buffer, first moving the unread bytes to its start when it is full;
     * false at the end of the stream.
     */
    private boolean fill() throws IOException, HttpException {
        if (limit == buf.length) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            return false;
        }
        total += n;
        if (total > config.maxTotalSize()) {
            throw new HttpException(413, "Multipart body too large");
        }
        limit += n;
        return true;
    }

    private void discardCurrent() {
        if (current != null) {
            current.discard();
            current = null;
        }
    }

    /** Deletes the temporary file of a part not yet returned; does not close the stream. */
    @Override
    public void close() {
        discardCurrent();
        state = State.CLOSED;
    }
}
