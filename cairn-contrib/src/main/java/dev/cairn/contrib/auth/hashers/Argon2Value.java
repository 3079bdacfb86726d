package dev.cairn.contrib.auth.hashers;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * An encoded Argon2 value read back: {@code argon2$<variety>[$v=<version>]$m=..,t=..,p=..$<salt>$<hash>}, where a
 * missing version means 16 (0x10), as the first Argon2 values Django stored had none.
 *
 * @param variety {@code argon2id}, {@code argon2i} or {@code argon2d}
 * @param version 16 or 19
 * @param cost    the costs it was made with
 * @param salt    the salt's bytes
 * @param hash    the hash's bytes
 */
record Argon2Value(String variety, int version, Argon2Cost cost, byte[] salt, byte[] hash) {

    /**
     * Reads {@code encoded}.
     *
     * @throws IllegalArgumentException saying which part is wrong
     */
    static Argon2Value decode(String encoded) {
        String[] parts = EncodedParts.split(encoded, "argon2", 2, Argon2PasswordHasher.shape())[1].split("\\$", -1);
        boolean versioned = parts.length > 1 && parts[1].startsWith("v=");
        if (parts.length != (versioned ? 5 : 4)) {
            throw problem("expected " + Argon2PasswordHasher.shape());
        }
        if (!Argon2PasswordHasher.knownVariety(parts[0])) {
            throw problem("the variety must be argon2id, argon2i or argon2d");
        }
        int version = 0x10;
        if (versioned) {
            if (!parts[1].equals("v=16") && !parts[1].equals("v=19")) {
                throw problem("the version must be v=16 or v=19");
            }
            version = Integer.parseInt(parts[1].substring(2));
        }
        int at = versioned ? 2 : 1;
        Argon2Cost cost = cost(parts[at]);
        byte[] hash = base64(parts[at + 2], "hash");
        if (hash.length < 4) {
            throw problem("the hash must be at least 4 bytes");
        }
        return new Argon2Value(parts[0], version, cost, base64(parts[at + 1], "salt"), hash);
    }

    private static Argon2Cost cost(String text) {
        Map<String, Integer> values = new HashMap<>();
        for (String pair : text.split(",", -1)) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (equals < 0 || !(name.equals("m") || name.equals("t") || name.equals("p")) || values.containsKey(
                    name)) {
                throw problem("the costs must be m=<KiB>,t=<passes>,p=<lanes>");
            }
            values.put(name, EncodedParts.positive(pair.substring(equals + 1), "argon2", name));
        }
        if (values.size() != 3) {
            throw problem("the costs must be m=<KiB>,t=<passes>,p=<lanes>");
        }
        try {
            return Argon2Cost.checked(values.get("t"), values.get("m"), values.get("p"));
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage());
        }
    }

    private static byte[] base64(String text, String name) {
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            if (bytes.length > 0) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw problem("the " + name + " must be base64");
    }

    private static IllegalArgumentException problem(String what) {
        return new IllegalArgumentException(EncodedParts.notA("argon2") + what);
    }
}
