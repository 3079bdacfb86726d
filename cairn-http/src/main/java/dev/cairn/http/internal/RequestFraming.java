package dev.cairn.http.internal;

import dev.cairn.http.Headers;
import dev.cairn.http.HttpException;
import dev.cairn.http.HttpVersion;

/**
 * Reads the fields of a request head that decide its framing and its connection: Host, Content-Length,
 * Transfer-Encoding, Connection and Expect (RFC 9112 §3.2, §6, §9.3; RFC 9110 §8.6, §10.1.1).
 *
 * <p>
 * Each field line is checked as it arrives, so a bad one fails the head at once; the rules that need the whole
 * head (a missing Host, how Transfer-Encoding ends) are checked by {@link #finish()}. One instance serves
 * a connection's heads in turn, {@link #start(HttpVersion)} beginning each.
 */
public final class RequestFraming implements FieldScanner.Sink {
    private static final String MISSING_HOST = "Missing Host header";
    private static final String REPEATED_HOST = "Repeated Host header";
    private static final String INVALID_HOST = "Invalid Host header";
    private static final String INVALID_LENGTH = "Invalid Content-Length";
    private static final String LENGTH_OVERFLOW = "Content-Length overflows";
    private static final String CONFLICTING_LENGTH = "Conflicting Content-Length";
    private static final String BODY_TOO_LARGE = "Content-Length exceeds the body limit";
    private static final String TE_IN_HTTP_1_0 = "Transfer-Encoding in an HTTP/1.0 request";
    private static final String TE_WITH_LENGTH = "Transfer-Encoding with Content-Length";
    private static final String INVALID_TE = "Invalid Transfer-Encoding";
    private static final String TE_NOT_CHUNKED = "Transfer-Encoding does not end in chunked";
    private static final String TE_CHUNKED_TWICE = "Transfer-Encoding applies chunked more than once";
    private static final String TE_UNSUPPORTED = "Unsupported transfer coding";
    private static final String EXPECTATION_FAILED = "Unsupported expectation";

    private final long maxBodyBytes;
    private HttpVersion version;
    private int hosts;
    /** The declared length, or -1 before any Content-Length line. */
    private long contentLength;
    private boolean transferEncoding;
    private int chunkedCount;
    private boolean endsInChunked;
    private boolean unknownCoding;
    /** What Connection said: close, keep-alive, or a list to search when the head is complete. */
    private boolean close;
    private boolean keepAlive;
    private boolean connectionList;
    private boolean expectContinue;

