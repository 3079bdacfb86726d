package dev.cairn.contrib.auth.hashers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.journey.Journey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Making and checking stored passwords: the first hasher encodes, all verify, weaker values are upgraded. */
class PasswordsTest {

    private static final Pbkdf2PasswordHasher FAST = Pbkdf2PasswordHasher.sha256(1_000);

    @Test
    void aMadePasswordChecksAndAnotherDoesNot() {
        Passwords passwords = Passwords.of(FAST);
        String stored = passwords.make("correct horse");
        assertTrue(stored.startsWith("pbkdf2_sha256$1000$"));
        assertTrue(passwords.check("correct horse", stored));
        assertFalse(passwords.check("correct horsf", stored));
        assertFalse(passwords.check("", stored));
    }

    @Test
    void eachMadePasswordHasItsOwnSaltOf22Characters() {
        Passwords passwords = Passwords.of(FAST);
        String first = passwords.make("same");
        String second = passwords.make("same");
        assertNotEquals(first, second);
        assertEquals(22, first.split("\\$")[2].length());
        assertFalse(Salts.tooShort(first.split("\\$")[2]));
    }

    @Test
    void aNullPasswordMakesAnUnusableValueThatNothingMatches() {
        Passwords passwords = Passwords.of(FAST);
        String unusable = passwords.make(null);
        assertTrue(unusable.startsWith("!"));
        assertEquals(41, unusable.length());
        assertFalse(Passwords.isUsable(unusable));
        assertFalse(passwords.check(unusable.substring(1), unusable));
        assertNotEquals(unusable, Passwords.unusable());
    }

    static Stream<Arguments> neverMatching() {
        return Stream.of(
                // why, password, stored value
                Arguments.of("no password", null, "pbkdf2_sha256$1000$salt$hash"),
                Arguments.of("no stored value", "pw", null),
                Arguments.of("an unusable value", "pw", "!xyz"),
                Arguments.of("an unknown algorithm", "pw", "md5$salt$0cc175b9c0f1b6a831c399e269772661"),
                Arguments.of("no algorithm at all", "pw", "0cc175b9c0f1b6a831c399e269772661"),
                Arguments.of("a damaged value of a known algorithm", "pw", "pbkdf2_sha256$many$salt$hash"),
                Arguments.of("a value with a part missing", "pw", "pbkdf2_sha256$1000$salt"));
    }

    @ParameterizedTest(name = "{0} matches nothing, and still runs the hasher once")
    @MethodSource
    void neverMatching(String why, String password, String stored) {
        CountingHasher hasher = new CountingHasher(100);
        assertFalse(Passwords.of(hasher).check(password, stored));
        assertEquals(1, hasher.runs());
    }

    @Test
    void theDummyForAMissingUserRunsTheFirstHasherOnce() {
        CountingHasher hasher = new CountingHasher(100);
        Passwords.of(hasher, Pbkdf2PasswordHasher.sha1(1)).runDummy("guess");
        assertEquals(1, hasher.encodes.get());
        Passwords.of(hasher).runDummy(null);
        assertEquals(2, hasher.encodes.get());
    }

    @Test
    void aWrongPasswordAgainstFewerIterationsIsToppedUpToTheCurrentCount() {
        CountingHasher hasher = new CountingHasher(2_000);
        String old = Pbkdf2PasswordHasher.sha256(500).encode("right", Salts.random());
        assertFalse(Passwords.of(hasher).check("wrong", old));
        assertEquals(1, hasher.hardenings.get());
        assertTrue(Passwords.of(hasher).check("right", old));
        assertEquals(1, hasher.hardenings.get(), "a right password needs no topping up");
    }

    @Test
    void aWeakerValueIsUpgradedWhenItsPasswordIsRight() {
        Passwords passwords = Passwords.of(Pbkdf2PasswordHasher.sha256(2_000), Pbkdf2PasswordHasher.sha1(100));
        String weak = Pbkdf2PasswordHasher.sha1(100).encode("right", Salts.random());
        List<String> upgraded = new ArrayList<>();
        assertFalse(passwords.check("wrong", weak, upgraded::add));
        assertEquals(List.of(), upgraded, "a wrong password upgrades nothing");
        assertTrue(passwords.check("right", weak, upgraded::add));
        assertEquals(1, upgraded.size());
        assertTrue(upgraded.getFirst().startsWith("pbkdf2_sha256$2000$"));
        assertTrue(passwords.check("right", upgraded.getFirst()));
        assertFalse(passwords.mustUpdate(upgraded.getFirst()));
    }

