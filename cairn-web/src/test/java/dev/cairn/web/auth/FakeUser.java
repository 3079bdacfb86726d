package dev.cairn.web.auth;

import java.util.Set;

/**
 * A logged-in user with a fixed set of permissions, for tests of the framework's side of users.
 *
 * @param username    the username
 * @param permissions the permissions held, {@code <app>.<codename>}
 */
public record FakeUser(String username, Set<String> permissions) implements RequestUser {

    @Override
    public boolean isAuthenticated() {
        return true;
    }

    @Override
    public boolean hasPerm(String permission) {
        return permissions.contains(permission);
    }
}
