package dev.cairn.server.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The literal responses to requests the server refuses by itself: bad framing, limits, timeouts. Like Go's
 * server, they are minimal and always close the connection, and the message is Cairn's own text, never the
 * client's bytes (which could be anything, including markup for a browser to run).
 *
 * <pre>
 * // < HTTP/1.1 431 Request Header Fields Too Large\r\n
 * // < Content-Type: text/plain; charset=utf-8\r\n
 * // < Content-Length: 69\r\n
 * // < Connection: close\r\n
 * // < \r\n
 * // < 431 Request Header Fields Too Large: the request head is over 65536 bytes
 * </pre>
 */
final class WireErrors {
    private static final byte[] FIELDS = "Content-Type: text/plain; charset=utf-8\r\nContent-Length: ".getBytes(
            StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private WireErrors() {}

    /**
     * Writes the error response for {@code status} with {@code message} (or none when null) and returns the
     * body's length.
     */
    static int write(ConnectionOutput output, int status, String message) throws IOException {
        String text = status + " " + StatusLines.reason(status);
        byte[] body = (message == null ? text : text + ": " + message).getBytes(StandardCharsets.UTF_8);
        output.write(StatusLines.of(status));
        output.write(FIELDS);
        output.writeDecimal(body.length);
        output.write(CLOSE);
        output.write(body);
        return body.length;
    }
}
