package dev.cairn.gateway;

import dev.cairn.http.Headers;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An application's answer to one request: a status, header fields, and a body.
 *
 * <p>
 * Framing belongs to the server. For a {@link ResponseBody.Bytes} or {@link ResponseBody.File} body the
 * server writes {@code Content-Length} itself, and any the application set is replaced. For a
 * {@link ResponseBody.Streamed} body, a {@code Content-Length} the application sets is sent and enforced (a
 * writer that writes more or fewer bytes costs the connection); without one the server sends the body chunked
 * to HTTP/1.1 clients and closes the connection after it for HTTP/1.0 clients. {@code Transfer-Encoding} and
 * {@code Connection} set by the application are ignored, except that {@code Connection: close} makes the server
 * close the connection after this response.
 *
 * @param status  the status code, 100–599; 101 only with an {@link ResponseBody.Upgrade} body
 * @param headers the header fields to send, in order
 * @param body    the body; {@link ResponseBody#empty()} for none
 */
public record Response(int status, Headers headers, ResponseBody body) {

    /** Checks the status and that nothing is null. */
    public Response {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be 100-599, not " + status);
        }
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        if ((status == 101) != (body instanceof ResponseBody.Upgrade)) {
            throw new IllegalArgumentException("a 101 response needs an Upgrade body, and an Upgrade body a 101");
        }
    }

    /** A response with this status, these headers and these bytes. */
    public static Response of(int status, Headers headers, byte[] body) {
        return new Response(status, headers, ResponseBody.of(body));
    }

    /** A {@code text/plain; charset=utf-8} response. */
    public static Response text(int status, String text) {
        return of(status, Headers.of("Content-Type", "text/plain; charset=utf-8"),
                text.getBytes(StandardCharsets.UTF_8));
    }
}
