package dev.cairn.contrib.sessions;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * New keys for the server-side stores, drawn until one is not taken.
 *
 * @param source where keys come from: the store's {@code newKey()}, or in tests a list with a taken key first
 * @param store  the store's name, for the error
 */
record NewKeys(Supplier<String> source, String store) {

    /** How many keys are drawn before giving up: even two in a row taken would mean a broken random source. */
    static final int ATTEMPTS = 10;

    /**
     * Draws keys until {@code stored} manages to store the session under one that no other session has (an insert
     * that refuses an existing key), and returns it.
     *
     * @throws IllegalStateException after {@value #ATTEMPTS} keys that were all taken
     */
    String draw(Predicate<String> stored) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String key = source.get();
            if (stored.test(key)) {
                return key;
            }
        }
        throw new IllegalStateException(ATTEMPTS + " new session keys in a row were taken in " + store
                + "; the random source is broken");
    }
}
