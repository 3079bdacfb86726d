package dev.cairn.contrib.auth;

import java.time.Duration;

/** What came of a login attempt through {@link Auth#attempt}: a user, a refusal, or a lock with how long it lasts. */
public sealed interface LoginOutcome {

    /**
     * The credentials proved a user.
     *
     * @param user    the user
     * @param backend the name of the backend that proved it
     */
    record Success(User user, String backend) implements LoginOutcome {}

    /** The credentials proved nobody; the person is not told whether the username or the password was wrong. */
    record Failure() implements LoginOutcome {}

    /**
     * Too many failures: refused without checking the password.
     *
     * @param retryAfter how long until another attempt is heard
     * @param lockedBy   {@code account} or {@code address}
     */
    record Locked(Duration retryAfter, String lockedBy) implements LoginOutcome {}
}
