package dev.cairn.contrib.auth.throttle;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Slows down guessing passwords: failed logins are counted per account and per client address, and past a few of
 * either, each further failure locks that key for a time that doubles ({@link ThrottlePolicy}). A locked login is
 * refused before its password is checked, so guessing costs the attacker the wait and costs the site nothing.
 *
 * <pre>{@code
 * LoginThrottle throttle = LoginThrottle.builder().build();     // in memory, ACCOUNT and ADDRESS policies
 * ThrottleVerdict verdict = throttle.check("ada", "203.0.113.9");
 * if (!verdict.allowed()) { ... 429 with Retry-After: verdict.retryAfterSeconds() ... }
 * }</pre>
 *
 * <p>
 * A successful login clears the account's count but not the address's: otherwise an attacker holding one account
 * could log into it between guesses at others and never be slowed down. Usernames are counted case-insensitively
 * (in NFKC form, lower case), so that {@code Ada} and {@code ada} share a count.
 */
public final class LoginThrottle {

    private final ThrottleStore store;
    private final Clock clock;
    private final ThrottlePolicy account;
    private final ThrottlePolicy address;

    private LoginThrottle(Builder builder) {
        this.store = builder.store;
        this.clock = builder.clock;
        this.account = builder.account;
        this.address = builder.address;
    }

    /** A builder: an {@link InMemoryThrottleStore}, the system clock, {@link ThrottlePolicy#ACCOUNT} and {@link ThrottlePolicy#ADDRESS}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a login for {@code username} from {@code clientAddress} may be tried now. Either may be null (a form
     * without a username, a test without an address), and is then not counted.
     */
    public ThrottleVerdict check(String username, String clientAddress) {
        Instant now = clock.instant();
        Duration accountWait = wait(accountKey(username), account, now);
        Duration addressWait = wait(addressKey(clientAddress), address, now);
        if (accountWait.isZero() && addressWait.isZero()) {
            return ThrottleVerdict.ALLOWED;
        }
        return accountWait.compareTo(addressWait) >= 0
                ? ThrottleVerdict.locked(accountWait, "account")
                : ThrottleVerdict.locked(addressWait, "address");
    }

    /** Counts a failed login for the account and the address. */
    public void failed(String username, String clientAddress) {
        Instant now = clock.instant();
        String accountKey = accountKey(username);
        if (accountKey != null) {
            store.recordFailure(accountKey, now, account.forgetAfter());
        }
        String addressKey = addressKey(clientAddress);
        if (addressKey != null) {
            store.recordFailure(addressKey, now, address.forgetAfter());
        }
    }

    /** Clears the account's count after a successful login; the address's stays. */
    public void succeeded(String username, String clientAddress) {
        String accountKey = accountKey(username);
        if (accountKey != null) {
            store.clear(accountKey);
        }
    }

    private Duration wait(String key, ThrottlePolicy policy, Instant now) {
        if (key == null) {
            return Duration.ZERO;
        }
        Failures failures = store.failures(key, now);
        if (failures.count() == 0) {
            return Duration.ZERO;
        }
        Instant until = failures.last().plus(policy.delay(failures.count()));
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static String accountKey(String username) {
        return username == null || username.isEmpty()
                ? null
                : "account:" + Normalizer.normalize(username, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String clientAddress) {
        return clientAddress == null || clientAddress.isBlank() ? null : "address:" + clientAddress.strip();
    }

    /** Builds a {@link LoginThrottle}. */
    public static final class Builder {
        private ThrottleStore store = new InMemoryThrottleStore();
        private Clock clock = Clock.systemUTC();
        private ThrottlePolicy account = ThrottlePolicy.ACCOUNT;
        private ThrottlePolicy address = ThrottlePolicy.ADDRESS;

        private Builder() {}

        /** Where failures are counted. */
        public Builder store(ThrottleStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /** The clock locks are measured by; tests set their own. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** How accounts are throttled. */
        public Builder account(ThrottlePolicy value) {
            this.account = Objects.requireNonNull(value, "account");
            return this;
        }

        /** How client addresses are throttled. */
        public Builder address(ThrottlePolicy value) {
            this.address = Objects.requireNonNull(value, "address");
            return this;
        }

        /** The throttle. */
        public LoginThrottle build() {
            return new LoginThrottle(this);
        }
    }
}
