package dev.cairn.web.sessions;

import java.security.SecureRandom;

/** Random session keys, and the short form of a key the journey shows. */
final class SessionKeys {

    /** Shared: SecureRandom is safe for concurrent use. */
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    /** How many characters of a key the journey shows: enough to tell sessions apart, far too few to use one. */
    static final int SHOWN = 6;

    private SessionKeys() {}

    /** {@link SessionStore#KEY_LENGTH} characters, each drawn uniformly from 36. */
    static String random() {
        char[] key = new char[SessionStore.KEY_LENGTH];
        for (int i = 0; i < key.length; i++) {
            key[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(key);
    }

    /** The first characters of a key and an ellipsis, or null for none: what a record of the request may show. */
    static String redact(String key) {
        if (key == null) {
            return null;
        }
        return key.length() <= SHOWN ? "\u2026" : key.substring(0, SHOWN) + "\u2026";
    }
}
