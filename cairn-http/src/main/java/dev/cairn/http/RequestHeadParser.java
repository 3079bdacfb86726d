package dev.cairn.http;

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
 * Not thread-safe: one parser per connection.
 */
public final class RequestHeadParser {
    private final HttpLimits limits;

    /** A parser enforcing these limits. */
    public RequestHeadParser(HttpLimits limits) {
        this.limits = limits;
    }

    /**
     * Parses the head starting at {@code buf[from]}, using bytes up to {@code buf[to - 1]}.
     *
     * @return the head once complete, or null while more bytes are needed
     * @throws HttpException when the bytes break a rule or a limit
     */
    public RequestHead parse(byte[] buf, int from, int to) throws HttpException {
        throw new UnsupportedOperationException("not yet: " + limits);
    }

    /** How many bytes, from {@code from}, the head returned by the last successful parse took. */
    public int headLength() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Forgets any partial head, ready to parse the next request. */
    public void reset() {
        throw new UnsupportedOperationException("not yet");
    }
}
