package dev.cairn.contrib.auth.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Failed logins per account and per address, with doubling locks, on a clock the tests move. */
class LoginThrottleTest {

    private static final ThrottlePolicy ACCOUNT = new ThrottlePolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(
            60), Duration.ofHours(1));
    private static final ThrottlePolicy ADDRESS = new ThrottlePolicy(6, Duration.ofSeconds(2), Duration.ofSeconds(
            60), Duration.ofHours(1));

    private SettableClock clock;
    private LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
        throttle = LoginThrottle.builder().clock(clock).account(ACCOUNT).address(ADDRESS).build();
    }

    @Test
    void failuresUpToTheFreeCountLockNothing() {
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.check("ada", "198.51.100.1").allowed());
            throttle.failed("ada", "198.51.100.1");
        }
        assertEquals(ThrottleVerdict.ALLOWED, throttle.check("ada", "198.51.100.1"));
    }

    @Test
    void eachFailurePastTheFreeCountDoublesTheWaitUpToTheMaximum() {
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ThrottleVerdict verdict = throttle.check("ada", null);
            if (!verdict.allowed()) {
                waits.add(verdict.retryAfterSeconds());
                clock.advance(verdict.retryAfter());
                assertTrue(throttle.check("ada", null).allowed(), "the lock ends when its time is up");
            }
            throttle.failed("ada", null);
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L), waits);
    }

    @Test
    void aLockedAccountSaysHowLongIsLeft() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ada", null);
        }
        // Five failures, three free: the second lock, two seconds from the latest failure.
        clock.advance(Duration.ofMillis(500));
        ThrottleVerdict verdict = throttle.check("ada", null);
        assertFalse(verdict.allowed());
        assertEquals("account", verdict.lockedBy());
        assertEquals(Duration.ofMillis(1_500), verdict.retryAfter());
        assertEquals(2, verdict.retryAfterSeconds());
    }

    @Test
    void oneAddressGuessingManyAccountsIsLockedByItsAddress() {
        for (int i = 0; i < 7; i++) {
            assertTrue(throttle.check("user" + i, "203.0.113.9").allowed());
            throttle.failed("user" + i, "203.0.113.9");
        }
        ThrottleVerdict verdict = throttle.check("someone-new", "203.0.113.9");
        assertEquals("address", verdict.lockedBy());
        assertEquals(Duration.ofSeconds(2), verdict.retryAfter());
        assertTrue(throttle.check("someone-new", "203.0.113.10").allowed(), "another address is not locked");
    }

    @Test
    void theLongerOfTheTwoLocksIsTheOneReported() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("ada", "203.0.113.9");
        }
        // The account: 8 failures, 3 free, so 2^4 s; the address: 8 failures, 6 free, so 2 * 2^1 s.
        ThrottleVerdict verdict = throttle.check("ada", "203.0.113.9");
        assertEquals("account", verdict.lockedBy());
        assertEquals(Duration.ofSeconds(16), verdict.retryAfter());
    }

    @Test
    void aSuccessClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 7; i++) {
            throttle.failed("ada", "203.0.113.9");
        }
        throttle.succeeded("ada", "203.0.113.9");
        assertTrue(throttle.check("ada", null).allowed());
        assertEquals("address", throttle.check("ada", "203.0.113.9").lockedBy());
    }

    @Test
    void usernamesAreCountedWhateverTheirCaseOrCompatibilityForm() {
        throttle.failed("Ada", null);
        throttle.failed("ADA", null);
        throttle.failed("ａｄａ", null);
        throttle.failed("ada", null);
        assertEquals("account", throttle.check("aDa", null).lockedBy());
    }

    @Test
    void failuresAreForgottenLongAfterTheLatest() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ada", null);
        }
        clock.advance(Duration.ofHours(1));
        assertTrue(throttle.check("ada", null).allowed());
        throttle.failed("ada", null);
        assertTrue(throttle.check("ada", null).allowed(), "the count started again from one");
    }

    @Test
    void noUsernameAndNoAddressAreNotCounted() {
        for (int i = 0; i < 10; i++) {
            throttle.failed(null, " ");
            throttle.failed("", null);
        }
        assertTrue(throttle.check(null, null).allowed());
    }

    static Stream<Arguments> badPolicies() {
        return Stream.of(
                Arguments.of(-1, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3),
                        "freeFailures must be 0 or more, not -1"),
                Arguments.of(1, Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(3),
                        "delays must be positive with baseDelay <= maxDelay, not PT0S and PT2S"),
                Arguments.of(1, Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(3),
                        "delays must be positive with baseDelay <= maxDelay, not PT3S and PT2S"),
                Arguments.of(1, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(1),
                        "forgetAfter (PT1S) must be at least maxDelay (PT2S), or a lock would outlive its count"));
    }

    @ParameterizedTest(name = "{4}")
    @MethodSource
    void badPolicies(int free, Duration base, Duration max, Duration forget, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> new ThrottlePolicy(free, base, max,
                forget)).getMessage());
    }

    @Test
    void delaysNeverOverflowHoweverManyTheFailures() {
        assertEquals(Duration.ofMinutes(15), ThrottlePolicy.ACCOUNT.delay(Integer.MAX_VALUE));
        assertEquals(Duration.ZERO, ThrottlePolicy.ACCOUNT.delay(5));
        assertEquals(Duration.ofSeconds(1), ThrottlePolicy.ACCOUNT.delay(6));
    }

    @Test
    void theMemoryStoreKeepsAtMostItsCapacityDroppingTheOldestFirst() {
        InMemoryThrottleStore store = new InMemoryThrottleStore(3);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 5; i++) {
            store.recordFailure("key" + i, t.plusSeconds(i), Duration.ofHours(1));
        }
        assertEquals(3, store.size());
        assertEquals(Failures.NONE, store.failures("key0", t.plusSeconds(10)));
        assertEquals(1, store.failures("key4", t.plusSeconds(10)).count());
        assertThrows(IllegalArgumentException.class, () -> new InMemoryThrottleStore(0));
    }

    @Test
    void concurrentFailuresAreEachCounted() throws InterruptedException {
        InMemoryThrottleStore store = new InMemoryThrottleStore();
        Instant now = Instant.now();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                for (int j = 0; j < 100; j++) {
                    store.recordFailure("account:ada", now, Duration.ofHours(1));
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(800, store.failures("account:ada", now).count());
    }
}
