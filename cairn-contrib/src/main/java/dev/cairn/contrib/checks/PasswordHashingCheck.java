package dev.cairn.contrib.checks;

import dev.cairn.contrib.auth.hashers.PasswordHasher;
import dev.cairn.contrib.auth.hashers.Passwords;
import dev.cairn.contrib.auth.hashers.Pbkdf2PasswordHasher;
import dev.cairn.web.checks.Check;
import dev.cairn.web.checks.CheckContext;
import dev.cairn.web.checks.CheckMessage;
import dev.cairn.web.settings.SettingsException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The deployment check of password hashing: the hasher {@code PASSWORD_HASHERS} names first encodes every new
 * password, so it must be slow and salted. Read through {@link Passwords#create}, the parsing the site itself uses.
 *
 * <table>
 * <caption>Its ids</caption>
 * <tr><th>Id</th><th>Level</th><th>Fires when</th><th>Fix</th></tr>
 * <tr><td>{@code security.E040}</td><td>ERROR</td><td>{@code PASSWORD_HASHERS} does not parse (an unknown hasher,
 * such as Django's {@code md5}, or a wrong option)</td><td>name {@code pbkdf2_sha256}, {@code pbkdf2_sha1} or
 * {@code argon2}</td></tr>
 * <tr><td>{@code security.W040}</td><td>WARNING</td><td>the first hasher is PBKDF2 with fewer iterations than
 * {@value Pbkdf2PasswordHasher#DEFAULT_ITERATIONS}</td><td>drop the {@code iterations} option</td></tr>
 * <tr><td>{@code security.W041}</td><td>WARNING</td><td>the first hasher is built on SHA-1
 * ({@code pbkdf2_sha1})</td><td>put {@code pbkdf2_sha256} or {@code argon2} first, keeping {@code pbkdf2_sha1}
 * after it to verify old passwords</td></tr>
 * <tr><td>{@code security.W042}</td><td>WARNING</td><td>the first hasher is unsalted or MD5-like (a project's own
 * hasher named {@code md5}, {@code unsalted_*}, {@code crypt}, {@code sha1})</td><td>put {@code pbkdf2_sha256} or
 * {@code argon2} first</td></tr>
 * </table>
 */
public final class PasswordHashingCheck {

    /**
     * Names of fast or unsalted algorithms, Django's among them ({@code unsalted_md5}, {@code md5}, {@code crypt}),
     * as whole words: {@code scrypt} and {@code bcrypt} are slow and salted.
     */
    private static final Pattern FAST = Pattern.compile("(^|_)(md5|unsalted|crypt)(_|$)|^sha1$|^sha256$");

    private static final String STRONG = "Put pbkdf2_sha256 or argon2 first in PASSWORD_HASHERS, e.g. "
            + "PASSWORD_HASHERS=pbkdf2_sha256, argon2; old hashes are upgraded as users log in.";

    private PasswordHashingCheck() {}

    /** The check, reading {@code PASSWORD_HASHERS} from the site's settings. */
    public static Check check() {
        return PasswordHashingCheck::run;
    }

    static List<CheckMessage> run(CheckContext context) {
        Passwords passwords;
        try {
            passwords = Passwords.create(context.settings());
        } catch (SettingsException e) {
            return List.of(CheckMessage.error("security.E040", e.getMessage(), "Name pbkdf2_sha256, pbkdf2_sha1 or "
                    + "argon2, with their options, e.g. PASSWORD_HASHERS=pbkdf2_sha256, argon2(memory_cost=65536)."));
        }
        return of(passwords);
    }

    /** What is weak about the hasher that encodes new passwords. */
    static List<CheckMessage> of(Passwords passwords) {
        PasswordHasher first = passwords.preferred();
        String algorithm = first.algorithm().toLowerCase(Locale.ROOT);
        if (FAST.matcher(algorithm).find()) {
            return List.of(CheckMessage.warning("security.W042", "New passwords are hashed with " + algorithm
                    + ", which is fast or unsalted: a stolen table is cracked in hours.", STRONG));
        }
        if (algorithm.contains("sha1")) {
            return List.of(CheckMessage.warning("security.W041", "New passwords are hashed with " + algorithm
                    + ", built on SHA-1.", STRONG + " Keep " + algorithm + " after it to verify old passwords."));
        }
        if (first instanceof Pbkdf2PasswordHasher pbkdf2
                && pbkdf2.iterations() < Pbkdf2PasswordHasher.DEFAULT_ITERATIONS) {
            return List.of(CheckMessage.warning("security.W040", "New passwords are hashed with " + algorithm
                    + " at " + pbkdf2.iterations() + " iterations, fewer than the "
                    + Pbkdf2PasswordHasher.DEFAULT_ITERATIONS + " Django 5.2 uses.",
                    "Drop the iterations option from PASSWORD_HASHERS (or raise it to at least "
                            + Pbkdf2PasswordHasher.DEFAULT_ITERATIONS + "); stored hashes are upgraded at login."));
        }
        return List.of();
    }
}
