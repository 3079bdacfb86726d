package dev.cairn.web.staticfiles;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes one static file found under a root: what a server needs to answer a request for it.
 *
 * @param name
 *            the relative name it was found by, with {@code /} separators ({@code css/app.css})
 * @param path
 *            where its bytes are
 * @param size
 *            its length in bytes
 * @param lastModified
 *            its modification time, for {@code Last-Modified}
 * @param hash
 *            the lowercase hex SHA-256 of its content
 * @param contentType
 *            the {@code Content-Type} to serve it with, from {@link ContentTypes}
 * @param variants
 *            its precompressed siblings, in {@link Encoding} order (Brotli before gzip)
 */
public record StaticFile(String name, Path path, long size, Instant lastModified, String hash, String contentType,
        List<Variant> variants) {

    /** How many hex digits of the hash go into an ETag: 128 bits, ample against collisions, short on the wire. */
    private static final int ETAG_HEX_DIGITS = 32;

    /** How many hex digits of the hash go into a collected file's name ({@code app.3f2a9c1e.css}), as Django does. */
    static final int NAME_HEX_DIGITS = 8;

    /** Checks the components and copies the variant list. */
    public StaticFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(contentType, "contentType");
        if (hash == null || hash.length() < ETAG_HEX_DIGITS) {
            throw new IllegalArgumentException("hash must be at least " + ETAG_HEX_DIGITS + " hex digits");
        }
        variants = List.copyOf(variants);
    }

    /**
     * A precompressed sibling of a static file, such as {@code app.css.br} next to {@code app.css}.
     *
     * @param encoding
     *            the content coding its bytes are in
     * @param path
     *            where its bytes are
     * @param size
     *            its length in bytes, for {@code Content-Length}
     */
    public record Variant(Encoding encoding, Path path, long size) {
        /** Checks the components: a variant is never the identity coding. */
        public Variant {
            Objects.requireNonNull(encoding, "encoding");
            Objects.requireNonNull(path, "path");
            if (encoding == Encoding.IDENTITY) {
                throw new IllegalArgumentException("the identity coding is the file itself, not a variant");
            }
        }
    }

    /**
     * Returns the strong ETag (RFC 9110 §8.8.3) of the file as it is, quoted: {@code "3f2a9c1e…"}. It is derived from
     * the content, so it is the same on every server and after every restart.
     */
    public String etag() {
        return etag(Encoding.IDENTITY);
    }

    /**
     * Returns the strong ETag of the file in {@code encoding}, quoted. Each coding gets its own tag
     * ({@code "…-br"}), since a strong validator promises byte-identical representations and a compressed body is
     * different bytes (RFC 9110 §8.8.1).
     */
    public String etag(Encoding encoding) {
        String tag = hash.substring(0, ETAG_HEX_DIGITS);
        return encoding == Encoding.IDENTITY ? '"' + tag + '"' : '"' + tag + '-' + encoding.token() + '"';
    }

    /** Returns the precompressed sibling in {@code encoding}, if one was present when the file was found. */
    public Optional<Variant> variant(Encoding encoding) {
        return variants.stream().filter(v -> v.encoding() == encoding).findFirst();
    }

    /**
     * Returns the name with the first {@value #NAME_HEX_DIGITS} hex digits of the hash before the extension:
     * {@code css/app.css} becomes {@code css/app.3f2a9c1e.css}, {@code LICENSE} becomes {@code LICENSE.3f2a9c1e}.
     */
    public String hashedName() {
        String digits = hash.substring(0, NAME_HEX_DIGITS);
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        if (dot <= slash + 1) {
            return name + '.' + digits;
        }
        return name.substring(0, dot) + '.' + digits + name.substring(dot);
    }
}
