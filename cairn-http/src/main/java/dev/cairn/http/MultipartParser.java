package dev.cairn.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses multipart/form-data bodies (RFC 7578, framed as RFC 2046 §5.1) from a stream, one part at a time, never
 * holding the whole body in memory: each part's content stays in memory up to a threshold and goes to a temporary
 * file beyond it ({@link Part}).
 *
 * <p>
 * A parser is an immutable set of limits, safe to share between threads; {@link #reader(InputStream, String)}
 * starts one body and {@link #parseAll(InputStream, String)} reads a whole body into a list. The boundary comes
 * from the request's Content-Type through {@link #boundary(String)}.
 *
 * <p>
 * Errors, each an {@link HttpException} with the status to answer:
 * <ul>
 * <li>400 for a malformed body: {@code Multipart body ended before the closing boundary}, {@code Multipart
 * boundary not followed by CRLF}, {@code Malformed multipart part header}, {@code Multipart part without
 * Content-Disposition}, {@code Malformed multipart Content-Disposition}, {@code Multipart part without a form-data
 * name};</li>
 * <li>400 {@code Multipart part headers too large} past {@link Builder#maxHeaderSize(int)}: a part's header section
 * is content, not the request's header section that 431 speaks of, and real ones are a few dozen bytes;</li>
 * <li>413 {@code Too many multipart parts}, {@code Multipart part too large} and {@code Multipart body too large}:
 * the body is well-formed but more than this server accepts, so a smaller one would succeed (the same choice as
 * {@link FormUrlEncoded}'s field count).</li>
 * </ul>
 */
public final class MultipartParser {
    private final int memoryThreshold;
    private final int maxParts;
    private final long maxPartSize;
    private final long maxTotalSize;
    private final int maxHeaderSize;
    private final Path tempDirectory;

    private MultipartParser(Builder b) {
        memoryThreshold = b.memoryThreshold;
        maxParts = b.maxParts;
        maxPartSize = b.maxPartSize;
        maxTotalSize = b.maxTotalSize;
        maxHeaderSize = b.maxHeaderSize;
        tempDirectory = b.tempDirectory;
    }

    /** A builder starting from the defaults listed on its methods. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The {@code boundary} parameter of a multipart Content-Type, such as
     * {@code multipart/form-data; boundary=----WebKitFormBoundaryx}, quoted or not.
     *
     * @throws HttpException 415 {@code Content-Type is not multipart} when the type is absent or another type; 400
     *                       {@code Multipart Content-Type has no boundary}, or {@code Invalid multipart boundary}
     *                       when it is not 1–70 RFC 2046 {@code bchars} ending in a non-space
     */
    public static String boundary(String contentType) throws HttpException {
        if (contentType == null || !HeaderParameters.mainValue(contentType).regionMatches(true, 0, "multipart/", 0,
                "multipart/".length())) {
            throw new HttpException(415, "Content-Type is not multipart");
        }
        Params params = HeaderParameters.parse(contentType);
        String boundary = params == null ? null : params.first("boundary");
        if (boundary == null) {
            throw new HttpException(400, "Multipart Content-Type has no boundary");
        }
        if (!isValidBoundary(boundary)) {
            throw new HttpException(400, "Invalid multipart boundary");
        }
        return boundary;
    }

    /** RFC 2046 §5.1.1: {@code 0*69<bchars> bcharsnospace}. */
    static boolean isValidBoundary(String boundary) {
        int n = boundary.length();
        if (n < 1 || n > 70 || boundary.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = boundary.charAt(i);
            boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alnum && "'()+_,-./:=? ".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Starts reading a body: the reader returns one part per {@link MultipartReader#next()}.
     *
     * @throws IllegalArgumentException if the boundary is not one {@link #boundary(String)} would return
     */
    public MultipartReader reader(InputStream body, String boundary) {
        if (!isValidBoundary(boundary)) {
            throw new IllegalArgumentException("Not a valid RFC 2046 boundary; take it from MultipartParser.boundary");
        }
        return new MultipartReader(this, body, boundary);
    }

    /**
     * Reads every part of a body, in order. On an error, the parts read so far are closed (their temporary files
     * deleted) before it is thrown; on success the caller closes each part.
     *
     * @throws HttpException as listed on {@link MultipartParser}
     * @throws IOException   if reading the stream or writing a temporary file fails
     */
    public List<Part> parseAll(InputStream body, String boundary) throws IOException, HttpException {
        List<Part> parts = new ArrayList<>();
        try (MultipartReader reader = reader(body, boundary)) {
            for (Part part = reader.next(); part != null; part = reader.next()) {
                parts.add(part);
            }
            return parts;
        } catch (IOException | HttpException | RuntimeException e) {
            for (Part part : parts) {
                try {
                    part.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /** The largest content kept in memory; a larger part goes to a temporary file. */
    public int memoryThreshold() {
        return memoryThreshold;
    }

    /** The most parts a body may have. */
    public int maxParts() {
        return maxParts;
    }

    /** The largest content of one part, in bytes. */
    public long maxPartSize() {
        return maxPartSize;
    }

    /** The most bytes read from one body, boundaries and headers included. */
    public long maxTotalSize() {
        return maxTotalSize;
    }

    /** The largest header section of one part, in bytes. */
    public int maxHeaderSize() {
        return maxHeaderSize;
    }

    /** Where temporary files go, or null for the system's default ({@code java.io.tmpdir}). */
    public Path tempDirectory() {
        return tempDirectory;
    }

    /** Collects the limits of a {@link MultipartParser}; not thread-safe. */
    public static final class Builder {
        private int memoryThreshold = 64 * 1024;
        private int maxParts = 1000;
        private long maxPartSize = 10L * 1024 * 1024;
        private long maxTotalSize = 10L * 1024 * 1024;
        private int maxHeaderSize = 8 * 1024;
        private Path tempDirectory;

        private Builder() {}

        /** Keeps parts of up to this many bytes in memory; default 64 KiB; 0 writes every non-empty part to disk. */
        public Builder memoryThreshold(int bytes) {
            memoryThreshold = atLeast(0, bytes, "memoryThreshold");
            return this;
        }

        /** Accepts at most this many parts; default 1000, like Django's DATA_UPLOAD_MAX_NUMBER_FIELDS. */
        public Builder maxParts(int count) {
            maxParts = atLeast(1, count, "maxParts");
            return this;
        }

        /** Accepts parts of at most this many bytes; default 10 MiB. */
        public Builder maxPartSize(long bytes) {
            maxPartSize = atLeast(0, bytes, "maxPartSize");
            return this;
        }

        /**
         * Reads at most this many bytes of body; default 10 MiB, the same as {@link HttpLimits#DEFAULT}'s body
         * limit, so that a default server and a default parser agree. Raise both for large uploads.
         */
        public Builder maxTotalSize(long bytes) {
            maxTotalSize = atLeast(1, bytes, "maxTotalSize");
            return this;
        }

        /** Accepts part header sections of at most this many bytes; default 8 KiB, at most 1 MiB. */
        public Builder maxHeaderSize(int bytes) {
            if (bytes > 1024 * 1024) {
                throw new IllegalArgumentException("maxHeaderSize must be at most 1 MiB; got " + bytes);
            }
            maxHeaderSize = atLeast(1, bytes, "maxHeaderSize");
            return this;
        }

        /** Writes temporary files in this directory, which must exist; null for the system's default. */
        public Builder tempDirectory(Path directory) {
            tempDirectory = directory;
            return this;
        }

        /** The parser with these limits. */
        public MultipartParser build() {
            return new MultipartParser(this);
        }

        private static int atLeast(int min, int value, String what) {
            return (int) atLeast(min, (long) value, what);
        }

        private static long atLeast(long min, long value, String what) {
            if (value < min) {
                throw new IllegalArgumentException(what + " must be at least " + min + "; got " + value);
            }
            return value;
        }
    }
}
