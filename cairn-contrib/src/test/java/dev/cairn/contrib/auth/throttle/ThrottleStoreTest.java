package dev.cairn.contrib.auth.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The memory store's counts: kept for their time, forgotten after it, cleared on demand, evicted in order. */
class ThrottleStoreTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void aCountIsKeptUntilItsTimeAfterTheLatestFailure() {
        InMemoryThrottleStore store = new InMemoryThrottleStore();
        store.recordFailure("k", T0, HOUR);
        store.recordFailure("k", T0.plusSeconds(1_800), HOUR);
        assertEquals(new Failures(2, T0.plusSeconds(1_800)), store.failures("k", T0.plusSeconds(3_599)));
        assertEquals(new Failures(2, T0.plusSeconds(1_800)), store.failures("k", T0.plusSeconds(5_399)),
                "each failure extends the time");
        assertEquals(Failures.NONE, store.failures("k", T0.plusSeconds(5_400)));
    }

    @Test
    void aFailureAfterTheTimeStartsAgainFromOne() {
        InMemoryThrottleStore store = new InMemoryThrottleStore();
        for (int i = 0; i < 5; i++) {
            store.recordFailure("k", T0, HOUR);
        }
        assertEquals(new Failures(1, T0.plus(HOUR)), store.recordFailure("k", T0.plus(HOUR), HOUR));
    }

    @Test
    void clearingForgetsOneKeyOnly() {
        InMemoryThrottleStore store = new InMemoryThrottleStore();
        store.recordFailure("a", T0, HOUR);
        store.recordFailure("b", T0, HOUR);
        store.clear("a");
        store.clear("never-there");
        assertEquals(Failures.NONE, store.failures("a", T0));
        assertEquals(1, store.failures("b", T0).count());
        assertEquals(1, store.size());
    }

    @Test
    void pastItsCapacityExpiredKeysGoBeforeLiveOnes() {
        InMemoryThrottleStore store = new InMemoryThrottleStore(2);
        store.recordFailure("short-lived", T0, Duration.ofSeconds(1));
        store.recordFailure("old-but-live", T0, HOUR);
        store.recordFailure("new", T0.plusSeconds(10), HOUR);
        assertEquals(2, store.size());
        assertEquals(1, store.failures("old-but-live", T0.plusSeconds(10)).count());
        assertEquals(1, store.failures("new", T0.plusSeconds(10)).count());
    }

    @Test
    void noFailuresHaveNoLatest() {
        assertEquals(0, Failures.NONE.count());
        assertNull(Failures.NONE.last());
        assertEquals(new Failures(1, T0), Failures.NONE.plusOne(T0));
    }

    static Stream<Arguments> roundedUp() {
        return Stream.of(
                Arguments.of(Duration.ZERO, 0L),
                Arguments.of(Duration.ofNanos(1), 1L),
                Arguments.of(Duration.ofSeconds(1), 1L),
                Arguments.of(Duration.ofMillis(1_001), 2L),
                Arguments.of(Duration.ofMinutes(15), 900L));
    }

    @ParameterizedTest(name = "{0} waits {1} s in Retry-After")
    @MethodSource
    void roundedUp(Duration wait, long seconds) {
        assertEquals(seconds, ThrottleVerdict.locked(wait, "account").retryAfterSeconds());
    }

    @Test
    void anAllowedVerdictWaitsForNothing() {
        assertEquals(0, ThrottleVerdict.ALLOWED.retryAfterSeconds());
        assertNull(ThrottleVerdict.ALLOWED.lockedBy());
    }
}
