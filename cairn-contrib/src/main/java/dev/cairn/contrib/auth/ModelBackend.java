package dev.cairn.contrib.auth;

import dev.cairn.contrib.auth.hashers.Passwords;
import dev.cairn.db.Databases;
import dev.cairn.db.Manager;
import dev.cairn.db.QuerySet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Users and permissions from the database (Django's {@code ModelBackend}): a username and password prove the user
 * with that username whose stored password matches, if the account is active; a user's permissions are their own
 * and their groups'.
 *
 * <p>
 * Against guessing: a username nobody has still runs the password hasher once ({@link Passwords#runDummy}), and an
 * inactive user's password is checked before being refused, so neither answers faster than a wrong password. A
 * right password whose stored value is weaker than the current hashers make is upgraded as it is checked.
 *
 * <p>
 * Permissions are read once per user object and kept on it ({@link User#forgetPermissions()} forgets them); an
 * inactive user has none, and a superuser's are every permission in the database.
 */
public class ModelBackend implements AuthenticationBackend {

    private final String database;

    /** On the default database. */
    public ModelBackend() {
        this(Databases.DEFAULT);
    }

    /** On the named database. */
    public ModelBackend(String database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Optional<User> authenticate(Credentials credentials) {
        String username = credentials.username();
        String password = credentials.password();
        if (username == null || password == null) {
            return Optional.empty();
        }
        User user = users().filter("username", Users.normalizeUsername(username)).first();
        if (user == null) {
            // As long as a wrong password for someone who exists: the hasher runs all the same.
            Passwords.installed().runDummy(password);
            return Optional.empty();
        }
        return user.checkPassword(password) && canAuthenticate(user) ? Optional.of(user) : Optional.empty();
    }

    /**
     * Whether {@code user} may log in at all: only when active here. {@link AllowAllUsersModelBackend} lets inactive
     * users in too.
     */
    protected boolean canAuthenticate(User user) {
        return Boolean.TRUE.equals(user.isActive);
    }

    @Override
    public Optional<User> user(Object id) {
        User user = id == null ? null : users().filter("pk", id).first();
        return user != null && canAuthenticate(user) ? Optional.of(user) : Optional.empty();
    }

    /** The user's own permissions, as {@code <app>.<codename>}; none for an inactive or unsaved user. */
    public Set<String> ownPermissions(User user) {
        load(user);
        return user.ownPermissionCache();
    }

    /** The permissions the user has through their groups; none for an inactive or unsaved user. */
    public Set<String> groupPermissions(User user) {
        load(user);
        return user.groupPermissionCache();
    }

    @Override
    public Set<String> permissions(User user) {
        Set<String> all = new HashSet<>(ownPermissions(user));
        all.addAll(groupPermissions(user));
        return Set.copyOf(all);
    }

    @Override
    public boolean hasPerm(User user, String permission) {
        return Boolean.TRUE.equals(user.isActive) && permissions(user).contains(permission);
    }

    private void load(User user) {
        if (user.ownPermissionCache() != null) {
            return;
        }
        if (!Boolean.TRUE.equals(user.isActive) || user.pk() == null) {
            user.cachePermissions(Set.of(), Set.of());
        } else if (Boolean.TRUE.equals(user.isSuperuser)) {
            Set<String> all = keys(permissions().all());
            user.cachePermissions(all, all);
        } else {
            user.cachePermissions(keys(permissions().filter("users", user.pk())), keys(permissions().filter(
                    "groups__users", user.pk())));
        }
    }

    private static Set<String> keys(QuerySet<Permission> permissions) {
        Set<String> keys = new HashSet<>();
        for (List<Object> row : permissions.valuesList("model", "codename")) {
            keys.add(Permission.keyOf((String) row.get(0), (String) row.get(1)));
        }
        return Set.copyOf(keys);
    }

    private Manager<User> users() {
        return User.objects.using(database);
    }

    private Manager<Permission> permissions() {
        return Permission.objects.using(database);
    }

    @Override
    public String toString() {
        return name() + "[" + database + "]";
    }
}
