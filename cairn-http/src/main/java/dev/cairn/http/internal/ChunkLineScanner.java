package dev.cairn.http.internal;

import dev.cairn.http.HttpException;

/**
 * Scans one chunk-size line (RFC 9112 §7.1 and §7.1.1) an octet at a time, keeping nothing but its state, so a
 * line may arrive in any number of pieces:
 *
 * <pre>
 * chunk-size [ chunk-ext ] CRLF
 * chunk-ext  = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )
 * > 1a;name="quoted \" value";flag
 * </pre>
 *
 * <p>
 * Extensions are checked and skipped: no registered extension means anything to a server. Whitespace is allowed
 * only where the grammar's BWS is, so {@code 1a \r\n} and {@code  1a\r\n} are errors
 * while {@code 1a ; x = y\r\n} is not.
 */
public final class ChunkLineScanner {
    private static final String INVALID_SIZE = "Invalid chunk size";
    private static final String SIZE_OVERFLOW = "Chunk size overflows";
    private static final String INVALID_EXTENSION = "Invalid chunk extension";
    private static final String LINE_TOO_LONG = "Chunk line too long";

    private static final int SIZE_FIRST = 0;
    private static final int SIZE = 1;
    private static final int SIZE_BWS = 13;
    private static final int BWS_BEFORE_SEMICOLON = 2;
    private static final int BWS_BEFORE_NAME = 3;
    private static final int NAME = 4;
    private static final int BWS_AFTER_NAME = 5;
    private static final int BWS_BEFORE_VALUE = 6;
    private static final int TOKEN_VALUE = 7;
    private static final int QUOTED_VALUE = 8;
    private static final int QUOTED_PAIR = 9;
    private static final int AFTER_QUOTED = 10;
    private static final int LF = 11;
    private static final int DONE = 12;

    private final int maxLine;
    private int state;
    private int length;
    private long size;

    /** A scanner that answers 400 for a line longer than {@code maxLine} octets, CRLF excluded. */
    public ChunkLineScanner(int maxLine) {
        this.maxLine = maxLine;
    }

    /**
     * Scans {@code buf[i, to)}, stopping at {@code to} or just past the line's LF.
     *
     * @return the index reached
     */
    public int scan(byte[] buf, int i, int to) throws HttpException {
        while (i < to && state != DONE) {
            byte c = buf[i++];
            if (state == LF) {
                if (c != Ascii.LF) {
                    throw bad(FieldScanner.BARE_CR);
                }
                state = DONE;
            } else if (c == Ascii.CR) {
                endLine();
            } else if (c == Ascii.LF) {
                throw bad(FieldScanner.BARE_LF);
            } else {
                if (++length > maxLine) {
                    throw bad(LINE_TOO_LONG);
                }
                state = next(c);
            }
        }
        return i;
    }

    /** Whether the line, with its CRLF, has been scanned. */
    public boolean isDone() {
        return state == DONE;
    }

    /** The chunk size the line declared; valid once {@link #isDone()}. */
    public long size() {
        return size;
    }

    /** Prepares for the next chunk's line. */
    public void reset() {
        state = SIZE_FIRST;
        length = 0;
        size = 0;
    }

    private void endLine() throws HttpException {
        switch (state) {
            case SIZE, NAME, TOKEN_VALUE, AFTER_QUOTED -> state = LF;
            case SIZE_FIRST, SIZE_BWS -> throw bad(INVALID_SIZE);
            default -> throw bad(INVALID_EXTENSION);
        }
    }

    private int next(byte c) throws HttpException {
        boolean ws = c == Ascii.SP || c == Ascii.HTAB;
        return switch (state) {
            case SIZE_FIRST -> digit(c);
            case SIZE -> c == ';' ? BWS_BEFORE_NAME : ws ? SIZE_BWS : digit(c);
            case SIZE_BWS -> c == ';' ? BWS_BEFORE_NAME : ws ? SIZE_BWS : badSize();
            case BWS_BEFORE_SEMICOLON, AFTER_QUOTED -> c == ';' ? BWS_BEFORE_NAME : ws ? BWS_BEFORE_SEMICOLON : ext();
            case BWS_BEFORE_NAME -> ws ? BWS_BEFORE_NAME : Ascii.isTchar(c) ? NAME : ext();
            case NAME, BWS_AFTER_NAME -> afterName(c, ws);
            case BWS_BEFORE_VALUE -> valueStart(c, ws);
            case TOKEN_VALUE -> tokenValue(c, ws);
            case QUOTED_VALUE -> quoted(c);
            default -> Ascii.isFieldChar(c) ? QUOTED_VALUE : ext(); // QUOTED_PAIR (RFC 9110 §5.6.4)
        };
    }

    private int afterName(byte c, boolean ws) throws HttpException {
        if (c == '=') {
            return BWS_BEFORE_VALUE;
        }
        if (c == ';') {
            return BWS_BEFORE_NAME;
        }
        if (ws) {
            return BWS_AFTER_NAME;
        }
        return state == NAME && Ascii.isTchar(c) ? NAME : ext();
    }

    // chunk-ext-val = token / quoted-string
    private int valueStart(byte c, boolean ws) throws HttpException {
        if (ws) {
            return BWS_BEFORE_VALUE;
        }
        if (c == '"') {
            return QUOTED_VALUE;
        }
        return Ascii.isTchar(c) ? TOKEN_VALUE : ext();
    }

    private int tokenValue(byte c, boolean ws) throws HttpException {
        if (c == ';') {
            return BWS_BEFORE_NAME;
        }
        if (ws) {
            return BWS_BEFORE_SEMICOLON;
        }
        return Ascii.isTchar(c) ? TOKEN_VALUE : ext();
    }

    // qdtext = HTAB / SP / %x21 / %x23-5B / %x5D-7E / obs-text (RFC 9110 §5.6.4)
    private int quoted(byte c) throws HttpException {
        if (c == '"') {
            return AFTER_QUOTED;
        }
        if (c == '\\') {
            return QUOTED_PAIR;
        }
        return Ascii.isFieldChar(c) ? QUOTED_VALUE : ext();
    }

    private int digit(byte c) throws HttpException {
        int v = Ascii.hexValue(c);
        if (v < 0) {
            throw bad(INVALID_SIZE);
        }
        if (size > Long.MAX_VALUE >>> 4) {
            throw bad(SIZE_OVERFLOW);
        }
        size = (size << 4) | v;
        return SIZE;
    }

    private static int badSize() throws HttpException {
        throw bad(INVALID_SIZE);
    }

    private static int ext() throws HttpException {
        throw bad(INVALID_EXTENSION);
    }

    private static HttpException bad(String message) {
        return new HttpException(400, message);
    }
}
