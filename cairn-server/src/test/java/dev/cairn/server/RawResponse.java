package dev.cairn.server;

import dev.cairn.http.Headers;
import java.nio.charset.StandardCharsets;

/**
 * A response as a raw client read it off the wire.
 *
 * @param version  the status line's version
 * @param status   the status code
 * @param headers  the header fields, in order
 * @param body     the body, de-chunked
 * @param trailers the trailer fields of a chunked body
 * @param chunked  whether the body came chunked
 */
record RawResponse(String version, int status, Headers headers, byte[] body, Headers trailers, boolean chunked) {

    /** The body as UTF-8 text. */
    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of a header field, or null. */
    String header(String name) {
        return headers.first(name);
    }

    /** Whether the response says the connection closes. */
    boolean closes() {
        return headers.containsToken("Connection", "close");
    }
}
