package dev.cairn.web.csrf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * The CSRF secret and the masked tokens made from it, in Django's format so that a site moved from Django keeps
 * its visitors' cookies.
 *
 * <p>
 * The secret is 32 characters from {@code [a-zA-Z0-9]}, random, and stays with the client (a cookie or the
 * session). A page never prints the secret: it prints a token of 64 characters, a fresh random mask of 32 followed
 * by the secret enciphered with it (each character shifted by its mask character's index, modulo 62). Every
 * response thus carries different bytes for the same secret, so compression cannot leak the secret across
 * responses (BREACH), and unmasking gives the secret back. A client may send the token masked (64 characters) or
 * the bare secret (32, what JavaScript reads from the cookie); both verify.
 */
final class CsrfTokens {

    /** The length of a secret. */
    static final int SECRET_LENGTH = 32;
    /** The length of a masked token: the mask and the enciphered secret. */
    static final int TOKEN_LENGTH = 2 * SECRET_LENGTH;

    private static final String CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {}

    /** A new random secret. */
    static String newSecret() {
        char[] chars = new char[SECRET_LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = CHARS.charAt(RANDOM.nextInt(CHARS.length()));
        }
        return new String(chars);
    }

    /** A token for a secret under a new random mask: {@code mask + cipher}. */
    static String mask(String secret) {
        String mask = newSecret();
        StringBuilder token = new StringBuilder(TOKEN_LENGTH).append(mask);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            int shifted = CHARS.indexOf(secret.charAt(i)) + CHARS.indexOf(mask.charAt(i));
            token.append(CHARS.charAt(shifted % CHARS.length()));
        }
        return token.toString();
    }

    /** The secret a masked token holds. */
    static String unmask(String token) {
        StringBuilder secret = new StringBuilder(SECRET_LENGTH);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            int cipher = CHARS.indexOf(token.charAt(SECRET_LENGTH + i));
            int mask = CHARS.indexOf(token.charAt(i));
            secret.append(CHARS.charAt(Math.floorMod(cipher - mask, CHARS.length())));
        }
        return secret.toString();
    }

    /**
     * What is wrong with a token or secret's form: {@code "has incorrect length"} unless it has 32 or 64
     * characters ({@code allowMasked}) or 32 (a secret), {@code "has invalid characters"} for anything outside
     * {@code [a-zA-Z0-9]}; null when it is well formed.
     */
    static String formatProblem(String value, boolean allowMasked) {
        int length = value.length();
        if (length != SECRET_LENGTH && !(allowMasked && length == TOKEN_LENGTH)) {
            return "has incorrect length";
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return "has invalid characters";
            }
        }
        return null;
    }

    /**
     * Whether a well-formed token, masked or bare, holds this secret; compared in constant time, so the time taken
     * does not tell an attacker how many characters were right.
     */
    static boolean matches(String token, String secret) {
        String candidate = token.length() == TOKEN_LENGTH ? unmask(token) : token;
        return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.US_ASCII),
                secret.getBytes(StandardCharsets.US_ASCII));
    }
}
