package dev.cairn.web.checks;

import dev.cairn.web.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The deployment checks of the secret keys, security.W009 and W025; {@link DeployChecks} documents them. */
final class SecretKeyChecks {

    /** Keys committed to Cairn's own repository (the example site's and the benchmarks'): public, so forgeable. */
    static final List<String> KNOWN_KEYS = List.of(
            "development-only-insecure-key-3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c8e2b4d6f",
            "benchmark-secret-key-not-for-production-0123456789abcdef");

    /**
     * Words that mark a key written for development. "dev" only as a whole word: a random base64 key contains
     * those three letters by chance about once in five hundred.
     */
    private static final Pattern MARKERS = Pattern.compile(
            "^django-insecure-|insecure|not-for-production|(?<![a-z0-9])dev(elopment)?(?![a-z0-9])");

    private static final String HINT = "Generate one with `openssl rand -base64 48` and set it as CAIRN_SECRET_KEY "
            + "outside the code; keep the old one in SECRET_KEY_FALLBACKS until the cookies it signed expire.";

    private SecretKeyChecks() {}

    /** security.W009: SECRET_KEY unset in DEBUG, weak, or a development key. */
    static List<CheckMessage> secretKey(CheckContext context) {
        String key = context.settings().secretKey();
        if (key == null) {
            // Out of DEBUG, settings.E001 already stops the site.
            return SettingsChecks.debug(context.settings())
                    ? List.of(CheckMessage.warning("security.W009", "SECRET_KEY is not set; DEBUG signs with a "
                            + "key made for each process, and production refuses to start without one.", HINT))
                    : List.of();
        }
        String weakness = weakness(key);
        return weakness == null
                ? List.of()
                : List.of(CheckMessage.warning("security.W009", "SECRET_KEY " + weakness
                        + ", so anyone who guesses or reads it can forge signed cookies and sessions.", HINT)
                        .concerning(Settings.SECRET_KEY));
    }

    /** security.W025: a weak SECRET_KEY_FALLBACKS entry, which verifies signatures as the key does. */
    static List<CheckMessage> fallbacks(CheckContext context) {
        List<String> keys = context.settings().list(Settings.SECRET_KEY_FALLBACKS);
        for (int i = 0; i < keys.size(); i++) {
            String weakness = weakness(keys.get(i));
            if (weakness != null) {
                return List.of(CheckMessage.warning("security.W025", "SECRET_KEY_FALLBACKS entry " + (i + 1) + " "
                        + weakness + ", and signatures made with it are still accepted.",
                        "Remove it once the cookies it signed have expired; a rotated-out key must have been as "
                                + "strong as SECRET_KEY.")
                        .concerning(Settings.SECRET_KEY_FALLBACKS));
            }
        }
        return List.of();
    }

    /** Why a key is weak, as the end of a sentence starting "SECRET_KEY", or null when it is not. */
    static String weakness(String key) {
        if (KNOWN_KEYS.contains(key)) {
            return "is one of the keys published in Cairn's own examples";
        }
        Matcher marker = MARKERS.matcher(key.toLowerCase(Locale.ROOT));
        if (marker.find()) {
            return "says it is for development ('" + marker.group() + "')";
        }
        if (key.length() < SettingsChecks.MIN_KEY_LENGTH) {
            return "has " + key.length() + " characters, fewer than " + SettingsChecks.MIN_KEY_LENGTH;
        }
        long distinct = key.chars().distinct().count();
        if (distinct < SettingsChecks.MIN_KEY_UNIQUE_CHARACTERS) {
            return "has only " + distinct + " distinct characters, fewer than "
                    + SettingsChecks.MIN_KEY_UNIQUE_CHARACTERS;
        }
        return null;
    }
}
