package dev.cairn.server.internal;

import dev.cairn.http.Status;
import java.nio.charset.StandardCharsets;

/**
 * Every status line a response can start with, encoded once: {@code HTTP/1.1 200 OK\r\n}. A server sends its
 * own highest version whatever the request's (RFC 9112 §2.3), so there is one line per code.
 */
final class StatusLines {
    private static final byte[][] LINES = new byte[600][];

    static {
        for (int code = 100; code < LINES.length; code++) {
            LINES[code] = ("HTTP/1.1 " + code + " " + Status.reason(code) + "\r\n").getBytes(
                    StandardCharsets.ISO_8859_1);
        }
    }

    private StatusLines() {}

    /** The line for a status code from 100 to 599, CRLF included; shared, never to be changed. */
    static byte[] of(int status) {
        return LINES[status];
    }

    /** The reason phrase of a status code, for error bodies. */
    static String reason(int status) {
        return Status.reason(status);
    }
}
