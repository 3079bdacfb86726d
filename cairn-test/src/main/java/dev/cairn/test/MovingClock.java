package dev.cairn.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A clock a test moves by hand, in UTC, for what expires: cookies in the client's jar, sessions, signed values. Give
 * the same clock to the parts under test and {@link #advance} it instead of sleeping.
 *
 * <pre>{@code
 * MovingClock clock = new MovingClock();
 * WebApp app = site(SignedCookieSessionStore.create(keys, clock));
 * clock.advance(Duration.ofDays(15));
 * }</pre>
 */
public final class MovingClock extends Clock {

    private volatile Instant now;

    /** A clock at the current second. */
    public MovingClock() {
        this(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** A clock at {@code start}. */
    public MovingClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** Moves the clock on (or back, for a negative duration). */
    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneOffset getZone() {
        return ZoneOffset.UTC;
    }

    /** Refused: the clock stays in UTC, which is all that instants need. */
    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock stays in UTC");
    }
}
