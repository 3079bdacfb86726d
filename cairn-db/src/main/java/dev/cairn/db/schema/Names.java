package dev.cairn.db.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names for constraints and indexes that every database accepts: joined parts, cut to 60 characters (PostgreSQL
 * allows 63, MariaDB 64) with a hash of the whole so two long names stay apart.
 */
public final class Names {

    private static final int MAX = 60;

    private Names() {}

    /** {@code part_part_..._suffix}, shortened with a hash when too long. */
    public static String of(String suffix, String... parts) {
        String name = String.join("_", parts) + "_" + suffix;
        if (name.length() <= MAX) {
            return name;
        }
        String hash = hash(name);
        return name.substring(0, MAX - suffix.length() - hash.length() - 2) + "_" + hash + "_" + suffix;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
