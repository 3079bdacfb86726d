package dev.cairn.http;

import dev.cairn.http.internal.Ascii;
import dev.cairn.http.internal.FieldScanner;
import dev.cairn.http.internal.KnownStrings;
import dev.cairn.http.internal.RequestFraming;
import dev.cairn.http.internal.RequestLineRules;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Parses one request head from bytes, strictly (RFC 9112 §2–§7, RFC 9110 §5): sans-IO, so the caller owns the
 * buffer and the socket.
 *
 * <p>
 * Lifecycle, for each request on a connection:
 * <ol>
 * <li>The caller appends bytes to its buffer and calls {@link #parse(byte[], int, int)} with the whole unparsed
 * range, from the start of the head to the end of the bytes it has.</li>
 * <li>While the head is incomplete it returns null and remembers how far it has scanned, so calling again with
 * more bytes costs only the new bytes. It throws as soon as the bytes seen break a rule or a limit, without
 * waiting for the rest.</li>
 * <li>When the head is complete it returns the {@link RequestHead}; {@link #headLength()} is then the number of
 * bytes it used, and the body (if any) starts right after them.</li>
 * <li>{@link #reset()} prepares for the next request's head.</li>
 * </ol>
 *
 * <p>
 * Errors, each an {@link HttpException} whose status the server answers before it closes the connection:
 * 400 for bad syntax, a missing or repeated Host in HTTP/1.1, a bad or conflicting Content-Length,
 * Content-Length with Transfer-Encoding, and a Transfer-Encoding not ending in chunked; 414 for a request line
 * longer than {@link HttpLimits#maxRequestLine()}; 431 for a head longer than {@link HttpLimits#maxHeadBytes()}
 * or with more than {@link HttpLimits#maxHeaderCount()} fields; 413 for a Content-Length above
 * {@link HttpLimits#maxBodyBytes()}; 501 for CONNECT and for an unknown transfer coding; 505 for an HTTP version
 * other than 1.0 and 1.1.
 *
 * <p>
 * Details of the contract: empty lines before the request line are skipped (RFC 9112 §2.2) and count towards
 * {@link #headLength()} and the head limit; {@code 417} answers an {@code Expect} other than
 * {@code 100-continue}; every error is reported at the first octet that breaks a rule, so feeding a head in any
 * number of pieces gives the same result and the same message as feeding it whole. The caller may move the
 * unparsed bytes between calls (grow or compact its buffer) provided they keep their offsets from {@code from}.
 * After an error, {@code parse} throws the same error until {@link #reset()}; after success, it returns the same
 * head until {@link #reset()}.
 *
 * <p>
 * Not thread-safe: one parser per connection.
 */
public final class RequestHeadParser {
    static final String BARE_CR = FieldScanner.BARE_CR;
    static final String BARE_LF = FieldScanner.BARE_LF;
    static final String MISSING_METHOD = "Missing method";
    static final String INVALID_METHOD = "Invalid character in method";
    static final String MISSING_TARGET = "Missing request target";
    static final String INVALID_TARGET = "Invalid character in request target";
    static final String MALFORMED_LINE = "Malformed request line";
    static final String LINE_TOO_LONG = "Request line too long";
    static final String HEAD_TOO_LARGE = "Request head too large";

    // Where the scan is: the request line's parts, each ending at one octet, then the field section.
    private static final int START = 0;
    private static final int START_LF = 1;
    private static final int METHOD = 2;
    private static final int TARGET = 3;
    private static final int VERSION = 4;
    private static final int LINE_LF = 5;
    private static final int FIELDS = 6;

    private final HttpLimits limits;
    private final FieldScanner fields;
    private final RequestFraming framing;

    private int state;
    /** Offsets relative to {@code from}: the next octet to scan, and the request line's landmarks. */
    private int scanned;
    private int lineStart;
    private int methodEnd;
    private int targetEnd;
    private String method;
    private String target;
    private HttpVersion version;
    private RequestHead head;
    private HttpException failure;
    private int headLength;

    /** A parser enforcing these limits. */
    public RequestHeadParser(HttpLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.fields = new FieldScanner(limits.maxHeaderCount());
        this.framing = new RequestFraming(limits.maxBodyBytes());
    }

    /**
     * Parses the head starting at {@code buf[from]}, using bytes up to {@code buf[to - 1]}.
     *
     * @return the head once complete, or null while more bytes are needed
     * @throws HttpException when the bytes break a rule or a limit
     */
    public RequestHead parse(byte[] buf, int from, int to) throws HttpException {
        Objects.checkFromToIndex(from, to, buf.length);
        if (head != null) {
            return head;
        }
        if (failure != null) {
            throw failure;
        }
        try {
            // Octets past the head limit are never looked at: having them without a complete head is the 431.
            int limit = to - from > limits.maxHeadBytes() ? from + limits.maxHeadBytes() : to;
            int i = from + scanned;
            if (state != FIELDS) {
                i = scanRequestLine(buf, from, i, limit);
            }
            if (state == FIELDS) {
                i = fields.scan(buf, from, i, limit, framing);
                if (fields.isDone()) {
                    headLength = i - from;
                    head = finish();
                    return head;
                }
            }
            scanned = i - from;
            if (limit < to) {
                throw new HttpException(431, HEAD_TOO_LARGE);
            }
            return null;
        } catch (HttpException e) {
            failure = e;
            throw e;
        }
    }

    /**
     * How many bytes, from {@code from}, the head returned by the last successful parse took; 0 before the first.
     * {@link #reset()} leaves it unchanged, so it may be read after resetting.
     */
    public int headLength() {
        return headLength;
    }

    /** Forgets any partial head, ready to parse the next request. */
    public void reset() {
        state = START;
        scanned = 0;
        method = null;
        target = null;
        version = null;
        head = null;
        failure = null;
        fields.reset();
    }

    // > GET /index.html HTTP/1.1      method SP request-target SP HTTP-version CRLF (RFC 9112 §3)
    private int scanRequestLine(byte[] buf, int from, int i, int limit) throws HttpException {
        while (i < limit && state != FIELDS) {
            // An octet at this index makes the line longer than the limit, unless it is the line's CR.
            int tooLong = (int) Math.min(Integer.MAX_VALUE, (long) from + lineStart + limits.maxRequestLine());
            switch (state) {
                case START -> i = skipEmptyLine(buf, from, i);
                case START_LF, LINE_LF -> i = lineFeed(buf, from, i);
                case METHOD -> {
                    i = Ascii.skipTchars(buf, i, Math.min(limit, tooLong));
                    if (i < limit) {
                        i = methodEnd(buf, from, i, i == tooLong);
                    }
                }
                case TARGET -> {
                    i = Ascii.skipVchars(buf, i, Math.min(limit, tooLong));
                    if (i < limit) {
                        i = targetEnd(buf, from, i, i == tooLong);
                    }
                }
                default -> i = versionOctet(buf, from, i, i == tooLong);
            }
        }
        return i;
    }

    // RFC 9112 §2.2: a server SHOULD ignore at least one empty line before the request line.
    private int skipEmptyLine(byte[] buf, int from, int i) throws HttpException {
        byte c = buf[i];
        if (c == Ascii.CR) {
            state = START_LF;
            return i + 1;
        }
        if (c == Ascii.LF) {
            throw bad(BARE_LF);
        }
        lineStart = i - from;
        state = METHOD;
        return i;
    }

    private int lineFeed(byte[] buf, int from, int i) throws HttpException {
        if (buf[i] != Ascii.LF) {
            throw bad(BARE_CR);
        }
        if (state == START_LF) {
            state = START;
        } else {
            endRequestLine(buf, from);
            state = FIELDS;
        }
        return i + 1;
    }

    private int methodEnd(byte[] buf, int from, int i, boolean tooLong) throws HttpException {
        byte c = buf[i];
        checkLength(c, tooLong);
        if (c == Ascii.SP) {
            if (i - from == lineStart) {
                throw bad(MISSING_METHOD);
            }
            methodEnd = i - from;
            state = TARGET;
            return i + 1;
        }
        throw bad(unexpected(c, INVALID_METHOD));
    }

    private int targetEnd(byte[] buf, int from, int i, boolean tooLong) throws HttpException {
        byte c = buf[i];
        checkLength(c, tooLong);
        if (c == Ascii.SP) {
            if (i - from == methodEnd + 1) {
                throw bad(MISSING_TARGET); // two SPs: RFC 9112 §3 allows exactly one
            }
            targetEnd = i - from;
            state = VERSION;
            return i + 1;
        }
        throw bad(unexpected(c, INVALID_TARGET));
    }

    // The version is eight octets, HTTP/d.d, judged as soon as the eighth arrives; the ninth must be the CR.
    private int versionOctet(byte[] buf, int from, int i, boolean tooLong) throws HttpException {
        byte c = buf[i];
        checkLength(c, tooLong);
        int versionStart = from + targetEnd + 1;
        if (c == Ascii.CR) {
            if (version == null) {
                throw bad(RequestLineRules.MALFORMED_VERSION);
            }
            state = LINE_LF;
            return i + 1;
        }
        if (c == Ascii.LF) {
            throw bad(BARE_LF);
        }
        if (version != null || !Ascii.isVchar(c)) {
            throw bad(RequestLineRules.MALFORMED_VERSION);
        }
        if (i - versionStart == 7) {
            version = RequestLineRules.version(buf, versionStart, 8);
        }
        return i + 1;
    }

    private static void checkLength(byte c, boolean tooLong) throws HttpException {
        if (tooLong && c != Ascii.CR) {
            throw new HttpException(414, LINE_TOO_LONG);
        }
    }

    private static String unexpected(byte c, String otherwise) {
        return switch (c) {
            case Ascii.CR -> MALFORMED_LINE;
            case Ascii.LF -> BARE_LF;
            default -> otherwise;
        };
    }

    private void endRequestLine(byte[] buf, int from) throws HttpException {
        int targetStart = from + methodEnd + 1;
        method = KnownStrings.METHODS.of(buf, from + lineStart, methodEnd - lineStart);
        RequestLineRules.checkTarget(method, buf, targetStart, from + targetEnd - targetStart);
        target = new String(buf, targetStart, from + targetEnd - targetStart, StandardCharsets.ISO_8859_1);
        framing.start(version);
    }

    private RequestHead finish() throws HttpException {
        long contentLength = framing.finish();
        Headers headers = fields.fields();
        return new RequestHead(method, target, version, headers, contentLength, framing.keepAlive(headers),
                framing.expectContinue());
    }

    private static HttpException bad(String message) {
        return new HttpException(400, message);
    }
}
