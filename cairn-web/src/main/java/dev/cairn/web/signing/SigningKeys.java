package dev.cairn.web.signing;

import dev.cairn.web.settings.Settings;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The keys a site signs with: {@code SECRET_KEY} and the earlier keys of {@code SECRET_KEY_FALLBACKS}, or, in debug
 * without a secret key, a random key made once per process, so that development works without setup (what it
 * signed does not survive a restart).
 *
 * @param key       the key new signatures are made with
 * @param fallbacks earlier keys still accepted when verifying
 */
public record SigningKeys(String key, List<String> fallbacks) {

    /** The keys, checked: a key must not be blank. */
    public SigningKeys {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A signer needs a secret key (set CAIRN_SECRET_KEY)");
        }
        fallbacks = List.copyOf(fallbacks);
    }

    /**
     * The keys the settings name.
     *
     * @throws IllegalStateException when {@code SECRET_KEY} is not set and debug is off
     */
    public static SigningKeys of(Settings settings) {
        String key = settings.secretKey();
        if (key == null) {
            if (!settings.debug()) {
                throw new IllegalStateException("Signing needs a secret key and DEBUG is off: set CAIRN_SECRET_KEY");
            }
            key = processKey();
        }
        return new SigningKeys(key, settings.list(Settings.SECRET_KEY_FALLBACKS));
    }

    /** The random key of this process, the same for every caller, for debug sites without a secret key. */
    public static String processKey() {
        return ProcessKey.KEY;
    }

    /** A signer for one purpose, named by its salt. */
    public Signer signer(String salt) {
        return Signer.of(key, salt, fallbacks);
    }

    /** A signer for one purpose, reading the time from a clock (for tests of expiry). */
    public Signer signer(String salt, Clock clock) {
        return Signer.of(key, salt, fallbacks, Objects.requireNonNull(clock, "clock"));
    }

    /** Never shows the keys. */
    @Override
    public String toString() {
        return "SigningKeys[key=********, fallbacks=" + fallbacks.size() + "]";
    }

    /** Made the first time a debug site without a secret key needs it. */
    private static final class ProcessKey {
        static final String KEY = make();

        private static String make() {
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }
}
