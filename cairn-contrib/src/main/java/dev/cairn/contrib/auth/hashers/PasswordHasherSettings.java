package dev.cairn.contrib.auth.hashers;

import dev.cairn.contrib.auth.internal.SettingEntries;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@value #PASSWORD_HASHERS} setting: the hashers by algorithm name, the first encoding new passwords, each
 * with its costs as options.
 *
 * <table>
 * <caption>The hashers a setting can name</caption>
 * <tr><th>entry</th><th>options (defaults)</th></tr>
 * <tr><td>{@code pbkdf2_sha256}</td><td>{@code iterations} (1000000)</td></tr>
 * <tr><td>{@code pbkdf2_sha1}</td><td>{@code iterations} (1000000)</td></tr>
 * <tr><td>{@code argon2}</td><td>{@code time_cost} (2), {@code memory_cost} in KiB (102400), {@code parallelism}
 * (8)</td></tr>
 * </table>
 *
 * <pre>
 * PASSWORD_HASHERS=argon2(memory_cost=65536, parallelism=4), pbkdf2_sha256
 * </pre>
 *
 * Unset, it is Django's list: {@code pbkdf2_sha256, pbkdf2_sha1, argon2}.
 */
public final class PasswordHasherSettings {

    /** The setting's key. */
    public static final String PASSWORD_HASHERS = "PASSWORD_HASHERS";
    /** The value used when the setting is unset. */
    public static final String DEFAULT = "pbkdf2_sha256, pbkdf2_sha1, argon2";

    private static final Set<String> KNOWN = Set.of("pbkdf2_sha256", "pbkdf2_sha1", "argon2");

    private PasswordHasherSettings() {}

    /**
     * The hashers the settings name.
     *
     * @throws SettingsException naming the setting and the entry or option that is wrong, or when none is named
     */
    public static List<PasswordHasher> hashers(Settings settings) {
        String value = settings.get(PASSWORD_HASHERS, DEFAULT);
        List<PasswordHasher> hashers = new ArrayList<>();
        for (SettingEntries.Entry entry : SettingEntries.parse(PASSWORD_HASHERS, value)) {
            PasswordHasher hasher = hasher(entry);
            if (hashers.stream().anyMatch(h -> h.algorithm().equals(hasher.algorithm()))) {
                throw new SettingsException(PASSWORD_HASHERS + " names " + entry.name() + " twice");
            }
            hashers.add(hasher);
        }
        if (hashers.isEmpty()) {
            throw new SettingsException(PASSWORD_HASHERS + " must name at least one hasher, the first of which "
                    + "encodes new passwords: " + DEFAULT + " by default");
        }
        return hashers;
    }

    private static PasswordHasher hasher(SettingEntries.Entry entry) {
        String key = PASSWORD_HASHERS;
        switch (entry.name()) {
            case "pbkdf2_sha256", "pbkdf2_sha1" -> {
                entry.allowOnly(key, Set.of("iterations"));
                int iterations = entry.integer(key, "iterations", Pbkdf2PasswordHasher.DEFAULT_ITERATIONS, 1);
                return entry.name().equals("pbkdf2_sha256")
                        ? Pbkdf2PasswordHasher.sha256(iterations)
                        : Pbkdf2PasswordHasher.sha1(iterations);
            }
            case "argon2" -> {
                entry.allowOnly(key, Set.of("time_cost", "memory_cost", "parallelism"));
                int time = entry.integer(key, "time_cost", Argon2PasswordHasher.DEFAULT_TIME_COST, 1);
                int memory = entry.integer(key, "memory_cost", Argon2PasswordHasher.DEFAULT_MEMORY_COST, 8);
                int lanes = entry.integer(key, "parallelism", Argon2PasswordHasher.DEFAULT_PARALLELISM, 1);
                try {
                    return Argon2PasswordHasher.of(time, memory, lanes);
                } catch (IllegalArgumentException e) {
                    throw new SettingsException(key + ": " + e.getMessage());
                }
            }
            default -> throw new SettingsException(key + ": unknown hasher '" + entry.name() + "'; known: " + String
                    .join(", ", KNOWN.stream().sorted().toList()));
        }
    }
}
