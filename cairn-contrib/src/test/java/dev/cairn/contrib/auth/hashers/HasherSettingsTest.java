package dev.cairn.contrib.auth.hashers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PASSWORD_HASHERS: the hashers it names with their costs, and what it refuses. */
class HasherSettingsTest {

    private static Passwords passwords(String value) {
        Settings.Builder builder = Settings.builder();
        if (value != null) {
            builder.set(PasswordHasherSettings.PASSWORD_HASHERS, value);
        }
        return Passwords.create(builder.build());
    }

    static Stream<Arguments> settings() {
        return Stream.of(
                Arguments.of(null, List.of("pbkdf2_sha256(iterations=1000000)", "pbkdf2_sha1(iterations=1000000)",
                        "argon2(m=102400,t=2,p=8)")),
                Arguments.of("argon2", List.of("argon2(m=102400,t=2,p=8)")),
                Arguments.of("argon2(time_cost=3, memory_cost=65536, parallelism=4), pbkdf2_sha256", List.of(
                        "argon2(m=65536,t=3,p=4)", "pbkdf2_sha256(iterations=1000000)")),
                Arguments.of(" pbkdf2_sha256(iterations=1200000) ,pbkdf2_sha1(iterations=1),", List.of(
                        "pbkdf2_sha256(iterations=1200000)", "pbkdf2_sha1(iterations=1)")));
    }

    @ParameterizedTest(name = "PASSWORD_HASHERS={0}")
    @MethodSource
    void settings(String value, List<String> hashers) {
        assertEquals(hashers, passwords(value).hashers().stream().map(Object::toString).toList());
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of("bcrypt_sha256", "PASSWORD_HASHERS: unknown hasher 'bcrypt_sha256'; known: argon2, "
                        + "pbkdf2_sha1, pbkdf2_sha256"),
                Arguments.of("", "PASSWORD_HASHERS must name at least one hasher, the first of which encodes new "
                        + "passwords: pbkdf2_sha256, pbkdf2_sha1, argon2 by default"),
                Arguments.of("pbkdf2_sha256, pbkdf2_sha256(iterations=5)", "PASSWORD_HASHERS names pbkdf2_sha256 "
                        + "twice"),
                Arguments.of("pbkdf2_sha256(iterations=0)", "PASSWORD_HASHERS: pbkdf2_sha256's iterations must be a "
                        + "whole number of at least 1, not '0'"),
                Arguments.of("pbkdf2_sha256(rounds=5)", "PASSWORD_HASHERS: pbkdf2_sha256 has no option 'rounds'; it "
                        + "takes iterations"),
                Arguments.of("argon2(memory_cost=16, parallelism=4)", "PASSWORD_HASHERS: argon2 needs at least 8 KiB "
                        + "of memory a lane: m=16 is less than 8 * p=4"),
                Arguments.of("argon2(memory=1)", "PASSWORD_HASHERS: argon2 has no option 'memory'; it takes "
                        + "memory_cost, parallelism, time_cost"),
                Arguments.of("argon2(time_cost=)", "PASSWORD_HASHERS: argon2's time_cost must be a whole number of at "
                        + "least 1, not ''"),
                Arguments.of("argon2(time_cost=1, time_cost=2)", "PASSWORD_HASHERS: argon2's option 'time_cost=2' "
                        + "must be name=value, each name once"));
    }

    @ParameterizedTest(name = "PASSWORD_HASHERS={0}")
    @MethodSource
    void badSettings(String value, String message) {
        assertEquals(message, assertThrows(SettingsException.class, () -> passwords(value)).getMessage());
    }
}
