package dev.cairn.web.sessions;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;

/**
 * Where sessions are kept: a key the client holds in its cookie names a JSON object the store holds, until the
 * session's age runs out. {@link SessionMiddleware} and {@link Session} are the only callers a site needs.
 *
 * <p>
 * The data is handed over as the text of a JSON object, which a store keeps as it is (a row, a Redis value, a
 * signed cookie). A store never adopts a key it did not make: {@link #load} of a key it does not hold answers
 * {@link Outcome#UNKNOWN}, and only {@link #create} makes keys, so a client cannot choose its session's key
 * (session fixation).
 *
 * <p>
 * Keys are {@value #KEY_LENGTH} characters of {@code [a-z0-9]} from {@link SecureRandom} (about 165 bits), as
 * Django's are. A store whose data travels in the cookie itself ({@link SignedCookieSessionStore}) uses the signed
 * data as its key. Implementations must be safe for use by many requests at once.
 */
public interface SessionStore {

    /** How many characters a key made by {@link #newKey()} has. */
    int KEY_LENGTH = 32;

    /**
     * The data stored under a key, or why there is none.
     *
     * @param key what the client's cookie holds; never null, but otherwise anything a client sent
     */
    Loaded load(String key);

    /**
     * Stores data under a new key that no other session has, for {@code age} from now.
     *
     * @return the key, which goes in the cookie
     */
    String create(String data, Duration age);

    /**
     * Replaces the data of an existing key and restarts its age.
     *
     * @return the value for the cookie: the same key, or for a store that keeps the data in the cookie, the new
     *         signed data
     * @throws SessionInterrupted when the key is gone (a logout in a concurrent request deleted it): the session
     *                            is not brought back
     */
    String save(String key, String data, Duration age);

    /** Deletes a key's data; nothing happens when there is none. */
    void delete(String key);

    /** Whether a key names data that has not expired. */
    boolean exists(String key);

    /** A new random key: {@value #KEY_LENGTH} characters of {@code [a-z0-9]} from {@link SecureRandom}. */
    default String newKey() {
        return SessionKeys.random();
    }

    /** The store's name in the journey: its class's simple name. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** Whether a string has the form {@link #newKey()} gives, checked before a store looks anything up. */
    static boolean wellFormed(String key) {
        if (key == null || key.length() != KEY_LENGTH) {
            return false;
        }
        for (int i = 0; i < KEY_LENGTH; i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** What {@link #load} found. */
    enum Outcome {
        /** The key names live data. */
        FOUND,
        /** The store holds nothing under the key: never made, deleted, or swept away after expiry. */
        UNKNOWN,
        /** The key names data whose age ran out. */
        EXPIRED,
        /** The value is not one this store made: malformed, or its signature does not hold. */
        TAMPERED
    }

    /**
     * The answer of {@link #load}.
     *
     * @param outcome what was found
     * @param data    the JSON object's text when {@link Outcome#FOUND}, else null
     * @param detail  why it was not found, for the journey (never the key or the data), or null
     */
    record Loaded(Outcome outcome, String data, String detail) {

        /** Checks that data comes with {@link Outcome#FOUND} and only with it. */
        public Loaded {
            Objects.requireNonNull(outcome, "outcome");
            if ((outcome == Outcome.FOUND) != (data != null)) {
                throw new IllegalArgumentException("data comes with FOUND and only with it, not with " + outcome);
            }
        }

        /** Live data. */
        public static Loaded found(String data) {
            return new Loaded(Outcome.FOUND, Objects.requireNonNull(data, "data"), null);
        }

        /** Nothing under the key. */
        public static Loaded unknown() {
            return new Loaded(Outcome.UNKNOWN, null, null);
        }

        /** Data whose age ran out. */
        public static Loaded expired(String detail) {
            return new Loaded(Outcome.EXPIRED, null, detail);
        }

        /** A value this store did not make. */
        public static Loaded tampered(String detail) {
            return new Loaded(Outcome.TAMPERED, null, detail);
        }

        /** A key not of the form {@link SessionStore#newKey()} gives: refused before the store is asked. */
        public static Loaded malformed() {
            return tampered("not a key this store makes");
        }
    }
}
