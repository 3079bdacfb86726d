package dev.cairn.contrib.auth.hashers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Argon2 values: made and verified, read back with precise errors, and judged against the current costs. */
class Argon2PasswordHasherTest {

    private static final Argon2PasswordHasher SMALL = Argon2PasswordHasher.of(1, 64, 1);
    private static final String SALT = "c2Vhc2FsdHNlYXNhbHQ";

    @Test
    void aMadeValueVerifiesItsPasswordOnly() {
        String stored = SMALL.encode("lètmein", Salts.random());
        assertTrue(stored.startsWith("argon2$argon2id$v=19$m=64,t=1,p=1$"));
        assertTrue(SMALL.verify("lètmein", stored));
        assertFalse(SMALL.verify("letmein", stored));
    }

    @Test
    void django3ValuesWithoutAVersionAreVersion16AndVerify() {
        // Made the same way as Django's first Argon2 values: version 0x10 and no v= part.
        String stored = "argon2$argon2i$m=64,t=1,p=1$" + SALT + "$";
        byte[] hash = new org.bouncycastle.crypto.generators.Argon2BytesGenerator() {
            byte[] run() {
                init(new org.bouncycastle.crypto.params.Argon2Parameters.Builder(
                        org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_i).withVersion(0x10).withIterations(1)
                        .withMemoryAsKB(64).withParallelism(1).withSalt("seasaltseasalt".getBytes()).build());
                byte[] out = new byte[16];
                generateBytes("pw".getBytes(), out);
                return out;
            }
        }.run();
        stored += java.util.Base64.getEncoder().withoutPadding().encodeToString(hash);
        assertTrue(SMALL.verify("pw", stored));
        assertFalse(SMALL.verify("px", stored));
        assertTrue(SMALL.mustUpdate(stored));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("argon2", "not an argon2 password: expected argon2$<variety>$v=<version>$m=<KiB>,"
                        + "t=<passes>,p=<lanes>$<salt>$<hash>"),
                Arguments.of("argon2$argon2id$v=19$m=64,t=1,p=1$" + SALT, "not an argon2 password: expected "
                        + "argon2$<variety>$v=<version>$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>"),
                Arguments.of("argon2$argon2x$v=19$m=64,t=1,p=1$" + SALT + "$aGFzaA",
                        "not an argon2 password: the variety must be argon2id, argon2i or argon2d"),
                Arguments.of("argon2$argon2id$v=20$m=64,t=1,p=1$" + SALT + "$aGFzaA",
                        "not an argon2 password: the version must be v=16 or v=19"),
                Arguments.of("argon2$argon2id$v=19$m=64,t=1$" + SALT + "$aGFzaA",
                        "not an argon2 password: the costs must be m=<KiB>,t=<passes>,p=<lanes>"),
                Arguments.of("argon2$argon2id$v=19$m=64,t=1,p=1,p=1$" + SALT + "$aGFzaA",
                        "not an argon2 password: the costs must be m=<KiB>,t=<passes>,p=<lanes>"),
                Arguments.of("argon2$argon2id$v=19$m=64,t=0,p=1$" + SALT + "$aGFzaA",
                        "not an argon2 password: t must be a positive whole number"),
                Arguments.of("argon2$argon2id$v=19$m=4,t=1,p=1$" + SALT + "$aGFzaA",
                        "not an argon2 password: argon2 needs at least 8 KiB of memory a lane: m=4 is less than 8 * "
                                + "p=1"),
                Arguments.of("argon2$argon2id$v=19$m=64,t=1,p=1$*salt*$aGFzaA",
                        "not an argon2 password: the salt must be base64"),
                Arguments.of("argon2$argon2id$v=19$m=64,t=1,p=1$" + SALT + "$aGE",
                        "not an argon2 password: the hash must be at least 4 bytes"),
                Arguments.of("pbkdf2_sha256$1000$salt$hash", "not an argon2 password: expected argon2$<variety>$"
                        + "v=<version>$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void malformed(String stored, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> SMALL.verify("pw", stored))
                .getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> SMALL.mustUpdate(stored))
                .getMessage());
    }

    static Stream<Arguments> mustUpdate() {
        String salt22 = "abcdefghijklmnopqrstuv";
        return Stream.of(
                Arguments.of("today's costs and variety", SMALL.encode("p", salt22), false),
                Arguments.of("more memory", Argon2PasswordHasher.of(1, 128, 1).encode("p", salt22), true),
                Arguments.of("more passes", Argon2PasswordHasher.of(2, 64, 1).encode("p", salt22), true),
                Arguments.of("more lanes", Argon2PasswordHasher.of(1, 64, 2).encode("p", salt22), true),
                Arguments.of("a 14-character salt", SMALL.encode("p", "seasaltseasalt"), true),
                Arguments.of("a 16-byte hash (argon2-cffi before 21.2)", "argon2$argon2id$v=19$m=64,t=1,p=1$"
                        + "YWJjZGVmZ2hpamtsbW5vcHFyc3R1dg$QallDq/1zpg73Bt1RKe/jA", true),
                Arguments.of("argon2i", "argon2$argon2i$v=19$m=64,t=1,p=1$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dg$"
                        + "LjTCTAQ0zli94Z05CPtJPetNDdA3bHqrlu6E2I4NI70", true));
    }

    @ParameterizedTest(name = "{0}: must update {2}")
    @MethodSource
    void mustUpdate(String why, String stored, boolean expected) {
        assertEquals(expected, SMALL.mustUpdate(stored));
    }

    @Test
    void costsBelowTheRfcsMinimumsAreRefused() {
        assertEquals("argon2 needs t >= 1 and 1 <= p <= 16777215, not t=0, p=1", assertThrows(
                IllegalArgumentException.class, () -> Argon2PasswordHasher.of(0, 64, 1)).getMessage());
        assertEquals("argon2 needs at least 8 KiB of memory a lane: m=16 is less than 8 * p=4", assertThrows(
                IllegalArgumentException.class, () -> Argon2PasswordHasher.of(1, 16, 4)).getMessage());
    }

    @Test
    void theDefaultsAreDjangos() {
        assertEquals(new Argon2Cost(2, 102_400, 8), Argon2PasswordHasher.create().cost());
    }

    @Test
    void aSafeSummaryShowsTheCostsAndMasksTheRest() {
        Map<String, String> summary = SMALL.safeSummary("argon2$argon2id$v=19$m=64,t=1,p=1$" + SALT + "$"
                + "LjTCTAQ0zli94Z05CPtJPetNDdA3bHqrlu6E2I4NI70");
        assertEquals("argon2id", summary.get("variety"));
        assertEquals("64", summary.get("memory cost"));
        assertEquals("c2Vhc2*************", summary.get("salt"));
        assertTrue(summary.get("hash").startsWith("LjTCTA*"));
    }
}
