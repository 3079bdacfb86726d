package dev.cairn.contrib.auth.hashers;

import java.util.Map;

/**
 * One way of turning a password into the text stored for it (Django's {@code BasePasswordHasher}): the encoded form
 * is {@code <algorithm>$<the algorithm's parameters, salt and hash>}, so the algorithm that made a stored value can
 * always be found again ({@link Passwords#identify}).
 *
 * <p>
 * A hasher is immutable and safe to share between threads. Its {@link #verify} must take as long for a wrong
 * password as for a right one: it recomputes the hash and compares in constant time.
 */
public interface PasswordHasher {

    /** The name that starts every value this hasher encodes ({@code pbkdf2_sha256}); never contains {@code $}. */
    String algorithm();

    /**
     * Encodes {@code password} with {@code salt} and this hasher's current parameters.
     *
     * @throws IllegalArgumentException when the salt is empty or contains {@code $}
     */
    String encode(String password, String salt);

    /**
     * Whether {@code password} is the one {@code encoded} was made from.
     *
     * @throws IllegalArgumentException when {@code encoded} is not in this hasher's format, saying what is wrong
     */
    boolean verify(String password, String encoded);

    /**
     * Whether {@code encoded} was made with parameters other than this hasher's current ones (fewer iterations, a
     * shorter salt, another variety), so that it should be encoded again the next time the password is known.
     *
     * @throws IllegalArgumentException when {@code encoded} is not in this hasher's format
     */
    boolean mustUpdate(String encoded);

    /**
     * Spends the work that {@code encoded}'s weaker parameters saved, so that checking a wrong password against an old
     * hash takes as long as against a current one (an attacker timing logins cannot tell which accounts have old
     * hashes). Nothing by default, for hashers whose cost cannot be topped up.
     */
    default void hardenRuntime(String password, String encoded) {}

    /** A new random salt with at least {@value Salts#ENTROPY_BITS} bits of entropy. */
    default String salt() {
        return Salts.random();
    }

    /**
     * What may be shown of {@code encoded} (in an admin page, a log): the algorithm and its parameters, the salt and
     * hash masked after their first six characters.
     */
    Map<String, String> safeSummary(String encoded);
}
