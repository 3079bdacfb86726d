package dev.cairn.http.internal;

import dev.cairn.http.Headers;
import dev.cairn.http.HttpException;
import java.util.Arrays;

/**
 * Scans a field section (RFC 9112 §5, RFC 9110 §5) incrementally: field lines up to and including the empty line
 * that ends the section, shared by the request head and the chunked trailer section.
 *
 * <p>
 * Each line is checked as its octets arrive: a token name ({@code > Host}) directly followed by a colon, then a
 * value of VCHAR, obs-text, SP and HTAB ({@code > Host: example.com}), ending in CRLF. When a line's CRLF arrives
 * its name and OWS-trimmed value become Strings, are stored, and are handed to a {@link Sink} that may reject
 * them. Positions are kept relative to a base index, so the caller may move its bytes between calls as long as
 * the ones already seen keep their offsets from the base.
 */
public final class FieldScanner {
    /** Receives each complete field line, and may reject it. */
    public interface Sink {
        /** Inspects one field line's name and OWS-trimmed value, in order of arrival. */
        void field(String name, String value) throws HttpException;
    }

    /** The message for an LF that no CR precedes, wherever a line may end. */
    public static final String BARE_LF = "Line ends in LF without CR";
    /** The message for a CR that no LF follows. */
    public static final String BARE_CR = "CR not followed by LF";
    private static final String WHITESPACE_FIRST = "Whitespace before the first header field";
    private static final String OBS_FOLD = "Obsolete line folding in header field";
    private static final String TOO_MANY = "Too many header fields";
    private static final String EMPTY_NAME = "Empty header name";
    private static final String WHITESPACE_NAME = "Whitespace in header name";
    private static final String INVALID_NAME = "Invalid character in header name";
    private static final String MISSING_COLON = "Missing colon in header field";
    private static final String INVALID_VALUE = "Invalid character in header value";

    private static final int LINE_START = 0;
    private static final int NAME = 1;
    private static final int VALUE = 2;
    private static final int LINE_LF = 3;
    private static final int END_LF = 4;
    private static final int DONE = 5;

    private final int maxFields;
    private int state;
    /** Where the current line starts, where its colon is, and where its CR is, relative to the base. */
    private int lineStart;
    private int colon;
    private int cr;
    private String[] fields = new String[32];
    private int size;

    /** A scanner that answers 431 when a section has more than {@code maxFields} lines. */
    public FieldScanner(int maxFields) {
        this.maxFields = maxFields;
    }

    /**
     * Scans {@code buf[i, limit)}, stopping at {@code limit} or just past the empty line that ends the section.
     *
     * @param base the index the caller's offsets are relative to; the same octets must stay at the same offsets
     * @return the index reached
     */
    public int scan(byte[] buf, int base, int i, int limit, Sink sink) throws HttpException {
        while (i < limit) {
            switch (state) {
                case LINE_START -> i = lineStart(buf, base, i);
                case NAME -> {
                    i = Ascii.skipTchars(buf, i, limit);
                    if (i < limit) {
                        i = nameEnd(buf, base, i);
                    }
                }
                case VALUE -> {
                    i = Ascii.skipFieldChars(buf, i, limit);
                    if (i < limit) {
                        i = valueEnd(buf, base, i);
                    }
                }
                case LINE_LF -> {
                    expectLf(buf[i]);
                    endLine(buf, base, sink);
                    state = LINE_START;
                    i++;
                }
                case END_LF -> {
                    expectLf(buf[i]);
                    state = DONE;
                    return i + 1;
                }
                default -> {
                    return i;
                }
            }
        }
        return i;
    }

    /** Whether the empty line ending the section has been scanned. */
    public boolean isDone() {
        return state == DONE;
    }

    /** The fields scanned, handed over without a copy; call {@link #reset()} before scanning again. */
    public Headers fields() {
        Headers h = Headers.wrap(fields, size);
        if (size > 0) {
            fields = new String[Math.max(32, size * 2)];
            size = 0;
        }
        return h;
    }

    /** Forgets the section scanned so far. */
    public void reset() {
        state = LINE_START;
        if (size > 0) {
            Arrays.fill(fields, 0, size * 2, null);
            size = 0;
        }
    }

    // > Host: example.com      a name starts a line; the empty line ends the section
    // >  folded                SP or HTAB would start an obsolete fold (RFC 9112 §5.2)
    private int lineStart(byte[] buf, int base, int i) throws HttpException {
        byte c = buf[i];
        if (c == Ascii.CR) {
            state = END_LF;
            return i + 1;
        }
        if (c == Ascii.SP || c == Ascii.HTAB) {
            // RFC 9112 §2.2 and §5.2: whitespace here is either before the first field or an obs-fold.
            throw bad(size == 0 ? WHITESPACE_FIRST : OBS_FOLD);
        }
        if (c == Ascii.LF) {
            throw bad(BARE_LF);
        }
        if (size == maxFields) {
            throw new HttpException(431, TOO_MANY);
        }
        lineStart = i - base;
        state = NAME;
        return i;
    }

    private int nameEnd(byte[] buf, int base, int i) throws HttpException {
        byte c = buf[i];
        if (c == ':') {
            if (i - base == lineStart) {
                throw bad(EMPTY_NAME);
            }
            colon = i - base;
            state = VALUE;
            return i + 1;
        }
        // RFC 9112 §5.1: no whitespace is allowed between the name and the colon.
        throw bad(switch (c) {
            case Ascii.SP, Ascii.HTAB -> WHITESPACE_NAME;
            case Ascii.CR -> MISSING_COLON;
            case Ascii.LF -> BARE_LF;
            default -> INVALID_NAME;
        });
    }

    private int valueEnd(byte[] buf, int base, int i) throws HttpException {
        byte c = buf[i];
        if (c == Ascii.CR) {
            cr = i - base;
            state = LINE_LF;
            return i + 1;
        }
        throw bad(c == Ascii.LF ? BARE_LF : INVALID_VALUE);
    }

    private void endLine(byte[] buf, int base, Sink sink) throws HttpException {
        int a = base + colon + 1;
        int b = base + cr;
        while (a < b && Ascii.isOws(buf[a])) {
            a++;
        }
        while (b > a && Ascii.isOws(buf[b - 1])) {
            b--;
        }
        String name = KnownStrings.FIELD_NAMES.of(buf, base + lineStart, colon - lineStart);
        String value = KnownStrings.FIELD_VALUES.of(buf, a, b - a);
        if (size * 2 == fields.length) {
            fields = Arrays.copyOf(fields, fields.length * 2);
        }
        fields[size * 2] = name;
        fields[size * 2 + 1] = value;
        size++;
        sink.field(name, value);
    }

    private static void expectLf(byte c) throws HttpException {
        if (c != Ascii.LF) {
            throw bad(BARE_CR);
        }
    }

    private static HttpException bad(String message) {
        return new HttpException(400, message);
    }
}
