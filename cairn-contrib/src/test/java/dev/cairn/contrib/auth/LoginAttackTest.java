package dev.cairn.contrib.auth;

import static dev.cairn.contrib.auth.AuthDatabases.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.contrib.auth.hashers.CountingHasher;
import dev.cairn.contrib.auth.hashers.Passwords;
import dev.cairn.contrib.auth.throttle.LoginThrottle;
import dev.cairn.contrib.auth.throttle.SettableClock;
import dev.cairn.contrib.auth.throttle.ThrottlePolicy;
import dev.cairn.journey.Journey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logins as an attacker tries them: wrong passwords, usernames that do not exist, guessing fast, an account that
 * was closed, and passwords brought over from a Django site.
 */
@ExtendWith(AuthDatabases.class)
class LoginAttackTest {

    private CountingHasher hasher;
    private Passwords before;
    private SettableClock clock;
    private Auth auth;

    @BeforeEach
    void setUp() {
        hasher = new CountingHasher(1_000);
        before = Passwords.install(Passwords.of(hasher));
        clock = new SettableClock(Instant.parse("2026-03-01T12:00:00Z"));
        auth = Auth.builder().backend(new ModelBackend()).throttle(LoginThrottle.builder().clock(clock).account(
                new ThrottlePolicy(3, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofDays(1))).build())
                .build();
    }

    @AfterEach
    void restore() {
        Passwords.install(before);
    }

    @Test
    void aWrongPasswordFails() {
        on("sqlite", () -> {
            Users.createUser("ada", "", "correct horse");
            assertInstanceOf(LoginOutcome.Failure.class, auth.attempt(Credentials.of("ada", "correct horsE")));
            assertInstanceOf(LoginOutcome.Success.class, auth.attempt(Credentials.of("ada", "correct horse")));
        });
    }

    @Test
    void anUnknownUsernameRunsTheDummyHashAndFailsTheSameWay() {
        on("sqlite", () -> {
            Users.createUser("ada", "", "correct horse");
            int start = hasher.runs();
            LoginOutcome unknown = auth.attempt(Credentials.of("nobody", "correct horse"));
            int unknownRuns = hasher.runs() - start;
            LoginOutcome wrong = auth.attempt(Credentials.of("ada", "wrong"));
            int wrongRuns = hasher.runs() - start - unknownRuns;
            assertEquals(wrong, unknown, "the same answer for both");
            assertEquals(1, unknownRuns, "the hasher ran for the missing user");
            assertEquals(wrongRuns, unknownRuns, "as often as for a wrong password");
        });
    }

    @Test
    void bruteForceIsThrottledWithGrowingWaitsAndLockedGuessesAreNeverChecked() {
        on("sqlite", () -> {
            Users.createUser("ada", "", "correct horse");
            List<Long> waits = new ArrayList<>();
            Journey journey = Journey.begin("brute force");
            journey.carry(() -> {
                for (int guess = 0; guess < 30 && waits.size() < 5; guess++) {
                    int runs = hasher.runs();
                    LoginOutcome outcome = auth.attempt(Credentials.of("ada", "guess" + guess).from("198.51.100.7"));
                    if (outcome instanceof LoginOutcome.Locked locked) {
                        assertEquals(runs, hasher.runs(), "a locked attempt never reaches the hasher");
                        assertEquals("account", locked.lockedBy());
                        waits.add(locked.retryAfter().toSeconds());
                        // Even the right password is refused while locked.
                        assertInstanceOf(LoginOutcome.Locked.class, auth.attempt(Credentials.of("ada",
                                "correct horse")));
                        clock.advance(locked.retryAfter());
                    }
                }
                return null;
            });
            assertEquals(List.of(1L, 2L, 4L, 8L, 16L), waits);
            assertTrue(journey.stops("auth").stream().anyMatch(s -> s.event().equals("throttled") && Long.valueOf(
                    16).equals(s.facts().get("retryAfterSeconds"))));
            clock.advance(Duration.ofSeconds(32));
            assertInstanceOf(LoginOutcome.Success.class, auth.attempt(Credentials.of("ada", "correct horse")));
            assertInstanceOf(LoginOutcome.Failure.class, auth.attempt(Credentials.of("ada", "wrong again")),
                    "a success cleared the account's count");
        });
    }

    @Test
    void anInactiveUserCannotLogInEvenWithTheRightPassword() {
        on("sqlite", () -> {
            User gone = Users.createUser("gone", "", "correct horse");
            gone.isActive = false;
            gone.save();
            assertInstanceOf(LoginOutcome.Failure.class, auth.attempt(Credentials.of("gone", "correct horse")));
        });
    }

    @Test
    void aPasswordFromDjangoLogsInAndAWeakerOneIsUpgraded() {
        Passwords.install(Passwords.defaults());
        on("sqlite", () -> {
            // Stored by Django 3.2.25 (260,000 iterations) and by Django 5.2's defaults (1,000,000).
            User old = Users.createUser("old", "", null);
            old.password = "pbkdf2_sha256$260000$seasalt$YlZ2Vggtqdc61YjArZuoApoBh9JNGYoDRBUGu6tcJQo=";
            old.save();
            User current = Users.createUser("current", "", null);
            current.password = "pbkdf2_sha256$1000000$DjangoSalt22CharsLong1$"
                    + "VKQ8nYJNvhg81K7dEMh8nQGMlIYGSFhOWxpo8HIhNt8=";
            current.save();
            assertInstanceOf(LoginOutcome.Success.class, auth.attempt(Credentials.of("old", "lètmein")));
            String upgraded = User.objects.get("username", "old").password;
            assertTrue(upgraded.startsWith("pbkdf2_sha256$1000000$"), upgraded);
            assertInstanceOf(LoginOutcome.Success.class, auth.attempt(Credentials.of("current",
                    "correct horse battery staple")));
            assertEquals(current.password, User.objects.get("username", "current").password, "left as it was");
        });
    }
}
