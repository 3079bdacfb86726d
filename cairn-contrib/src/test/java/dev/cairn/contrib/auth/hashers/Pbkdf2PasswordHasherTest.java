package dev.cairn.contrib.auth.hashers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PBKDF2 values read back with precise errors, and the iterations they are made with. */
class Pbkdf2PasswordHasherTest {

    private static final Pbkdf2PasswordHasher HASHER = Pbkdf2PasswordHasher.sha256(10);

    static Stream<Arguments> malformed() {
        String shape = "<algorithm>$<iterations>$<salt>$<hash>";
        return Stream.of(
                Arguments.of("pbkdf2_sha256$10$salt", "not a pbkdf2_sha256 password: expected " + shape),
                Arguments.of("pbkdf2_sha1$10$salt$hash", "not a pbkdf2_sha256 password: expected " + shape),
                Arguments.of("pbkdf2_sha256$$salt$hash", "not a pbkdf2_sha256 password: a part of " + shape
                        + " is empty"),
                Arguments.of("pbkdf2_sha256$10$$hash", "not a pbkdf2_sha256 password: a part of " + shape
                        + " is empty"),
                Arguments.of("pbkdf2_sha256$ten$salt$hash", "not a pbkdf2_sha256 password: the iteration count must "
                        + "be a positive whole number"),
                Arguments.of("pbkdf2_sha256$-5$salt$hash", "not a pbkdf2_sha256 password: the iteration count must "
                        + "be a positive whole number"),
                Arguments.of("pbkdf2_sha256$99999999999$salt$hash", "not a pbkdf2_sha256 password: the iteration "
                        + "count must be a positive whole number"),
                Arguments.of(null, "no encoded password to read as pbkdf2_sha256"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void malformed(String stored, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> HASHER.verify("pw", stored))
                .getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> HASHER.mustUpdate(stored))
                .getMessage());
    }

    @Test
    void aHashWithADollarInsideIsReadAsTheLastPart() {
        // Django splits at the first three dollars; a damaged hash with another one just fails to match.
        assertFalse(HASHER.verify("pw", "pbkdf2_sha256$10$salt$ab$cd"));
    }

    @Test
    void iterationsBelowOneAreRefused() {
        assertEquals("pbkdf2_sha256 needs at least one iteration, not 0", assertThrows(
                IllegalArgumentException.class, () -> Pbkdf2PasswordHasher.sha256(0)).getMessage());
        assertEquals("pbkdf2_sha1 needs at least one iteration, not -1", assertThrows(IllegalArgumentException.class,
                () -> Pbkdf2PasswordHasher.sha1(-1)).getMessage());
    }

    @Test
    void theDefaultIsDjango52sCount() {
        assertEquals(1_000_000, Pbkdf2PasswordHasher.sha256().iterations());
        assertEquals(1_000_000, Pbkdf2PasswordHasher.sha1().iterations());
        assertEquals("pbkdf2_sha1", Pbkdf2PasswordHasher.sha1().algorithm());
    }

    @Test
    void hardeningAMalformedValueSaysWhatIsWrong() {
        assertEquals("not a pbkdf2_sha256 password: the iteration count must be a positive whole number",
                assertThrows(IllegalArgumentException.class, () -> HASHER.hardenRuntime("pw", "pbkdf2_sha256$x$s$h"))
                        .getMessage());
    }

    @Test
    void sha256AndSha1OfTheSameInputsDiffer() {
        String sha256 = Pbkdf2PasswordHasher.sha256(10).encode("pw", "salt");
        String sha1 = Pbkdf2PasswordHasher.sha1(10).encode("pw", "salt");
        assertEquals(44, sha256.split("\\$")[3].length(), "32 bytes in base64");
        assertEquals(28, sha1.split("\\$")[3].length(), "20 bytes in base64");
    }
}
