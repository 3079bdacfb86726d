package dev.cairn.http;

import java.util.Objects;

/**
 * Writes the framing of a chunked message body (RFC 9112 §7.1) into the caller's buffer: each chunk is
 * {@code HEX CRLF data CRLF}, and the body ends with the last chunk and an empty trailer section,
 * {@code 0 CRLF CRLF}.
 *
 * <pre>
 * > 1a\r\n
 * > (26 octets of data)\r\n
 * > 0\r\n
 * > \r\n
 * </pre>
 *
 * <p>
 * A writer sends {@link #writeChunkHeader(byte[], int, int)}, the data, {@link #CRLF} for each chunk, and
 * {@link #LAST_CHUNK} once at the end. It never writes an empty chunk with data, since a chunk of size 0 ends the
 * body. The constants are shared arrays: write them out, never into them.
 */
public final class ChunkedEncoder {
    /** The CRLF that follows each chunk's data. Shared: never modify it. */
    public static final byte[] CRLF = {'\r', '\n'};

    /** The last chunk and the empty trailer section that end a chunked body. Shared: never modify it. */
    public static final byte[] LAST_CHUNK = {'0', '\r', '\n', '\r', '\n'};

    /** The longest chunk header {@link #writeChunkHeader} writes: eight hex digits and CRLF. */
    public static final int MAX_CHUNK_HEADER = 8 + 2;

    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e',
            'f'};

    private ChunkedEncoder() {}

    /** How many bytes {@link #writeChunkHeader} writes for a chunk of this size. */
    public static int chunkHeaderLength(int size) {
        requireSize(size);
        return hexDigits(size) + 2;
    }

    /**
     * Writes the chunk-size line {@code HEX CRLF} (lowercase hex, no leading zeros, no extensions) for a chunk of
     * {@code size} bytes at {@code dst[off]}, and returns how many bytes it wrote.
     *
     * @throws IllegalArgumentException  if size is negative
     * @throws IndexOutOfBoundsException if the header does not fit in {@code dst} from {@code off}
     */
    public static int writeChunkHeader(byte[] dst, int off, int size) {
        int n = chunkHeaderLength(size);
        Objects.checkFromIndexSize(off, n, dst.length);
        int end = off + n - 2;
        int rest = size;
        for (int i = end - 1; i >= off; i--) {
            dst[i] = HEX[rest & 0xF];
            rest >>>= 4;
        }
        dst[end] = '\r';
        dst[end + 1] = '\n';
        return n;
    }

    private static int hexDigits(int size) {
        // One digit per four significant bits, and one digit for zero.
        return size == 0 ? 1 : (32 - Integer.numberOfLeadingZeros(size) + 3) / 4;
    }

    private static void requireSize(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("A chunk size cannot be negative: " + size);
        }
    }
}
