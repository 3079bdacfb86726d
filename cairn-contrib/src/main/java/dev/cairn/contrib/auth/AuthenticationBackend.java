package dev.cairn.contrib.auth;

import java.util.Optional;
import java.util.Set;

/**
 * One way of finding out who someone is and what they may do (Django's authentication backends). {@link Auth} asks
 * each configured backend in turn; the first to return a user wins, and a backend that throws
 * {@link PermissionDenied} stops the others from being asked.
 *
 * <p>
 * A backend is shared between threads. It must not say why credentials failed (unknown user or wrong password):
 * the answer and the time it takes should be the same for both.
 */
public interface AuthenticationBackend {

    /** The backend's name, as the journey and {@code AUTHENTICATION_BACKENDS} know it; its class's simple name. */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * The user these credentials prove, or empty when they prove nobody, or are not the kind this backend reads.
     *
     * @throws PermissionDenied to refuse the login outright, without asking the other backends
     */
    Optional<User> authenticate(Credentials credentials);

    /** The user with this key, or empty (what a session stored at login is turned back into). */
    Optional<User> user(Object id);

    /** Every permission {@code user} has through this backend, as {@code <app>.<codename>}; none by default. */
    default Set<String> permissions(User user) {
        return Set.of();
    }

    /** Whether {@code user} has permission {@code permission} ({@code <app>.<codename>}) through this backend. */
    default boolean hasPerm(User user, String permission) {
        return permissions(user).contains(permission);
    }
}
