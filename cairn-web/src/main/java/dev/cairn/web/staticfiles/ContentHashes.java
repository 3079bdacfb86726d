package dev.cairn.web.staticfiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hashes file contents with SHA-256 and remembers the result per path until the file's size or modification time
 * changes.
 *
 * <p>
 * Size and mtime stand in for the content so that a file is read once, not on every request. One entry per path
 * (replaced when stale) keeps the cache as large as the set of files and no larger.
 */
final class ContentHashes {
    private record Entry(long size, long modifiedMillis, String hash) {}

    private final ConcurrentHashMap<Path, Entry> entries = new ConcurrentHashMap<>();

    /** Returns the lowercase hex SHA-256 of the file, from the cache when size and mtime still match. */
    String hash(Path file, long size, long modifiedMillis) {
        Entry entry = entries.get(file);
        if (entry != null && entry.size() == size && entry.modifiedMillis() == modifiedMillis) {
            return entry.hash();
        }
        String hash = sha256(file);
        entries.put(file, new Entry(size, modifiedMillis, hash));
        return hash;
    }

    /** Returns the lowercase hex SHA-256 of the file's bytes, reading it in full. */
    static String sha256(Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
