package dev.cairn.contrib.auth.web;

import dev.cairn.contrib.auth.User;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import dev.cairn.web.signing.BadSignature;
import dev.cairn.web.signing.Signer;
import dev.cairn.web.signing.SigningKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The tokens of password reset links (Django's {@code PasswordResetTokenGenerator}): {@code <time>-<hmac>}, the time
 * in base 36 seconds and the HMAC, under the secret key, of the user's key, stored password, last login, email
 * address and that time. Nothing is stored: a token checks out while all of these are as they were, so it dies when
 * the password is reset with it (it works once), when the user logs in or changes their email address, and after
 * {@value #PASSWORD_RESET_TIMEOUT} seconds (three days by default). A token made with a key of
 * {@code SECRET_KEY_FALLBACKS} still checks out.
 */
public final class PasswordResetTokens {

    /** The setting: how many seconds a reset link works. */
    public static final String PASSWORD_RESET_TIMEOUT = "PASSWORD_RESET_TIMEOUT";
    /** Django's default: three days. */
    public static final long DEFAULT_TIMEOUT_SECONDS = 3 * 24 * 60 * 60;

    private static final String SALT = "dev.cairn.contrib.auth.web.PasswordResetTokens";
    /** Base-36 digits of a time in seconds until the year 10000, against absurd lengths. */
    private static final int MAX_TIME_DIGITS = 8;

    private final Signer signer;
    private final Duration timeout;
    private final Clock clock;

    private PasswordResetTokens(Signer signer, Duration timeout, Clock clock) {
        this.signer = signer;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * Tokens signed with the settings' keys, working for {@value #PASSWORD_RESET_TIMEOUT} seconds.
     *
     * @throws SettingsException when the timeout is not a positive number of seconds
     */
    public static PasswordResetTokens create(Settings settings) {
        return create(settings, Clock.systemUTC());
    }

    /** As {@link #create(Settings)}, telling the time by {@code clock}. */
    public static PasswordResetTokens create(Settings settings, Clock clock) {
        long seconds = settings.integer(PASSWORD_RESET_TIMEOUT, DEFAULT_TIMEOUT_SECONDS);
        if (seconds < 1) {
            throw new SettingsException(PASSWORD_RESET_TIMEOUT + " must be a positive number of seconds, not "
                    + seconds);
        }
        return new PasswordResetTokens(SigningKeys.of(settings).signer(SALT), Duration.ofSeconds(seconds), Objects
                .requireNonNull(clock, "clock"));
    }

    /** How long a token works. */
    public Duration timeout() {
        return timeout;
    }

    /** A new token for {@code user}. */
    public String make(User user) {
        long now = clock.instant().getEpochSecond();
        String signed = signer.sign(value(user, now));
        return Long.toString(now, 36) + "-" + signed.substring(signed.lastIndexOf(':') + 1);
    }

    /**
     * Whether {@code token} was made for {@code user} as they are now, and is not older than the timeout; false for
     * a null user or token and for anything malformed.
     */
    public boolean check(User user, String token) {
        if (user == null || token == null) {
            return false;
        }
        int dash = token.indexOf('-');
        if (dash < 1 || dash > MAX_TIME_DIGITS) {
            return false;
        }
        long made;
        try {
            made = Long.parseLong(token.substring(0, dash), 36);
        } catch (NumberFormatException e) {
            return false;
        }
        try {
            signer.unsign(value(user, made) + ":" + token.substring(dash + 1));
        } catch (BadSignature e) {
            return false;
        }
        // A time ahead of this clock can only be another node's clock running ahead: the HMAC says it was ours.
        return clock.instant().getEpochSecond() - made <= timeout.toSeconds();
    }

    /**
     * What the HMAC covers: each part changes when a token must stop working. The last login is cut to the second,
     * as some databases keep no more.
     */
    private static String value(User user, long time) {
        String lastLogin = user.lastLogin == null ? "" : user.lastLogin.truncatedTo(ChronoUnit.SECONDS).toString();
        return user.pk() + "|" + user.password + "|" + lastLogin + "|" + time + "|" + (user.email == null
                ? ""
                : user.email);
    }
}
