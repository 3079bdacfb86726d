package dev.cairn.web.middleware;

import dev.cairn.gateway.ResponseBody;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Compresses response bodies into the gzip format (RFC 1952): bodies in memory at once, streamed bodies as they
 * are written.
 *
 * <p>
 * A {@link Deflater} holds a few hundred kilobytes of native memory and is costly to set up, so bodies in memory
 * borrow one from a small pool (as many as there are processors, twice over) and give it back reset; one made
 * when the pool is empty is ended when the pool is full. The output buffer is the size of the input, so a body
 * that would not shrink is given up on as soon as it has filled it.
 */
final class Gzip {

    /** The gzip member header: magic, deflate, no flags, no time, no extra flags, unknown OS (RFC 1952 §2.3). */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    /** The trailer: CRC-32 and the input's size, both little-endian. */
    private static final int TRAILER = 8;
    private static final ArrayBlockingQueue<Deflater> IDLE = new ArrayBlockingQueue<>(
            2 * Runtime.getRuntime().availableProcessors());

    private Gzip() {}

    /** The gzip of {@code input}, or null when it would not be smaller than the input. */
    static byte[] compress(byte[] input) {
        int limit = input.length - 1 - TRAILER;
        if (limit <= HEADER.length) {
            return null;
        }
        byte[] out = new byte[input.length];
        System.arraycopy(HEADER, 0, out, 0, HEADER.length);
        int end = deflate(input, out, HEADER.length, limit);
        if (end < 0) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(input);
        littleEndian(out, end, (int) crc.getValue());
        littleEndian(out, end + 4, input.length);
        return Arrays.copyOf(out, end + TRAILER);
    }

    /** Deflates into {@code out[from, limit)} and returns where the output ends, or -1 when it did not fit. */
    private static int deflate(byte[] input, byte[] out, int from, int limit) {
        Deflater deflater = IDLE.poll();
        if (deflater == null) {
            deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        }
        try {
            deflater.setInput(input);
            deflater.finish();
            int at = from;
            while (!deflater.finished()) {
                int written = deflater.deflate(out, at, limit - at);
                at += written;
                if (written == 0 && at == limit) {
                    return -1;
                }
            }
            return at;
        } finally {
            deflater.reset();
            if (!IDLE.offer(deflater)) {
                deflater.end();
            }
        }
    }

    private static void littleEndian(byte[] out, int at, int value) {
        out[at] = (byte) value;
        out[at + 1] = (byte) (value >>> 8);
        out[at + 2] = (byte) (value >>> 16);
        out[at + 3] = (byte) (value >>> 24);
    }

    /**
     * A writer that gzips what {@code writer} writes, on the fly. Its {@code flush()} sends what has been
     * compressed so far (a sync flush), so a streamed page still arrives in pieces; the sizes are recorded in the
     * journey when the body ends.
     */
    static ResponseBody.Streamed.Writer streaming(ResponseBody.Streamed.Writer writer, String middleware) {
        return out -> {
            GzipStream gzip = new GzipStream(out);
            try {
                writer.writeTo(gzip);
                gzip.finish();
                Decision.record(middleware, "compressed stream", "bytes", gzip.bytesIn(), "gzipped", gzip.bytesOut());
            } finally {
                gzip.release();
            }
        };
    }

    /**
     * A gzip stream over the server's body stream that never closes it: closing only finishes the gzip member,
     * since the server, not the writer, ends the body.
     */
    private static final class GzipStream extends GZIPOutputStream {
        private static final int BUFFER = 8 * 1024;

        GzipStream(OutputStream out) throws IOException {
            super(out, BUFFER, true);
        }

        @Override
        public void close() throws IOException {
            finish();
        }

        long bytesIn() {
            return def.getBytesRead();
        }

        long bytesOut() {
            return def.getBytesWritten() + HEADER.length + TRAILER;
        }

        /** Frees the deflater's native memory, finished or not. */
        void release() {
            def.end();
        }
    }
}
