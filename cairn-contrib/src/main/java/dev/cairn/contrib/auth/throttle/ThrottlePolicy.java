package dev.cairn.contrib.auth.throttle;

import java.time.Duration;

/**
 * How hard one kind of key (an account, a client address) is throttled: after {@code freeFailures} failed logins in
 * a row, each further failure locks the key for {@code baseDelay}, then twice that, four times, ... up to
 * {@code maxDelay}; the count is forgotten {@code forgetAfter} after the latest failure, or at a successful login to
 * the account.
 *
 * @param freeFailures failures allowed before the first lock
 * @param baseDelay    the first lock's length
 * @param maxDelay     the longest lock
 * @param forgetAfter  how long a count is kept after its latest failure
 */
public record ThrottlePolicy(int freeFailures, Duration baseDelay, Duration maxDelay, Duration forgetAfter) {

    /** Per account: five failures free, then 1 s, 2 s, 4 s, ... up to 15 minutes; forgotten after a day. */
    public static final ThrottlePolicy ACCOUNT = new ThrottlePolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(15),
            Duration.ofDays(1));
    /**
     * Per client address: twenty failures free (many people can share one address behind NAT), then the same
     * doubling.
     */
    public static final ThrottlePolicy ADDRESS = new ThrottlePolicy(20, Duration.ofSeconds(1), Duration.ofMinutes(15),
            Duration.ofDays(1));

    /**
     * A policy.
     *
     * @throws IllegalArgumentException when a count is negative, a delay not positive, the base above the maximum,
     *                                  or the count forgotten before the longest lock ends
     */
    public ThrottlePolicy {
        if (freeFailures < 0) {
            throw new IllegalArgumentException("freeFailures must be 0 or more, not " + freeFailures);
        }
        if (!baseDelay.isPositive() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("delays must be positive with baseDelay <= maxDelay, not " + baseDelay
                    + " and " + maxDelay);
        }
        if (forgetAfter.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("forgetAfter (" + forgetAfter + ") must be at least maxDelay ("
                    + maxDelay + "), or a lock would outlive its count");
        }
    }

    /** How long {@code failures} failures in a row lock a key: zero while they are free. */
    public Duration delay(int failures) {
        int locked = failures - freeFailures;
        if (locked <= 0) {
            return Duration.ZERO;
        }
        // Doubling past 2^40 seconds overflows nothing useful: every cap a site would set is reached long before.
        int doublings = Math.min(locked - 1, 40);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
