package dev.cairn.http;

/**
 * Malformed or over-limit input, with the status a server must answer (RFC 9112 and RFC 9110 §15).
 *
 * <p>
 * The message is written by Cairn and never contains the client's bytes, so a server may send it or log it as
 * it is. After one of these the connection's framing can no longer be trusted: a server answers with
 * {@link #status()} and closes the connection.
 */
public final class HttpException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    /** An error with this status (400, 408, 413, 414, 431, 501, 505, ...) and a message safe to show. */
    public HttpException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** The status code to answer with. */
    public int status() {
        return status;
    }
}
