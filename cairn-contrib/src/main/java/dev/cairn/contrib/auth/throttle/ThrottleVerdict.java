package dev.cairn.contrib.auth.throttle;

import java.time.Duration;

/**
 * Whether a login may be tried now, and if not, for how long it stays locked and by which key.
 *
 * @param allowed    whether the password may be checked
 * @param retryAfter how long until it may, zero when allowed
 * @param lockedBy   {@code account} or {@code address}, or null when allowed
 */
public record ThrottleVerdict(boolean allowed, Duration retryAfter, String lockedBy) {

    /** A login that may go ahead. */
    public static final ThrottleVerdict ALLOWED = new ThrottleVerdict(true, Duration.ZERO, null);

    /** A login refused for {@code retryAfter}, locked by {@code lockedBy}. */
    public static ThrottleVerdict locked(Duration retryAfter, String lockedBy) {
        return new ThrottleVerdict(false, retryAfter, lockedBy);
    }

    /** The wait in whole seconds, rounded up, as a {@code Retry-After} header gives it (RFC 9110, 10.2.3). */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds();
        return retryAfter.toNanosPart() > 0 ? seconds + 1 : seconds;
    }
}
