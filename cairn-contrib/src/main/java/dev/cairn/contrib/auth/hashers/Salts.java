package dev.cairn.contrib.auth.hashers;

import java.security.SecureRandom;

/**
 * Random salts and the other random strings passwords need, drawn from Django's alphabet of letters and digits, and
 * the test of whether a stored salt is long enough.
 */
public final class Salts {

    /** Django's {@code RANDOM_STRING_CHARS}: 62 letters and digits. */
    public static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    /** The entropy a new salt has at least, in bits (Django's {@code salt_entropy}). */
    public static final int ENTROPY_BITS = 128;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final double BITS_PER_CHAR = Math.log(ALPHABET.length()) / Math.log(2);

    private Salts() {}

    /** A new salt: 22 characters of the alphabet, 131 bits. */
    public static String random() {
        return random((int) Math.ceil(ENTROPY_BITS / BITS_PER_CHAR));
    }

    /** {@code length} characters drawn uniformly from the alphabet by a {@link SecureRandom}. */
    public static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /**
     * Whether {@code salt} is too short to hold {@value #ENTROPY_BITS} bits, counting each character as one of the
     * alphabet's (Django's {@code must_update_salt}): Django before 3.1 made 12-character salts.
     */
    public static boolean tooShort(String salt) {
        return salt.codePointCount(0, salt.length()) * BITS_PER_CHAR < ENTROPY_BITS;
    }

    /** Refuses a salt that is empty or would break the encoded form's {@code $} separators. */
    static void requireUsable(String salt) {
        if (salt == null || salt.isEmpty()) {
            throw new IllegalArgumentException("a salt must not be empty");
        }
        if (salt.indexOf('$') >= 0) {
            throw new IllegalArgumentException("a salt must not contain '$', which separates the encoded parts");
        }
    }

    /** {@code value} with all but its first six characters replaced by {@code *} (Django's {@code mask_hash}). */
    static String mask(String value) {
        int shown = Math.min(6, value.length());
        return value.substring(0, shown) + "*".repeat(value.length() - shown);
    }
}
