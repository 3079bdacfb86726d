package dev.cairn.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The body of a {@link Response}: bytes in memory, a stream the application writes, a region of a file, or,
 * with status 101, a switch to another protocol.
 */
public sealed interface ResponseBody {

    /** No body. */
    static ResponseBody empty() {
        return Bytes.EMPTY;
    }

    /** A body of these bytes; the array is sent as it is and must not change afterwards. */
    static ResponseBody of(byte[] bytes) {
        return bytes.length == 0 ? Bytes.EMPTY : new Bytes(bytes);
    }

    /**
     * Bytes held in memory, sent with {@code Content-Length}.
     *
     * @param bytes the whole body
     */
    record Bytes(byte[] bytes) implements ResponseBody {
        private static final Bytes EMPTY = new Bytes(new byte[0]);

        /** Checks that the array is present. */
        public Bytes {
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /**
     * A body the application writes as the server sends it, for output too large or too slow to hold in memory.
     *
     * <p>
     * The server calls {@link Writer#writeTo} once, after it has written the head, on the request's thread. The
     * stream it passes frames what is written (chunked, or checked against {@code Content-Length}); its
     * {@code flush()} sends what has been written so far to the client; the writer must not close it. If the
     * writer throws, the head has already gone, so the server cuts the connection rather than end the body
     * cleanly: the client sees a truncated response, never a complete-looking wrong one.
     *
     * @param writer writes the body
     */
    record Streamed(Writer writer) implements ResponseBody {
        /** Checks that the writer is present. */
        public Streamed {
            Objects.requireNonNull(writer, "writer");
        }

        /** Writes a streamed body. */
        @FunctionalInterface
        public interface Writer {
            /** Writes the whole body to {@code out}. */
            void writeTo(OutputStream out) throws IOException;
        }
    }

    /**
     * A region of a file, sent with {@code Content-Length} and copied by the server as efficiently as it can.
     *
     * @param path   the file; it must exist and be readable when the server sends it
     * @param offset where the region starts
     * @param length how many bytes it has
     */
    record File(Path path, long offset, long length) implements ResponseBody {
        /** Checks that the path is present and the region is not negative. */
        public File {
            Objects.requireNonNull(path, "path");
            if (offset < 0 || length < 0) {
                throw new IllegalArgumentException("a file region needs offset >= 0 and length >= 0");
            }
        }
    }

    /**
     * A switch to another protocol on the same connection (RFC 9110 §7.8), with status 101.
     *
     * <p>
     * The server writes the 101 head, then calls {@link Handler#run} on the connection's thread with the
     * connection's raw streams: the input starts with any bytes the client sent after the request head. From
     * then on the connection is no longer HTTP; when {@code run} returns, the server closes it.
     *
     * @param handler speaks the new protocol
     */
    record Upgrade(Handler handler) implements ResponseBody {
        /** Checks that the handler is present. */
        public Upgrade {
            Objects.requireNonNull(handler, "handler");
        }

        /** Speaks the protocol the connection was upgraded to. */
        @FunctionalInterface
        public interface Handler {
            /** Runs the protocol until it ends; the server closes the connection afterwards. */
            void run(InputStream in, OutputStream out) throws IOException;
        }
    }
}
