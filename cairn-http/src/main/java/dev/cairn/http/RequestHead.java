package dev.cairn.http;

/**
 * A parsed and validated request head (RFC 9112 §2–§6): the request line, the fields, and what they say about
 * the body and the connection.
 *
 * @param method        the method token, case-sensitive as received ({@code GET}, {@code PURGE}, ...)
 * @param target        the request-target exactly as received: origin-form ({@code /a?b}), absolute-form
 *                      ({@code http://h/a}) or asterisk-form ({@code *}, OPTIONS only)
 * @param version       HTTP/1.0 or HTTP/1.1
 * @param headers       the fields, in order, names in their original case
 * @param contentLength the body's length from Content-Length, 0 when there is no body, or -1 when the body is
 *                      chunked
 * @param keepAlive     whether the connection may carry another request after this one (RFC 9112 §9.3)
 * @param expectContinue whether the client sent {@code Expect: 100-continue} and waits before sending the body
 */
public record RequestHead(String method, String target, HttpVersion version, Headers headers, long contentLength,
        boolean keepAlive, boolean expectContinue) {

    /** Whether the body is chunked (Transfer-Encoding ending in {@code chunked}). */
    public boolean chunked() {
        return contentLength < 0;
    }

    /** Whether there is a body to read: chunked, or a positive Content-Length. */
    public boolean hasBody() {
        return contentLength != 0;
    }
}
