package dev.cairn.http;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

/** Builds multipart/form-data bodies and the awkward streams that deliver them, for the multipart tests. */
final class MultipartBodies {
    static final String BOUNDARY = "----CairnBoundary7MA4YWxkTrZu0gW";
    static final String DASH = "--" + BOUNDARY;
    static final String CLOSE = "--" + BOUNDARY + "--\r\n";

    private MultipartBodies() {}

    /** A text field part, boundary line included, ending with the CRLF that starts the next delimiter. */
    static String field(String name, String value) {
        return DASH + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    /** A file part with a filename and a Content-Type. */
    static String file(String name, String filename, String type, String content) {
        return DASH + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + type + "\r\n\r\n" + content + "\r\n";
    }

    /** The parts followed by the close delimiter, as ISO-8859-1 bytes (so each char is one octet). */
    static byte[] body(String... parts) {
        return bytes(String.join("", parts) + CLOSE);
    }

    static byte[] bytes(String octets) {
        return octets.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A stream that returns at most one byte per read, as a slow network might. */
    static InputStream oneByteAtATime(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    /** A stream that returns a random number of bytes, 1 to 100, per read. */
    static InputStream randomChunks(InputStream in, long seed) {
        Random random = new Random(seed);
        return new FilterInputStream(in) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(100)));
            }
        };
    }

    /**
     * {@code size} bytes of deterministic content generated on the fly, never held whole: byte {@code i} is
     * {@code contentByte(i)}.
     */
    static InputStream generated(long size) {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return position < size ? contentByte(position++) : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - position);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) contentByte(position++);
                }
                return n;
            }
        };
    }

    /** Content byte {@code i} of {@link #generated(long)}: varied, and includes CR, LF and '-' often. */
    static int contentByte(long i) {
        return (int) ((i * 31 + (i >>> 7)) % 251) ^ (i % 97 == 0 ? 0x0D : 0);
    }

    /** The concatenation of these streams. */
    static InputStream concat(InputStream... streams) {
        return Stream.of(streams).reduce(InputStream.nullInputStream(), java.io.SequenceInputStream::new);
    }

    /** The stream's bytes, read whole. */
    static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The regular files in a directory. */
    static long fileCount(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
