package dev.cairn.server.internal;

import dev.cairn.http.HttpDate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The {@code Date} field line every response carries (RFC 9110 §6.6.1), as ready-made bytes.
 *
 * <pre>
 * // < Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n
 * </pre>
 *
 * <p>
 * The field has a resolution of one second, so the line is made at most once a second, by whichever connection
 * first notices the second changed, and shared by all: a race costs making the same line twice.
 */
public final class DateHeader {

    /** A line and the epoch second it is for; replaced whole, so readers never see half of one. */
    private record Line(long second, byte[] bytes) {}

    private static volatile Line current = new Line(Long.MIN_VALUE, new byte[0]);

    private DateHeader() {}

    /** The {@code Date: ...\r\n} line for now; the array is shared and must not be changed. */
    public static byte[] line() {
        long second = System.currentTimeMillis() / 1000;
        Line line = current;
        if (line.second() != second) {
            String date = HttpDate.format(Instant.ofEpochSecond(second));
            line = new Line(second, ("Date: " + date + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            current = line;
        }
        return line.bytes();
    }
}
