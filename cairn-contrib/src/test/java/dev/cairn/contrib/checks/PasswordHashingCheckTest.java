package dev.cairn.contrib.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.contrib.auth.hashers.PasswordHasher;
import dev.cairn.contrib.auth.hashers.Passwords;
import dev.cairn.contrib.auth.hashers.Pbkdf2PasswordHasher;
import dev.cairn.web.checks.CheckContext;
import dev.cairn.web.checks.CheckMessage;
import dev.cairn.web.settings.Settings;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The password hashing deployment check, from PASSWORD_HASHERS as the site parses it. */
class PasswordHashingCheckTest {

    static Stream<Arguments> settings() {
        return Stream.of(
                Arguments.of(null, List.of()),
                Arguments.of("pbkdf2_sha256", List.of()),
                Arguments.of("argon2, pbkdf2_sha256", List.of()),
                Arguments.of("argon2(memory_cost=65536, parallelism=4)", List.of()),
                Arguments.of("pbkdf2_sha256(iterations=2000000)", List.of()),
                Arguments.of("pbkdf2_sha256(iterations=1000000)", List.of()),
                Arguments.of("pbkdf2_sha256(iterations=999999)", List.of("security.W040")),
                Arguments.of("pbkdf2_sha256(iterations=1), argon2", List.of("security.W040")),
                Arguments.of("pbkdf2_sha1", List.of("security.W041")),
                Arguments.of("pbkdf2_sha1(iterations=10)", List.of("security.W041")),
                Arguments.of("pbkdf2_sha256, pbkdf2_sha1", List.of()),
                Arguments.of("md5", List.of("security.E040")),
                Arguments.of("unsalted_md5, pbkdf2_sha256", List.of("security.E040")),
                Arguments.of("pbkdf2_sha256(rounds=5)", List.of("security.E040")),
                Arguments.of(" , ", List.of("security.E040")));
    }

    @ParameterizedTest(name = "PASSWORD_HASHERS={0}: {1}")
    @MethodSource("settings")
    void theFirstHasherIsCheckedAsTheSiteReadsIt(String value, List<String> ids) {
        Settings.Builder builder = Settings.builder();
        if (value != null) {
            builder.set("PASSWORD_HASHERS", value);
        }
        List<CheckMessage> found = PasswordHashingCheck.run(new CheckContext(builder.build(), site()));
        assertEquals(ids, found.stream().map(CheckMessage::id).toList());
        found.forEach(message -> assertTrue(message.hint() != null && !message.hint().isBlank(), message.id()));
    }

    static Stream<Arguments> ownHashers() {
        return Stream.of(Arguments.of("unsalted_md5", "security.W042"), Arguments.of("md5", "security.W042"),
                Arguments.of("crypt", "security.W042"), Arguments.of("sha1", "security.W042"),
                Arguments.of("bcrypt_sha1", "security.W041"), Arguments.of("bcrypt", null),
                Arguments.of("scrypt_sha1x", "security.W041"),
                Arguments.of("scrypt", null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("ownHashers")
    void aProjectsOwnFastOrUnsaltedHasherIsWarnedOf(String algorithm, String id) {
        List<CheckMessage> found = PasswordHashingCheck.of(Passwords.of(named(algorithm)));
        assertEquals(id == null ? List.of() : List.of(id), found.stream().map(CheckMessage::id).toList());
    }

    @Test
    void aWeakHasherListedAfterAStrongOneOnlyVerifiesAndPasses() {
        assertEquals(List.of(), PasswordHashingCheck.of(Passwords.of(Pbkdf2PasswordHasher.sha256(), named("md5"))));
    }

    @Test
    void theMessageSaysHowManyIterationsAndHowToFixIt() {
        CheckMessage message = PasswordHashingCheck.of(Passwords.of(Pbkdf2PasswordHasher.sha256(600_000)))
                .getFirst();
        assertEquals("security.W040: New passwords are hashed with pbkdf2_sha256 at 600000 iterations, fewer than "
                + "the 1000000 Django 5.2 uses.\n\tHINT: Drop the iterations option from PASSWORD_HASHERS (or raise "
                + "it to at least 1000000); stored hashes are upgraded at login.", message.toString());
    }

    private static dev.cairn.web.WebApp site() {
        return dev.cairn.web.WebApp.builder().settings(Settings.builder().debug(true).build()).build();
    }

    /** A project's own hasher, only its name mattering here. */
    private static PasswordHasher named(String algorithm) {
        return new PasswordHasher() {
            @Override
            public String algorithm() {
                return algorithm;
            }

            @Override
            public String encode(String password, String salt) {
                return algorithm + "$" + salt + "$" + password.hashCode();
            }

            @Override
            public boolean verify(String password, String encoded) {
                return encoded.endsWith("$" + password.hashCode());
            }

            @Override
            public boolean mustUpdate(String encoded) {
                return false;
            }

            @Override
            public Map<String, String> safeSummary(String encoded) {
                return Map.of("algorithm", algorithm);
            }
        };
    }
}
