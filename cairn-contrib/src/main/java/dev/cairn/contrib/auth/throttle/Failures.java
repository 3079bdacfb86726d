package dev.cairn.contrib.auth.throttle;

import java.time.Instant;

/**
 * The failed logins a {@link ThrottleStore} holds under one key: how many since they were last forgotten, and when
 * the latest was.
 *
 * @param count how many
 * @param last  when the latest was; null when there are none
 */
public record Failures(int count, Instant last) {

    /** No failures. */
    public static final Failures NONE = new Failures(0, null);

    /** These failures and one more at {@code now}. */
    public Failures plusOne(Instant now) {
        return new Failures(count + 1, now);
    }
}
