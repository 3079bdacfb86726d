package dev.cairn.web.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignerTest {

    private static final String KEY = "signer-test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz";
    private static final String OLD_KEY = "the-key-before-rotation-0123456789-abcdefghijklmnopqrstuvwxyz";
    private static final Signer SIGNER = Signer.of(KEY, "cookie:theme");

    static Stream<String> values() {
        return Stream.of("dark", "", "a:b:c", "caf\u00e9 \u2603", "x".repeat(4096));
    }

    @ParameterizedTest
    @MethodSource("values")
    void aSignedValueComesBackUnchanged(String value) throws BadSignature {
        String signed = SIGNER.sign(value);
        assertTrue(signed.startsWith(value + ":"));
        assertEquals(value, SIGNER.unsign(signed));
    }

    static Stream<Arguments> refused() {
        String signed = SIGNER.sign("dark");
        return Stream.of(
                Arguments.of("the value changed", "light" + signed.substring(4), "Signature does not match"),
                Arguments.of("the signature changed", signed.substring(0, signed.length() - 1)
                        + (signed.endsWith("A") ? "B" : "A"), "Signature does not match"),
                Arguments.of("no signature", "dark", "No ':' found in the signed value"),
                Arguments.of("an empty signature", "dark:", "Signature does not match"),
                Arguments.of("another salt's signature", Signer.of(KEY, "cookie:lang").sign("dark"),
                        "Signature does not match"),
                Arguments.of("another key's signature", Signer.of(OLD_KEY, "cookie:theme").sign("dark"),
                        "Signature does not match"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refused(String why, String signed, String message) {
        BadSignature e = assertThrows(BadSignature.class, () -> SIGNER.unsign(signed));
        assertEquals(message, e.getMessage());
        assertTrue(!e.getMessage().contains("dark"), "the message never repeats the value");
    }

    @Test
    void aFallbackKeyStillVerifiesWhileNewSignaturesUseTheCurrentKey() throws BadSignature {
        String old = Signer.of(OLD_KEY, "cookie:theme").sign("dark");
        Signer rotated = Signer.of(KEY, "cookie:theme", List.of(OLD_KEY));
        assertEquals("dark", rotated.unsign(old));
        assertEquals(SIGNER.sign("dark"), rotated.sign("dark"));
        assertThrows(BadSignature.class, () -> SIGNER.unsign(old), "without the fallback the old value fails");
    }

    @Test
    void timestampedValuesExpire() throws BadSignature {
        Instant then = Instant.parse("2026-11-22T10:00:00Z");
        String signed = Signer.of(KEY, "reset", List.of(), Clock.fixed(then, ZoneOffset.UTC))
                .signWithTimestamp("user:7");
        Signer later = Signer.of(KEY, "reset", List.of(), Clock.fixed(then.plusSeconds(3600), ZoneOffset.UTC));
        assertEquals("user:7", later.unsignWithTimestamp(signed, Duration.ofHours(1)));
        SignatureExpired expired = assertThrows(SignatureExpired.class,
                () -> later.unsignWithTimestamp(signed, Duration.ofMinutes(59)));
        assertEquals("Signature age 3600 s > 3540 s", expired.getMessage());
        assertInstanceOf(BadSignature.class, expired);
    }

    @Test
    void aTimestampedReadOfAnUnstampedValueIsRefused() {
        String plain = SIGNER.sign("dark");
        assertEquals("No timestamp found in the signed value",
                assertThrows(BadSignature.class, () -> SIGNER.unsignWithTimestamp(plain, Duration.ofDays(1)))
                        .getMessage());
        String notBase36 = SIGNER.sign("dark:!!");
        assertEquals("The timestamp is not a base-36 number",
                assertThrows(BadSignature.class, () -> SIGNER.unsignWithTimestamp(notBase36, Duration.ofDays(1)))
                        .getMessage());
    }

    static Stream<String> blankKeys() {
        return Stream.of("", "   ");
    }

    @ParameterizedTest
    @MethodSource
    void blankKeys(String key) {
        assertEquals("A signer needs a secret key (set CAIRN_SECRET_KEY)",
                assertThrows(IllegalArgumentException.class, () -> Signer.of(key, "salt")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Signer.of(KEY, "salt", List.of(key)));
    }
}