    static Stream<Arguments> mustUpdate() {
        return Stream.of(
                Arguments.of("the same algorithm and count, a long salt", FAST.encode("p", "abcdefghijklmnopqrstuv"),
                        false),
                Arguments.of("fewer iterations", Pbkdf2PasswordHasher.sha256(999).encode("p", Salts.random()), true),
                Arguments.of("more iterations", Pbkdf2PasswordHasher.sha256(1_001).encode("p", Salts.random()), true),
                Arguments.of("a 12-character salt (Django before 3.1)", FAST.encode("p", "abcdefghijkl"), true),
                Arguments.of("another listed algorithm", Pbkdf2PasswordHasher.sha1(1_000).encode("p", Salts.random()),
                        true),
                Arguments.of("an unusable value", "!abc", false),
                Arguments.of("an unknown algorithm", "md5$a$b", false),
                Arguments.of("null", null, false));
    }

    @ParameterizedTest(name = "{0}: must update {2}")
    @MethodSource
    void mustUpdate(String why, String stored, boolean expected) {
        assertEquals(expected, Passwords.of(FAST, Pbkdf2PasswordHasher.sha1(1_000)).mustUpdate(stored));
    }

    @Test
    void theHasherIsIdentifiedByTheAlgorithmBeforeTheFirstDollar() {
        Passwords passwords = Passwords.of(FAST, Argon2PasswordHasher.of(1, 64, 1));
        assertSame(FAST, passwords.identify("pbkdf2_sha256$1$a$b"));
        assertEquals("argon2", passwords.identify("argon2$argon2id$...").algorithm());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> passwords.identify(
                "bcrypt$x"));
        assertEquals("Unknown password hashing algorithm 'bcrypt'. Is it in PASSWORD_HASHERS? Known: [pbkdf2_sha256, "
                + "argon2]", unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> passwords.identify("plain"));
    }

    @Test
    void twoHashersWithOneAlgorithmOrNoneAtAllAreRefused() {
        assertEquals("two hashers are named pbkdf2_sha256; each algorithm once", assertThrows(
                IllegalArgumentException.class, () -> Passwords.of(FAST, Pbkdf2PasswordHasher.sha256())).getMessage());
        assertEquals("Passwords needs at least one hasher", assertThrows(IllegalArgumentException.class,
                () -> Passwords.of(List.of())).getMessage());
    }

    @Test
    void eachCheckIsRecordedOnTheJourneyWithoutThePasswordOrItsHash() {
        Passwords passwords = Passwords.of(FAST, Pbkdf2PasswordHasher.sha1(10));
        String weak = Pbkdf2PasswordHasher.sha1(10).encode("s3cret-pw", "saltsaltsaltsaltsaltsa");
        Journey journey = Journey.begin("test");
        journey.carry(() -> {
            passwords.check("s3cret-pw", weak);
            passwords.check("nope", weak);
            return passwords.check("s3cret-pw", "!unusable");
        });
        List<Journey.Stop> stops = journey.stops("auth");
        assertEquals(List.of(Map.of("algorithm", "pbkdf2_sha1", "matched", true, "upgrade", true), Map.of(
                "algorithm", "pbkdf2_sha1", "matched", false, "upgrade", false),
                Map.of("algorithm", "none",
                        "matched", false, "upgrade", false)),
                stops.stream().map(Journey.Stop::facts).toList());
        assertFalse(journey.toString().contains("s3cret-pw"));
        assertFalse(journey.toString().contains(weak.split("\\$")[3]));
    }

    @Test
    void theInstalledPasswordsAreTheDefaultsUntilASiteInstallsItsOwn() {
        Passwords before = Passwords.install(null);
        try {
            assertEquals(List.of("pbkdf2_sha256", "pbkdf2_sha1", "argon2"), Passwords.installed().hashers().stream()
                    .map(PasswordHasher::algorithm).toList());
            Passwords mine = Passwords.of(FAST);
            Passwords.install(mine);
            assertSame(mine, Passwords.installed());
        } finally {
            Passwords.install(before);
        }
    }

    @ParameterizedTest(name = "salt ''{0}'' is refused")
    @ValueSource(strings = {"", "a$b"})
    void aSaltThatIsEmptyOrHoldsADollarIsRefused(String salt) {
        assertThrows(IllegalArgumentException.class, () -> FAST.encode("p", salt));
        assertThrows(IllegalArgumentException.class, () -> Argon2PasswordHasher.of(1, 64, 1).encode("p", salt));
    }

    @Test
    void aSafeSummaryMasksTheSaltAndHash() {
        assertEquals(Map.of("algorithm", "pbkdf2_sha256", "iterations", "1000", "salt", "abcdef****", "hash",
                "qrstuv***"), FAST.safeSummary("pbkdf2_sha256$1000$abcdefghij$qrstuvwxy"));
        assertNull(FAST.safeSummary("pbkdf2_sha256$1000$abcdefghij$qrstuvwxy").get("password"));
    }
}
