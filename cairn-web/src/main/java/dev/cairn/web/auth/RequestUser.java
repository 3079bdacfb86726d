package dev.cairn.web.auth;

import java.util.Collection;

/**
 * Who is making a request, as views, templates and {@link Access} see them: Django's {@code request.user}, reduced
 * to what the framework needs without knowing how users are stored.
 *
 * <p>
 * {@link dev.cairn.web.Request#user()} gives one: the {@link AnonymousUser} when nobody is logged in, or the user a
 * site's authentication middleware found (contrib's {@code User} implements this interface). Code that needs more of
 * a user than this (an email address, a name) asks for the site's own type: {@code request.user() instanceof User u}.
 */
public interface RequestUser {

    /** Whether this is someone who logged in; false only for the anonymous user. */
    boolean isAuthenticated();

    /** Whether this is the anonymous user: the opposite of {@link #isAuthenticated()}. */
    default boolean isAnonymous() {
        return !isAuthenticated();
    }

    /** The name the user logs in with; empty for the anonymous user. */
    String username();

    /**
     * Whether the user has a permission, named {@code <app>.<codename>} ({@code shelf.add_book}); the anonymous user
     * has none.
     */
    boolean hasPerm(String permission);

    /** Whether the user has every one of the permissions; true for none. */
    default boolean hasPerms(Collection<String> permissions) {
        for (String permission : permissions) {
            if (!hasPerm(permission)) {
                return false;
            }
        }
        return true;
    }
}
