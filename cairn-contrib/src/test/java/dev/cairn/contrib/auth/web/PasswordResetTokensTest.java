package dev.cairn.contrib.auth.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.contrib.auth.User;
import dev.cairn.test.MovingClock;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reset tokens: what they are made of, what kills them, and what is not one. */
class PasswordResetTokensTest {

    private static final String KEY = "tokens-test-key-0123456789-abcdefghijklmnopqrstuvwxyz";
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-22T10:00:00Z"));

    private static Settings settings(String... keysAndValues) {
        Settings.Builder builder = Settings.builder().secretKey(KEY);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            builder.set(keysAndValues[i], keysAndValues[i + 1]);
        }
        return builder.build();
    }

    /** A saved-looking user (a key, a stored password), never put in a database. */
    private static User ada() {
        User user = new User("ada");
        user.id = 7L;
        user.email = "ada@example.com";
        user.password = "pbkdf2_sha256$1000$salt$hash=";
        return user;
    }

    @Test
    void aTokenIsTheTimeInBase36AndAnHmac() {
        String token = PasswordResetTokens.create(settings(), clock).make(ada());
        String time = Long.toString(Instant.parse("2026-11-22T10:00:00Z").getEpochSecond(), 36);
        assertTrue(token.startsWith(time + "-"), token);
        assertTrue(token.substring(time.length() + 1).matches("[A-Za-z0-9_-]{43}"), token);
    }

    @Test
    void aTokenChecksOutForItsUserUntilTheTimeoutAndNotASecondLonger() {
        PasswordResetTokens tokens = PasswordResetTokens.create(settings("PASSWORD_RESET_TIMEOUT", "3600"), clock);
        String token = tokens.make(ada());
        assertTrue(tokens.check(ada(), token));
        clock.advance(Duration.ofHours(1));
        assertTrue(tokens.check(ada(), token));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(tokens.check(ada(), token));
        assertEquals(Duration.ofHours(1), tokens.timeout());
    }

    @Test
    void theDefaultTimeoutIsThreeDays() {
        assertEquals(Duration.ofDays(3), PasswordResetTokens.create(settings(), clock).timeout());
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("the password changed (the token was used)",
                        (Consumer<User>) u -> u.password = "pbkdf2_sha256$1000$salt$other="),
                Arguments.of("the user logged in", (Consumer<User>) u -> u.lastLogin = Instant.parse(
                        "2026-11-22T11:00:00Z")),
                Arguments.of("the email address changed", (Consumer<User>) u -> u.email = "ada@elsewhere.example"),
                Arguments.of("another user", (Consumer<User>) u -> u.id = 8L));
    }

    @ParameterizedTest(name = "dead once {0}")
    @MethodSource("changes")
    void aTokenDiesWhenWhatItWasMadeFromChanges(String why, Consumer<User> change) {
        PasswordResetTokens tokens = PasswordResetTokens.create(settings(), clock);
        String token = tokens.make(ada());
        User changed = ada();
        change.accept(changed);
        assertFalse(tokens.check(changed, token));
    }

    @Test
    void theLastLoginCountsToTheSecondOnly() {
        PasswordResetTokens tokens = PasswordResetTokens.create(settings(), clock);
        User stored = ada();
        stored.lastLogin = Instant.parse("2026-11-22T09:00:00.123456789Z");
        String token = tokens.make(stored);
        User readBack = ada();
        readBack.lastLogin = Instant.parse("2026-11-22T09:00:00.123Z");
        assertTrue(tokens.check(readBack, token), "a database that keeps less than nanoseconds gives the same token");
    }

    static Stream<String> notTokens() {
        return Stream.of("", "-", "abc", "-abcdef", "zzzzzzzzzz-abc", "!!-abc", "1-", "1-abc", "smz6a8-", "smz6a8");
    }

    @ParameterizedTest(name = "''{0}''")
    @MethodSource("notTokens")
    void whatIsNotATokenChecksOutAsNothing(String token) {
        assertFalse(PasswordResetTokens.create(settings(), clock).check(ada(), token));
    }

    @Test
    void nullsCheckOutAsNothing() {
        PasswordResetTokens tokens = PasswordResetTokens.create(settings(), clock);
        assertFalse(tokens.check(null, tokens.make(ada())));
        assertFalse(tokens.check(ada(), null));
    }

    @Test
    void aTimeChangedInTheTokenBreaksItsHmac() {
        PasswordResetTokens tokens = PasswordResetTokens.create(settings(), clock);
        String token = tokens.make(ada());
        clock.advance(Duration.ofDays(10));
        String now = Long.toString(clock.instant().getEpochSecond(), 36);
        assertFalse(tokens.check(ada(), now + token.substring(token.indexOf('-'))), "made younger by hand");
    }

    @Test
    void aTokenMadeWithAFallbackKeyStillChecksOutAndOneFromAnotherKeyDoesNot() {
        String token = PasswordResetTokens.create(settings(), clock).make(ada());
        Settings rotated = Settings.builder().secretKey("the-next-key-0123456789-abcdefghijklmnopqrstuvwxyz").set(
                "SECRET_KEY_FALLBACKS", KEY).build();
        assertTrue(PasswordResetTokens.create(rotated, clock).check(ada(), token));
        Settings other = Settings.builder().secretKey("the-next-key-0123456789-abcdefghijklmnopqrstuvwxyz").build();
        assertFalse(PasswordResetTokens.create(other, clock).check(ada(), token));
    }

    static Stream<String> badTimeouts() {
        return Stream.of("0", "-5");
    }

    @ParameterizedTest(name = "PASSWORD_RESET_TIMEOUT={0}")
    @MethodSource("badTimeouts")
    void aTimeoutThatIsNotPositiveIsRefused(String value) {
        SettingsException e = assertThrows(SettingsException.class, () -> PasswordResetTokens.create(settings(
                "PASSWORD_RESET_TIMEOUT", value), clock));
        assertEquals("PASSWORD_RESET_TIMEOUT must be a positive number of seconds, not " + value, e.getMessage());
        assertThrows(SettingsException.class, () -> PasswordResetTokens.create(settings("PASSWORD_RESET_TIMEOUT",
                "three days")));
    }
}
