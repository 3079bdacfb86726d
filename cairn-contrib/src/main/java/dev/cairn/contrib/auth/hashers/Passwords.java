package dev.cairn.contrib.auth.hashers;

import dev.cairn.journey.Journey;
import dev.cairn.web.settings.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Making and checking stored passwords with the configured hashers (Django's {@code make_password} and
 * {@code check_password}): the first hasher encodes new passwords, and every listed hasher verifies the values it
 * made, so a site can change algorithm or costs and old passwords keep working until each user's next login
 * upgrades them.
 *
 * <pre>{@code
 * Passwords passwords = Passwords.create(settings);              // PASSWORD_HASHERS, see PasswordHasherSettings
 * String stored = passwords.make("correct horse");               // pbkdf2_sha256$1000000$...
 * passwords.check("correct horse", stored, user::storePassword); // true; re-encoded when weaker than the first
 * }</pre>
 *
 * <p>
 * A stored value starting with {@value #UNUSABLE_PREFIX} is an unusable password: no password matches it. Checking
 * against it, against a value no listed hasher made, or with no password at all still runs the first hasher once,
 * and so does {@link #runDummy} for a user that does not exist, so that the time a login takes does not tell which
 * of these was the case.
 *
 * <p>
 * Each check is recorded on the current journey's {@code auth} layer as {@code password checked} with the algorithm,
 * whether it matched and whether it is to be upgraded; never the password or its hash.
 */
public final class Passwords {

    /** What starts an unusable password (Django's {@code UNUSABLE_PASSWORD_PREFIX}). */
    public static final String UNUSABLE_PREFIX = "!";
    /** The random characters after the prefix, so that no two unusable values are alike. */
    static final int UNUSABLE_SUFFIX_LENGTH = 40;

    private static final System.Logger LOG = System.getLogger(Passwords.class.getName());
    private static volatile Passwords installed;

    private final List<PasswordHasher> hashers;
    private final Map<String, PasswordHasher> byAlgorithm = new LinkedHashMap<>();

    private Passwords(List<PasswordHasher> hashers) {
        if (hashers.isEmpty()) {
            throw new IllegalArgumentException("Passwords needs at least one hasher");
        }
        this.hashers = List.copyOf(hashers);
        for (PasswordHasher hasher : hashers) {
            String algorithm = hasher.algorithm();
            if (algorithm == null || algorithm.isEmpty() || algorithm.contains("$")) {
                throw new IllegalArgumentException(hasher + " must name an algorithm without '$'");
            }
            if (byAlgorithm.putIfAbsent(algorithm, hasher) != null) {
                throw new IllegalArgumentException("two hashers are named " + algorithm + "; each algorithm once");
            }
        }
    }

    /**
     * These hashers, the first encoding.
     *
     * @throws IllegalArgumentException when there are none, or two share an algorithm name
     */
    public static Passwords of(List<? extends PasswordHasher> hashers) {
        return new Passwords(List.copyOf(hashers));
    }

    /** These hashers, the first encoding. */
    public static Passwords of(PasswordHasher... hashers) {
        return of(List.of(hashers));
    }

    /** Django's defaults: {@code pbkdf2_sha256} encodes; {@code pbkdf2_sha1} and {@code argon2} verify too. */
    public static Passwords defaults() {
        return of(Pbkdf2PasswordHasher.sha256(), Pbkdf2PasswordHasher.sha1(), Argon2PasswordHasher.create());
    }

    /**
     * The hashers {@code PASSWORD_HASHERS} names, the defaults when unset.
     *
     * @throws dev.cairn.web.settings.SettingsException when an entry is unknown, an option wrong, or none is left
     */
    public static Passwords create(Settings settings) {
        return of(PasswordHasherSettings.hashers(settings));
    }

    /**
     * Makes {@code passwords} the ones {@link #installed()} gives (what {@code User.setPassword} uses), as a site does
     * at start-up.
     *
     * @return the ones installed before, or null
     */
    public static Passwords install(Passwords passwords) {
        Passwords before = installed;
        installed = passwords;
        return before;
    }

    /** The installed passwords, or {@link #defaults()} when none were installed. */
    public static Passwords installed() {
        Passwords current = installed;
        if (current == null) {
            synchronized (Passwords.class) {
                if (installed == null) {
                    installed = defaults();
                }
                current = installed;
            }
        }
        return current;
    }

    /** The hashers, the encoding one first. */
    public List<PasswordHasher> hashers() {
        return hashers;
    }

    /** The hasher that encodes new passwords. */
    public PasswordHasher preferred() {
        return hashers.getFirst();
    }

    /**
     * The value to store for {@code raw}, with a new salt; an {@link #unusable()} one when {@code raw} is null (Django's
     * {@code make_password}).
     */
    public String make(String raw) {
        if (raw == null) {
            return unusable();
        }
        PasswordHasher hasher = preferred();
        return hasher.encode(raw, hasher.salt());
    }

    /** A new unusable value: {@value #UNUSABLE_PREFIX} and 40 random characters. */
    public static String unusable() {
        return UNUSABLE_PREFIX + Salts.random(UNUSABLE_SUFFIX_LENGTH);
    }

    /** Whether {@code encoded} can match a password: not null and not marked unusable. */
    public static boolean isUsable(String encoded) {
        return encoded != null && !encoded.startsWith(UNUSABLE_PREFIX);
    }

    /**
     * The hasher that made {@code encoded}, by the algorithm before its first {@code $}.
     *
     * @throws IllegalArgumentException when no listed hasher has that algorithm
     */
    public PasswordHasher identify(String encoded) {
        Objects.requireNonNull(encoded, "encoded");
        int dollar = encoded.indexOf('$');
        PasswordHasher hasher = dollar < 0 ? null : byAlgorithm.get(encoded.substring(0, dollar));
        if (hasher == null) {
            throw new IllegalArgumentException("Unknown password hashing algorithm" + (dollar < 0
                    ? ""
                    : " '" + encoded.substring(0, dollar) + "'") + ". Is it in PASSWORD_HASHERS? Known: "
                    + byAlgorithm.keySet());
        }
        return hasher;
    }

    /** Whether {@code raw} matches {@code encoded}; see {@link #check(String, String, Consumer)}. */
    public boolean check(String raw, String encoded) {
        return check(raw, encoded, null);
    }

    /**
     * Whether {@code raw} matches {@code encoded}, compared in constant time. When it matches and {@code encoded} was
     * made by another algorithm than the first hasher's, or with weaker parameters, {@code upgrade} (when not null)
     * receives the value to store instead.
     *
     * <p>
     * A null password, a null or unusable value, a value of an unknown algorithm, or one its hasher cannot read never
     * match, and cost one run of the first hasher all the same. A wrong password against a value with fewer
     * iterations is topped up to the current count ({@link PasswordHasher#hardenRuntime}).
     */
    public boolean check(String raw, String encoded, Consumer<String> upgrade) {
        PasswordHasher hasher = raw == null || !isUsable(encoded) ? null : byAlgorithm.get(algorithmOf(encoded));
        boolean matched = false;
        boolean mustUpdate = false;
        if (hasher == null) {
            runDummy(raw);
        } else {
            try {
                boolean changed = hasher != preferred();
                mustUpdate = changed || preferred().mustUpdate(encoded);
                matched = hasher.verify(raw, encoded);
                if (!matched && !changed && mustUpdate) {
                    hasher.hardenRuntime(raw, encoded);
                }
            } catch (IllegalArgumentException e) {
                // A damaged stored value must not break a login: it matches nothing, as Django's unknown ones do.
                LOG.log(System.Logger.Level.WARNING, "a stored " + hasher.algorithm() + " password cannot be read: "
                        + e.getMessage());
                runDummy(raw);
                matched = false;
                mustUpdate = false;
            }
        }
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record("auth", "password checked", "algorithm", hasher == null ? "none" : hasher.algorithm(),
                    "matched", matched, "upgrade", matched && mustUpdate);
        }
        if (matched && mustUpdate && upgrade != null) {
            upgrade.accept(make(raw));
        }
        return matched;
    }

    /**
     * Whether {@code encoded} should be encoded again: another algorithm than the first hasher's, or weaker
     * parameters. False for unusable values and those of unknown algorithms, which no password can upgrade.
     */
    public boolean mustUpdate(String encoded) {
        if (!isUsable(encoded) || !byAlgorithm.containsKey(algorithmOf(encoded))) {
            return false;
        }
        return !algorithmOf(encoded).equals(preferred().algorithm()) || preferred().mustUpdate(encoded);
    }

    /**
     * Runs the first hasher once on {@code raw} (or a random text when null) and throws the result away: what a login
     * for a user that does not exist does, so that it takes as long as a wrong password for one that does.
     */
    public void runDummy(String raw) {
        PasswordHasher hasher = preferred();
        hasher.encode(raw == null ? Salts.random(UNUSABLE_SUFFIX_LENGTH) : raw, hasher.salt());
    }

    private static String algorithmOf(String encoded) {
        int dollar = encoded.indexOf('$');
        return dollar < 0 ? "" : encoded.substring(0, dollar);
    }

    @Override
    public String toString() {
        return "Passwords" + hashers;
    }
}
