package dev.cairn.contrib.auth;

import dev.cairn.db.Databases;
import dev.cairn.db.IntegrityError;
import dev.cairn.db.ValidationError;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Making users as Django's {@code UserManager} does: the username normalised (NFKC, so that look-alike forms of a
 * letter are one username) and required, the email's domain lower-cased, the password encoded (or made unusable when
 * null), every field checked ({@code fullClean}, Django's username rule) and the username checked to be free, then
 * saved.
 *
 * <pre>{@code
 * User ada = Users.createUser("ada", "Ada@Example.COM", "correct horse battery staple");   // ada@example.com
 * User root = Users.createSuperuser("root", "", secret);                                  // staff and superuser
 * }</pre>
 *
 * The password is not run through the password validators here, as Django's managers do not: forms and the
 * {@code createsuperuser} command do that, where someone can choose another.
 */
public final class Users {

    /** Django's message for a username already taken. */
    public static final String USERNAME_TAKEN = "A user with that username already exists.";

    private Users() {}

    /** A new active user on the default database. */
    public static User createUser(String username, String email, String password) {
        return createUser(Databases.DEFAULT, username, email, password, user -> {});
    }

    /**
     * A new user on {@code database}, with {@code extra} setting other fields before it is checked and saved.
     *
     * @throws IllegalArgumentException when the username is null or empty
     * @throws ValidationError          listing each field's problems, or {@value #USERNAME_TAKEN} on
     *                                  {@code username}
     */
    public static User createUser(String database, String username, String email, String password,
            Consumer<User> extra) {
        if (username == null || username.isEmpty()) {
            throw new IllegalArgumentException("The given username must be set");
        }
        User user = new User(normalizeUsername(username));
        user.email = normalizeEmail(email);
        user.setPassword(password);
        extra.accept(user);
        user.fullClean();
        var objects = User.objects.using(database);
        if (objects.filter("username", user.username).exists()) {
            throw taken();
        }
        try {
            user.save(database);
        } catch (IntegrityError e) {
            // Another request took the name between the check and the insert.
            throw taken();
        }
        return user;
    }

    /** A new superuser (staff, superuser, active) on the default database. */
    public static User createSuperuser(String username, String email, String password) {
        return createSuperuser(Databases.DEFAULT, username, email, password, user -> {});
    }

    /**
     * A new superuser on {@code database}.
     *
     * @throws IllegalArgumentException when {@code extra} leaves it without staff or superuser status, or the
     *                                  username is missing
     * @throws ValidationError          as {@link #createUser(String, String, String, String, Consumer)}
     */
    public static User createSuperuser(String database, String username, String email, String password,
            Consumer<User> extra) {
        return createUser(database, username, email, password, user -> {
            user.isStaff = true;
            user.isSuperuser = true;
            extra.accept(user);
            if (!Boolean.TRUE.equals(user.isStaff)) {
                throw new IllegalArgumentException("Superuser must have isStaff=true.");
            }
            if (!Boolean.TRUE.equals(user.isSuperuser)) {
                throw new IllegalArgumentException("Superuser must have isSuperuser=true.");
            }
        });
    }

    /** {@code username} in Unicode's NFKC form (Django's {@code normalize_username}); null stays null. */
    public static String normalizeUsername(String username) {
        return username == null ? null : Normalizer.normalize(username, Normalizer.Form.NFKC);
    }

    /**
     * {@code email} with the part after its last {@code @} lower-cased (Django's {@code normalize_email}: the part
     * before it may be case-sensitive); null becomes empty, and text without {@code @} is left for validation.
     */
    public static String normalizeEmail(String email) {
        if (email == null) {
            return "";
        }
        String trimmed = email.strip();
        int at = trimmed.lastIndexOf('@');
        return at < 0 ? trimmed : trimmed.substring(0, at + 1) + trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    private static ValidationError taken() {
        return new ValidationError(Map.of("username", List.of(USERNAME_TAKEN)));
    }
}
