package dev.cairn.contrib.auth.hashers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Passwords stored by Django itself verify here, and what Cairn encodes is what Django would have stored. The values
 * were printed by Django 3.2.25's own hashers (Debian's python3-django and python3-argon2, argon2-cffi 21.1) with
 * fixed salts, by {@code django_vectors.py} beside this class's resources; Django 5.2 encodes the same way, with
 * 1,000,000 PBKDF2 iterations by default.
 */
class DjangoVectorsTest {

    static Stream<Arguments> djangoValues() {
        return Stream.of(
                // password, value Django stored, whether today's defaults would re-encode it
                Arguments.of("lètmein", "pbkdf2_sha256$260000$seasalt$YlZ2Vggtqdc61YjArZuoApoBh9JNGYoDRBUGu6tcJQo=",
                        true),
                Arguments.of("", "pbkdf2_sha256$1000$emptysalt$Th/GgYSDV3N4Zpkx3TpFlR/PPyCUSrZ7QQFwKxyd/oo=", true),
                Arguments.of("p@ss$word", "pbkdf2_sha256$1000$Z9yX8wV7uT6sR5qP4oN3mL$"
                        + "VhUJFzTgI8TaxGfEwBJeSNbjAPNqbJUebhcaaYgTwZ8=", true),
                Arguments.of("lètmein", "pbkdf2_sha1$260000$seasalt$XXHk2gQ7tjWIyrS320RXXsGqkUg=", true),
                // Django's 8 lanes over less memory: Django's default of 100 MiB costs seconds on a busy machine.
                Arguments.of("lètmein", "argon2$argon2id$v=19$m=1024,t=1,p=8$c2Vhc2FsdHNlYXNhbHQ$"
                        + "QapUiiLBWVRSyoxx1x0RMQ", true),
                Arguments.of("secret", "argon2$argon2id$v=19$m=256,t=1,p=1$RGphbmdvU2FsdDIyQ2hhcnNMb25nMQ$"
                        + "SPGRJGY4tcouwOlExiRcYw", true),
                Arguments.of("lètmein", "argon2$argon2id$v=19$m=1024,t=3,p=2$c2Vhc2FsdHNlYXNhbHQ$"
                        + "RIVhQg75IUN8XQ2vwdvrJw", true),
                Arguments.of("lètmein", "argon2$argon2id$v=19$m=512,t=2,p=2$c2Vhc2FsdHNlYXNhbHQ$"
                        + "LjTCTAQ0zli94Z05CPtJPetNDdA3bHqrlu6E2I4NI70", true),
                Arguments.of("lètmein", "argon2$argon2i$v=19$m=512,t=2,p=2$c2Vhc2FsdHNlYXNhbHQ$"
                        + "QallDq/1zpg73Bt1RKe/jA", true));
    }

    @ParameterizedTest(name = "{1} verifies its password only; weaker than today''s default: {2}")
    @MethodSource("djangoValues")
    void aValueDjangoStoredVerifiesItsPasswordOnly(String password, String stored, boolean weaker) {
        Passwords passwords = Passwords.defaults();
        PasswordHasher hasher = passwords.identify(stored);
        assertTrue(hasher.verify(password, stored));
        // The hasher alone, not check(): a wrong password against a weaker value would be topped up to 1,000,000
        // iterations, which PasswordsTest proves with fewer.
        assertFalse(hasher.verify(password + "x", stored));
        assertEquals(weaker, passwords.mustUpdate(stored));
    }

    /**
     * Django 5.2's default: 1,000,000 iterations. Two values only, as each costs a second on a busy machine; the one
     * with a 7-character salt is re-encoded for its salt.
     */
    @Test
    void checkAcceptsADjango52ValueWithoutAskingForAnUpgrade() {
        String stored = "pbkdf2_sha256$1000000$DjangoSalt22CharsLong1$VKQ8nYJNvhg81K7dEMh8nQGMlIYGSFhOWxpo8HIhNt8=";
        assertTrue(Passwords.defaults().check("correct horse battery staple", stored, upgraded -> {
            throw new AssertionError("a current value needs no upgrade");
        }));
        assertTrue(Passwords.defaults().mustUpdate("pbkdf2_sha256$1000000$seasalt$"
                + "r1uLUxoxpP2Ued/qxvmje7UH9PUJBkRrvf9gGPL7Cps="));
    }

    @Test
    void cairnEncodesPbkdf2ExactlyAsDjangoDoes() {
        assertEquals("pbkdf2_sha256$1000000$seasalt$r1uLUxoxpP2Ued/qxvmje7UH9PUJBkRrvf9gGPL7Cps=",
                Pbkdf2PasswordHasher.sha256().encode("lètmein", "seasalt"));
        assertEquals("pbkdf2_sha1$260000$seasalt$XXHk2gQ7tjWIyrS320RXXsGqkUg=", Pbkdf2PasswordHasher.sha1(260_000)
                .encode("lètmein", "seasalt"));
    }

    @Test
    void cairnEncodesArgon2idExactlyAsDjangoDoesWithA32ByteHash() {
        assertEquals("argon2$argon2id$v=19$m=512,t=2,p=2$c2Vhc2FsdHNlYXNhbHQ$"
                + "LjTCTAQ0zli94Z05CPtJPetNDdA3bHqrlu6E2I4NI70",
                Argon2PasswordHasher.of(2, 512, 2).encode("lètmein",
                        "seasaltseasalt"));
    }

    @Test
    void anUnusableValueDjangoStoredMatchesNothing() {
        String stored = "!aJh0nfrEBwi5I6aTpBS86EJZwsktUvhZzohzowZs";
        assertFalse(Passwords.isUsable(stored));
        assertFalse(Passwords.of(Pbkdf2PasswordHasher.sha256(1)).check("", stored));
        assertFalse(Passwords.of(Pbkdf2PasswordHasher.sha256(1)).check(stored, stored));
    }
}
