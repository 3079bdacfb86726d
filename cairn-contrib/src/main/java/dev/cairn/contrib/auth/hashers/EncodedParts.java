package dev.cairn.contrib.auth.hashers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Reading the {@code $}-separated parts of an encoded password, with errors that say what is wrong. */
final class EncodedParts {

    private EncodedParts() {}

    /**
     * The {@code count} parts of {@code encoded}, the first of which must be {@code algorithm}; the last part takes
     * the rest of the text.
     *
     * @throws IllegalArgumentException naming the algorithm and the number of parts expected (never the value: it is
     *                                  a secret's hash)
     */
    static String[] split(String encoded, String algorithm, int count, String shape) {
        if (encoded == null) {
            throw new IllegalArgumentException("no encoded password to read as " + algorithm);
        }
        String[] parts = encoded.split("\\$", count);
        if (parts.length != count || !parts[0].equals(algorithm)) {
            throw new IllegalArgumentException(notA(algorithm) + "expected " + shape);
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException(notA(algorithm) + "a part of " + shape + " is empty");
            }
        }
        return parts;
    }

    /**
     * A positive whole number read from part {@code name} of an encoded password.
     *
     * @throws IllegalArgumentException when it is not one
     */
    static int positive(String text, String algorithm, String name) {
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(notA(algorithm) + name + " must be a positive whole number");
    }

    /** The start of a message about a value that is not {@code algorithm}'s: {@code not an argon2 password: }. */
    static String notA(String algorithm) {
        return "not " + ("aeiou".indexOf(algorithm.charAt(0)) >= 0 ? "an " : "a ") + algorithm + " password: ";
    }

    /** Whether two encoded values are equal, taking the same time wherever they first differ. */
    static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
