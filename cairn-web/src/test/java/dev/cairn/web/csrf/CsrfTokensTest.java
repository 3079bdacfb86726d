package dev.cairn.web.csrf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The secret and its masked tokens: Django's format, a fresh mask each time, and what a token may look like. */
class CsrfTokensTest {

    @Test
    void aSecretIs32LettersAndDigitsAndNeverRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = CsrfTokens.newSecret();
            assertTrue(secret.matches("[a-zA-Z0-9]{32}"), secret);
            assertTrue(seen.add(secret), "a secret came twice: " + secret);
        }
    }

    @Test
    void maskedTokensDifferEachTimeYetAllUnmaskToTheSecret() {
        String secret = CsrfTokens.newSecret();
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String token = CsrfTokens.mask(secret);
            assertTrue(token.matches("[a-zA-Z0-9]{64}"), token);
            assertEquals(secret, CsrfTokens.unmask(token));
            assertTrue(CsrfTokens.matches(token, secret));
            assertFalse(token.contains(secret), "the secret shows through its token");
            tokens.add(token);
        }
        assertEquals(200, tokens.size(), "every mask is fresh");
    }

    @Test
    void djangosMaskingIsReproduced() {
        // Mask "b..." shifts each character of the secret one place along a-zA-Z0-9: a→b, z→A, 9→a.
        String secret = "az9" + "a".repeat(29);
        String token = "b".repeat(32) + "bAa" + "b".repeat(29);
        assertEquals(secret, CsrfTokens.unmask(token));
        assertTrue(CsrfTokens.matches(token, secret));
    }

    static Stream<Arguments> forms() {
        String secret = "abcdefghijklmnopqrstuvwxyzABCDEF";
        return Stream.of(
                Arguments.of(secret, true, null),
                Arguments.of(secret + secret, true, null),
                Arguments.of(secret + secret, false, "has incorrect length"),
                Arguments.of("", true, "has incorrect length"),
                Arguments.of(secret.substring(1), true, "has incorrect length"),
                Arguments.of(secret + "A", true, "has incorrect length"),
                Arguments.of(secret + secret + "A", true, "has incorrect length"),
                Arguments.of(secret.replace('a', '-'), true, "has invalid characters"),
                Arguments.of(secret.replace('a', ' '), true, "has invalid characters"),
                Arguments.of(secret.replace('a', 'é'), true, "has invalid characters"),
                Arguments.of((secret + secret).replace('F', '/'), true, "has invalid characters"));
    }

    @ParameterizedTest(name = "[{0}] masked allowed={1}: {2}")
    @MethodSource
    void forms(String value, boolean allowMasked, String problem) {
        assertEquals(problem, CsrfTokens.formatProblem(value, allowMasked));
    }

    static Stream<Arguments> matching() {
        String secret = "abcdefghijklmnopqrstuvwxyzABCDEF";
        String other = "0123456789abcdefghijklmnopqrstuv";
        String token = CsrfTokens.mask(secret);
        return Stream.of(
                Arguments.of("its masked token", token, secret, true),
                Arguments.of("the bare secret", secret, secret, true),
                Arguments.of("a token of another secret", CsrfTokens.mask(other), secret, false),
                Arguments.of("another bare secret", other, secret, false),
                Arguments.of("a token one character off", CsrfSite.tampered(token), secret, false),
                Arguments.of("the mask alone, twice", token.substring(0, 32) + token.substring(0, 32), secret,
                        false));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource
    void matching(String what, String token, String secret, boolean matches) {
        assertEquals(matches, CsrfTokens.matches(token, secret));
    }

    @Test
    void aTokenIsNotItsSecret() {
        String secret = CsrfTokens.newSecret();
        assertNotEquals(secret, CsrfTokens.mask(secret).substring(32));
        assertNull(CsrfTokens.formatProblem(CsrfTokens.mask(secret), true));
    }
}
