package dev.cairn.contrib.sessions;

import dev.cairn.web.sessions.SessionStore;
import java.util.function.Predicate;

/** New keys for the server-side stores, drawn until one is not taken. */
final class NewKeys {

    /** How many keys are drawn before giving up: even two in a row taken would mean a broken random source. */
    static final int ATTEMPTS = 10;

    private NewKeys() {}

    /**
     * Draws keys from the store until {@code stored} manages to store the session under one that no other session
     * has (an insert that refuses an existing key), and returns it.
     *
     * @throws IllegalStateException after {@value #ATTEMPTS} keys that were all taken
     */
    static String draw(SessionStore store, Predicate<String> stored) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String key = store.newKey();
            if (stored.test(key)) {
                return key;
            }
        }
        throw new IllegalStateException(ATTEMPTS + " new session keys in a row were taken in " + store.name()
                + "; the random source is broken");
    }
}
