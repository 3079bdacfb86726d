package dev.cairn.contrib.auth.throttle;

import java.time.Duration;
import java.time.Instant;

/**
 * Where {@link LoginThrottle} counts failed logins, by key ({@code account:ada}, {@code address:203.0.113.9}). One
 * node can keep them in memory ({@link InMemoryThrottleStore}); several nodes behind a load balancer need a shared
 * store (Redis: an {@code INCR} and an {@code EXPIRE} per failure), or an attacker simply spreads guesses over the
 * nodes.
 *
 * <p>
 * Implementations are safe for concurrent use, and {@link #recordFailure} is atomic: two failures at once count two.
 */
public interface ThrottleStore {

    /** The failures under {@code key} at {@code now}: {@link Failures#NONE} when none, or when they were forgotten. */
    Failures failures(String key, Instant now);

    /**
     * Counts one more failure under {@code key} at {@code now}, and keeps the count until {@code keepFor} after it
     * (each failure extends the time); a count past its time starts again from one.
     *
     * @return the failures with this one
     */
    Failures recordFailure(String key, Instant now, Duration keepFor);

    /** Forgets the failures under {@code key}. */
    void clear(String key);
}
