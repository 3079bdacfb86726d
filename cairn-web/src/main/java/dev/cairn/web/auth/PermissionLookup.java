package dev.cairn.web.auth;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * A user's permissions as templates read them, Django's {@code PermWrapper}: {@code perms.shelf.add_book} is whether
 * the user has {@code shelf.add_book}, asked only when a template reads it.
 *
 * <p>
 * It is a {@link Map} because that is what Pebble looks names up in ({@code perms.shelf} is {@code get("shelf")}),
 * but a lookup rather than a collection: every name is there to be asked about, and it lists none, since a user's
 * permissions are not enumerated to answer one question.
 */
final class PermissionLookup extends AbstractMap<String, Object> {

    private final RequestUser user;
    private final String app;

    PermissionLookup(RequestUser user) {
        this(user, null);
    }

    private PermissionLookup(RequestUser user, String app) {
        this.user = user;
        this.app = app;
    }

    /** {@code perms.<app>} is the app's permissions; {@code perms.<app>.<codename>} whether the user has it. */
    @Override
    public Object get(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        return app == null ? new PermissionLookup(user, name) : Boolean.valueOf(user.hasPerm(app + "." + name));
    }

    /** Every name can be asked about. */
    @Override
    public boolean containsKey(Object key) {
        return key instanceof String;
    }

    /** Never empty: there is always something to ask (Pebble answers nothing from an empty map). */
    @Override
    public boolean isEmpty() {
        return false;
    }

    /** Nothing is listed: see the class's comment. */
    @Override
    public Set<Entry<String, Object>> entrySet() {
        return Set.of();
    }

    @Override
    public String toString() {
        return app == null ? "PermissionLookup[" + user + "]" : "PermissionLookup[" + user + ", " + app + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PermissionLookup lookup && lookup.user.equals(user) && java.util.Objects.equals(
                lookup.app, app);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(user, app);
    }
}
