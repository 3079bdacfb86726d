package dev.cairn.http;

/**
 * The sizes a parser accepts before it answers with an error; the defaults are safe for a public server.
 *
 * @param maxRequestLine  longest request line in bytes, CRLF excluded; longer → 414 URI Too Long
 * @param maxHeadBytes    longest request head (request line, fields, blank line); longer → 431
 * @param maxHeaderCount  most field lines in a head; more → 431
 * @param maxBodyBytes    largest request body, declared or chunked; larger → 413 Content Too Large
 * @param maxChunkLine    longest chunk-size line with its extensions, and longest trailer section; longer → 400
 */
public record HttpLimits(int maxRequestLine, int maxHeadBytes, int maxHeaderCount, long maxBodyBytes,
        int maxChunkLine) {

    /** 8 KiB request line, 64 KiB head, 100 fields, 10 MiB body, 4 KiB chunk line. */
    public static final HttpLimits DEFAULT = new HttpLimits(8 * 1024, 64 * 1024, 100, 10L * 1024 * 1024, 4 * 1024);

    /** Checks that every limit is positive. */
    public HttpLimits {
        if (maxRequestLine <= 0 || maxHeadBytes <= 0 || maxHeaderCount <= 0 || maxBodyBytes < 0 || maxChunkLine <= 0) {
            throw new IllegalArgumentException("HTTP limits must be positive: " + this);
        }
        if (maxRequestLine > maxHeadBytes) {
            throw new IllegalArgumentException("maxRequestLine (" + maxRequestLine + ") must not exceed maxHeadBytes ("
                    + maxHeadBytes + ")");
        }
    }

    /** These limits with another body size. */
    public HttpLimits withMaxBodyBytes(long bytes) {
        return new HttpLimits(maxRequestLine, maxHeadBytes, maxHeaderCount, bytes, maxChunkLine);
    }
}
