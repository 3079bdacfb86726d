package dev.cairn.web;

import dev.cairn.web.settings.Settings;

/**
 * Settings for tests that build a {@link WebApp}: a site built with Cairn's bare defaults (debug off, no secret
 * key, no allowed hosts) is refused by the system checks, as a misconfigured production site should be.
 */
public final class TestSettings {

    /** A key long and varied enough to pass {@code settings.W001}; for tests only. */
    public static final String SECRET_KEY = "test-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz";

    private TestSettings() {}

    /** Debug on, a test secret key; hosts default to {@code localhost} and the loopback addresses. */
    public static Settings debug() {
        return Settings.builder().debug(true).secretKey(SECRET_KEY).build();
    }

    /** The builder's settings with these keys and values set in code, in pairs. */
    public static Settings with(Settings.Builder builder, String... keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            builder.set(keysAndValues[i], keysAndValues[i + 1]);
        }
        return builder.build();
    }

    /** Debug off, a test secret key, and {@code ALLOWED_HOSTS=localhost,testserver}: a site that passes checks. */
    public static Settings production() {
        return Settings.builder().debug(false).secretKey(SECRET_KEY).allowedHosts("localhost", "testserver").build();
    }
}
