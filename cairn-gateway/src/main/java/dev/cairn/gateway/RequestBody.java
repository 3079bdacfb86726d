package dev.cairn.gateway;

import dev.cairn.http.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * The request body as a blocking stream of its bytes, framing removed: what was sent as {@code Content-Length}
 * bytes or as chunks arrives here as plain data, and {@code read} returns -1 at the body's end, never reading
 * into the next request.
 *
 * <p>
 * If the client sent {@code Expect: 100-continue}, the server answers {@code 100 Continue} on the first read
 * and not before, so an application that rejects a request without reading its body never invites it.
 *
 * <p>
 * A read that fails because the client sent malformed framing or too much data throws an
 * {@link IOException}; the server then answers with the precise status (400 or 413) if the application has not
 * answered yet, and closes the connection.
 */
public abstract class RequestBody extends InputStream {

    /** Creates a body; for servers and tests. */
    protected RequestBody() {}

    /** The body's length from {@code Content-Length}, or -1 when it is chunked and not yet known. */
    public abstract long length();

    /** The trailer fields sent after a chunked body; empty until the body has been read to its end. */
    public abstract Headers trailers();

    /** A body of these bytes, for tests and for servers that have the whole body already. */
    public static RequestBody of(byte[] bytes) {
        return new Fixed(Objects.requireNonNull(bytes, "bytes"));
    }

    /** The empty body. */
    public static RequestBody empty() {
        return new Fixed(new byte[0]);
    }

    /** A body held in memory. */
    private static final class Fixed extends RequestBody {
        private final byte[] bytes;
        private int position;

        Fixed(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public long length() {
            return bytes.length;
        }

        @Override
        public Headers trailers() {
            return Headers.empty();
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            if (position >= bytes.length) {
                return -1;
            }
            int n = Math.min(len, bytes.length - position);
            System.arraycopy(bytes, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public byte[] readAllBytes() {
            byte[] rest = Arrays.copyOfRange(bytes, position, bytes.length);
            position = bytes.length;
            return rest;
        }

        @Override
        public int available() {
            return bytes.length - position;
        }
    }
}
