package dev.cairn.web.staticfiles;

/**
 * The content codings a static file can be served in (RFC 9110 §8.4.1), in the server's order of preference.
 */
public enum Encoding {
    /** Brotli, stored as a {@code .br} sibling; the smallest for text. */
    BROTLI("br", ".br"),
    /** Gzip, stored as a {@code .gz} sibling; understood by every client. */
    GZIP("gzip", ".gz"),
    /** The file as it is. */
    IDENTITY("identity", "");

    private final String token;
    private final String suffix;

    Encoding(String token, String suffix) {
        this.token = token;
        this.suffix = suffix;
    }

    /** Returns the coding's token as it appears in {@code Accept-Encoding} and {@code Content-Encoding}. */
    public String token() {
        return token;
    }

    /** Returns the file name suffix of the precompressed sibling, or {@code ""} for identity. */
    public String suffix() {
        return suffix;
    }
}