    /** Framing rules that answer 413 for a Content-Length above {@code maxBodyBytes}. */
    public RequestFraming(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Begins a head of this version, forgetting the previous one. */
    public void start(HttpVersion v) {
        version = v;
        hosts = 0;
        contentLength = -1;
        transferEncoding = false;
        chunkedCount = 0;
        endsInChunked = false;
        unknownCoding = false;
        close = false;
        keepAlive = false;
        connectionList = false;
        expectContinue = false;
    }

    @Override
    public void field(String name, String value) throws HttpException {
        switch (name.length()) {
            case 4 -> {
                if (is(name, "Host", "host")) {
                    host(value);
                }
            }
            case 6 -> {
                if (is(name, "Expect", "expect")) {
                    expect(value);
                }
            }
            case 10 -> {
                if (is(name, "Connection", "connection")) {
                    connection(value);
                }
            }
            case 14 -> {
                if (is(name, "Content-Length", "content-length")) {
                    contentLength(value);
                }
            }
            case 17 -> {
                if (is(name, "Transfer-Encoding", "transfer-encoding")) {
                    transferEncoding(value);
                }
            }
            default -> {
                // not a field that frames the message
            }
        }
    }

    /**
     * Applies the rules that need the whole head and returns the body length for {@code RequestHead}: the
     * Content-Length, 0 when there is none, or -1 when the body is chunked.
     */
    public long finish() throws HttpException {
        if (hosts == 0 && version == HttpVersion.HTTP_1_1) {
            throw bad(MISSING_HOST); // RFC 9112 §3.2
        }
        if (!transferEncoding) {
            return Math.max(contentLength, 0);
        }
        // RFC 9112 §6.1 and §6.3: a final coding other than chunked leaves the length unknowable (400), while a
        // well-framed request with a coding Cairn does not decode is merely not implemented (501).
        if (contentLength >= 0) {
            throw bad(TE_WITH_LENGTH);
        }
        if (!endsInChunked) {
            throw bad(TE_NOT_CHUNKED);
        }
        if (chunkedCount > 1) {
            throw bad(TE_CHUNKED_TWICE);
        }
        if (unknownCoding) {
            throw new HttpException(501, TE_UNSUPPORTED);
        }
        return -1;
    }

    /** Whether the connection may carry another request (RFC 9112 §9.3); call after {@link #finish}. */
    public boolean keepAlive(Headers headers) {
        if (connectionList) {
            close = headers.containsToken("Connection", "close");
            keepAlive = headers.containsToken("Connection", "keep-alive");
        }
        return !close && (version == HttpVersion.HTTP_1_1 || keepAlive);
    }

    /** Whether the head asked for 100 Continue, which only HTTP/1.1 can (RFC 9110 §10.1.1). */
    public boolean expectContinue() {
        return expectContinue && version == HttpVersion.HTTP_1_1;
    }

    // > Connection: keep-alive     the one-token values are shared constants (KnownStrings), so == finds them
    @SuppressWarnings("StringEquality")
    private void connection(String value) {
        if (value == "keep-alive" || value == "Keep-Alive") {
            keepAlive = true;
        } else if (value == "close") {
            close = true;
        } else {
            connectionList = true; // RFC 9110 §7.6.1: a list of options, searched with Headers.containsToken
        }
    }

    private void host(String value) throws HttpException {
        if (++hosts > 1) {
            throw bad(REPEATED_HOST);
        }
        if (!HostSyntax.isValid(value)) {
            throw bad(INVALID_HOST);
        }
    }

    private void expect(String value) throws HttpException {
        if (!value.equalsIgnoreCase("100-continue")) {
            throw new HttpException(417, EXPECTATION_FAILED);
        }
        expectContinue = true;
    }

    // > Content-Length: 42, 42     every element of every line must be the same digits (RFC 9110 §8.6)
    private void contentLength(String value) throws HttpException {
        int n = value.length();
        int i = 0;
        while (true) {
            while (i < n && Ascii.isOws(value.charAt(i))) {
                i++;
            }
            int digits = i;
            long length = 0;
            for (char c; i < n && (c = value.charAt(i)) >= '0' && c <= '9'; i++) {
                if (length > (Long.MAX_VALUE - (c - '0')) / 10) {
                    throw bad(LENGTH_OVERFLOW);
                }
                length = length * 10 + (c - '0');
            }
            if (i == digits) {
                throw bad(INVALID_LENGTH);
            }
            if (contentLength >= 0 && length != contentLength) {
                throw bad(CONFLICTING_LENGTH);
            }
            contentLength = length;
            while (i < n && Ascii.isOws(value.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            if (value.charAt(i++) != ',') {
                throw bad(INVALID_LENGTH);
            }
        }
        if (contentLength > maxBodyBytes) {
            throw new HttpException(413, BODY_TOO_LARGE);
        }
    }

    // > Transfer-Encoding: gzip, chunked     codings apply in order; lines concatenate (RFC 9112 §6.1)
    private void transferEncoding(String value) throws HttpException {
        if (version == HttpVersion.HTTP_1_0) {
            throw bad(TE_IN_HTTP_1_0); // RFC 9112 §6.1: an HTTP/1.0 recipient cannot frame it
        }
        transferEncoding = true;
        if (value.equalsIgnoreCase("chunked")) {
            coding("chunked", false);
            return;
        }
        int start = 0;
        while (start <= value.length()) {
            int comma = value.indexOf(',', start);
            int end = comma < 0 ? value.length() : comma;
            String element = value.substring(start, end).strip();
            if (!element.isEmpty()) {
                int semicolon = element.indexOf(';');
                coding(semicolon < 0 ? element : element.substring(0, semicolon).strip(), semicolon >= 0);
            }
            start = end + 1;
        }
    }

    private void coding(String name, boolean hasParameters) throws HttpException {
        if (!Ascii.isToken(name)) {
            throw bad(INVALID_TE);
        }
        endsInChunked = name.equalsIgnoreCase("chunked");
        if (endsInChunked) {
            if (hasParameters) {
                throw bad(INVALID_TE); // RFC 9112 §7: chunked takes no parameters
            }
            chunkedCount++;
        } else {
            unknownCoding = true;
        }
    }

    /**
     * Whether a name of the right length is this one, in any case. The common spellings come from
     * {@link KnownStrings} as the very constants written here, so a reference comparison settles most.
     */
    @SuppressWarnings("StringEquality")
    private static boolean is(String name, String titleCase, String lowercase) {
        return name == titleCase || name == lowercase
                || ((name.charAt(0) | 0x20) == lowercase.charAt(0) && name.equalsIgnoreCase(lowercase));
    }

    private static HttpException bad(String message) {
        return new HttpException(400, message);
    }
}
