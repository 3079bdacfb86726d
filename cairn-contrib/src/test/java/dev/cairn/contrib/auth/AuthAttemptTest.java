package dev.cairn.contrib.auth;

import static dev.cairn.contrib.auth.AuthDatabases.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cairn.contrib.auth.throttle.LoginThrottle;
import dev.cairn.contrib.auth.throttle.SettableClock;
import dev.cairn.contrib.auth.throttle.ThrottlePolicy;
import dev.cairn.journey.Journey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import dev.cairn.contrib.auth.hashers.FastHashing;
import org.junit.jupiter.api.extension.ExtendWith;

/** Logins through {@link Auth#attempt}: with and without a throttle, per address, and as the journey shows them. */
@ExtendWith({AuthDatabases.class, FastHashing.class})
class AuthAttemptTest {

    private static Auth throttled(SettableClock clock) {
        return Auth.builder().backend(new ModelBackend()).throttle(LoginThrottle.builder().clock(clock).account(
                new ThrottlePolicy(2, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1))).address(
                        new ThrottlePolicy(4, Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofHours(1)))
                .build()).build();
    }

    @Test
    void withoutAThrottleEveryAttemptIsChecked() {
        on("sqlite", () -> {
            Users.createUser("ada", "", "pw");
            Auth auth = Auth.builder().backend(new ModelBackend()).throttle(null).build();
            assertNull(auth.throttle());
            for (int i = 0; i < 20; i++) {
                assertInstanceOf(LoginOutcome.Failure.class, auth.attempt(Credentials.of("ada", "wrong" + i)));
            }
            assertInstanceOf(LoginOutcome.Success.class, auth.attempt(Credentials.of("ada", "pw")));
        });
    }

    @Test
    void sprayingOnePasswordOverManyAccountsLocksTheAddress() {
        on("sqlite", () -> {
            Users.createUser("ada", "", "Summer2026!");
            Auth auth = throttled(new SettableClock(Instant.parse("2026-06-01T00:00:00Z")));
            for (String name : new String[]{"bob", "carol", "dave", "erin", "frank"}) {
                assertInstanceOf(LoginOutcome.Failure.class, auth.attempt(Credentials.of(name, "Summer2026!").from(
                        "192.0.2.66")));
            }
            LoginOutcome locked = auth.attempt(Credentials.of("ada", "Summer2026!").from("192.0.2.66"));
            assertEquals(new LoginOutcome.Locked(Duration.ofSeconds(5), "address"), locked);
            assertInstanceOf(LoginOutcome.Success.class, auth.attempt(Credentials.of("ada", "Summer2026!").from(
                    "192.0.2.67")), "ada herself, from her own address, is not locked out");
        });
    }

    @Test
    void aRefusalByABackendCountsAsAFailure() {
        on("sqlite", () -> {
            AuthenticationBackend refusing = new AuthenticationBackend() {
                @Override
                public Optional<User> authenticate(Credentials credentials) {
                    throw new PermissionDenied("outside office hours");
                }

                @Override
                public Optional<User> user(Object id) {
                    return Optional.empty();
                }
            };
            SettableClock clock = new SettableClock(Instant.parse("2026-06-01T00:00:00Z"));
            Auth auth = Auth.builder().backend(refusing).throttle(LoginThrottle.builder().clock(clock).account(
                    new ThrottlePolicy(1, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1)))
                    .build()).build();
            assertInstanceOf(LoginOutcome.Failure.class, auth.attempt(Credentials.of("ada", "pw")));
            assertInstanceOf(LoginOutcome.Failure.class, auth.attempt(Credentials.of("ada", "pw")));
            assertInstanceOf(LoginOutcome.Locked.class, auth.attempt(Credentials.of("ada", "pw")));
        });
    }

    @Test
    void aThrottledAttemptIsRecordedWithWhatLockedItAndForHowLong() {
        on("sqlite", () -> {
            SettableClock clock = new SettableClock(Instant.parse("2026-06-01T00:00:00Z"));
            Auth auth = throttled(clock);
            Journey journey = Journey.begin("test");
            journey.carry(() -> {
                for (int i = 0; i < 4; i++) {
                    auth.attempt(Credentials.of("ada", "guess").from("192.0.2.1"));
                }
                return null;
            });
            Journey.Stop stop = journey.stops("auth").stream().filter(s -> s.event().equals("throttled")).findFirst()
                    .orElseThrow();
            assertEquals(Map.of("username", "ada", "address", "192.0.2.1", "lockedBy", "account",
                    "retryAfterSeconds", 1L), stop.facts());
            assertEquals(1, journey.stops("auth").stream().filter(s -> s.event().equals("throttled")).count(),
                    "only the fourth attempt, after three failures, was locked");
        });
    }
}
