package dev.cairn.contrib.auth.web;

import dev.cairn.contrib.auth.Auth;
import dev.cairn.contrib.auth.User;
import dev.cairn.db.Databases;
import dev.cairn.journey.Journey;
import dev.cairn.web.Request;
import dev.cairn.web.auth.AnonymousUser;
import dev.cairn.web.auth.RequestUser;
import dev.cairn.web.csrf.Csrf;
import dev.cairn.web.sessions.Session;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Logging in and out of a session (Django's {@code login}, {@code logout} and {@code get_user}).
 *
 * <p>
 * {@link #login} gives the session a new key (a key known before, perhaps planted by an attacker, is worth nothing
 * after: session fixation), or a new empty session when another user was logged in, and keeps in it the user's key,
 * the backend that proved them and a {@link SessionAuthHash} of their password; it sets the user's last login and
 * renews the CSRF secret ({@link Csrf#rotate}), so that a token an attacker saw before the login is worth nothing
 * after it. {@link #logout} deletes the session's data and key at once, so a copy of the old cookie
 * loads nothing. {@link #user(Request, Auth)}, which {@link AuthenticationMiddleware} runs when a request first asks
 * for its user, checks the hash, so that changing the password ends the user's other sessions.
 *
 * <p>
 * Each is recorded on the journey's {@code auth} layer: {@code logged in}, {@code logged out}, and {@code request
 * user} with the user and backend found, or why the request is anonymous.
 */
public final class Login {

    /** Where the session keeps the user's key. */
    public static final String SESSION_KEY = "_auth_user_id";
    /** Where the session keeps the name of the backend that proved the user. */
    public static final String BACKEND_SESSION_KEY = "_auth_user_backend";
    /** Where the session keeps the {@link SessionAuthHash}. */
    public static final String HASH_SESSION_KEY = "_auth_user_hash";

    private static final String LAYER = "auth";

    private Login() {}

    /**
     * Logs {@code user}, proved by the backend named {@code backend}, into the request's session, and makes them the
     * request's user.
     */
    public static void login(Request request, User user, String backend) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(backend, "backend");
        if (user.pk() == null) {
            throw new IllegalArgumentException("Only a saved user can log in: " + user + " has no key");
        }
        Session session = request.session();
        String hash = SessionAuthHash.of(user, request.settings());
        Object before = sessionUserId(session);
        boolean anotherUser = before != null && !before.equals(idOf(user.pk()));
        if (anotherUser) {
            // Nothing of another person's session carries over to this one.
            session.flush();
        } else {
            session.cycleKey();
        }
        session.put(SESSION_KEY, user.pk());
        session.put(BACKEND_SESSION_KEY, backend);
        session.put(HASH_SESSION_KEY, hash);
        request.user(user);
        if (Csrf.handles(request)) {
            Csrf.rotate(request);
        }
        updateLastLogin(user);
        record("logged in", "user", user.username, "id", user.pk(), "backend", backend, "session", anotherUser
                ? "flushed (another user was logged in)"
                : "new key");
    }

    /** Logs the request's user out: the session's data and key are deleted, and the request's user is anonymous. */
    public static void logout(Request request) {
        RequestUser was = request.hasUserSource() ? request.user() : AnonymousUser.INSTANCE;
        request.session().flush();
        request.user(AnonymousUser.INSTANCE);
        record("logged out", "user", was.isAuthenticated() ? was.username() : "anonymous");
    }

    /**
     * After {@code user} changed their password in this request: the session gets a new key and the hash of the new
     * password, so that this session stays logged in while the user's other sessions end (Django's
     * {@code update_session_auth_hash}).
     */
    public static void updateSessionAuthHash(Request request, User user) {
        Session session = request.session();
        session.cycleKey();
        if (idOf(user.pk()).equals(sessionUserId(session))) {
            session.put(HASH_SESSION_KEY, SessionAuthHash.of(user, request.settings()));
        }
    }

    /**
     * The user the request's session is logged in as, or the anonymous user: nobody logged in, a backend no longer
     * configured, a user gone or made inactive, or a session whose password hash no longer matches (which is
     * flushed).
     */
    public static RequestUser user(Request request, Auth auth) {
        Session session = request.session();
        Object id = sessionUserId(session);
        String backend = id == null ? null : session.get(BACKEND_SESSION_KEY, String.class);
        if (id == null || backend == null) {
            return anonymous("nobody logged in");
        }
        if (auth.backend(backend).isEmpty()) {
            return anonymous("backend " + backend + " is not in AUTHENTICATION_BACKENDS");
        }
        Optional<User> found = auth.user(backend, id);
        if (found.isEmpty()) {
            return anonymous("user " + id + " is gone or inactive");
        }
        User user = found.get();
        switch (SessionAuthHash.check(session.get(HASH_SESSION_KEY, String.class), user, request.settings())) {
            case CURRENT -> {
            }
            case FALLBACK -> {
                session.cycleKey();
                session.put(HASH_SESSION_KEY, SessionAuthHash.of(user, request.settings()));
            }
            case STALE -> {
                session.flush();
                return anonymous("the password of user " + id + " changed since this session logged in; flushed");
            }
        }
        record("request user", "user", user.username, "id", user.pk(), "backend", backend);
        return user;
    }

    /** The request's user as contrib's {@link User}, or empty for the anonymous user (or another kind of user). */
    public static Optional<User> currentUser(Request request) {
        return request.user() instanceof User user ? Optional.of(user) : Optional.empty();
    }

    /**
     * The {@link Auth} the site's {@link AuthenticationMiddleware} uses, which login views share, so that they share
     * its throttle.
     *
     * @throws IllegalStateException when no {@link AuthenticationMiddleware} ran for the request
     */
    public static Auth auth(Request request) {
        if (request.attribute(AuthenticationMiddleware.AUTH_ATTRIBUTE) instanceof Auth auth) {
            return auth;
        }
        throw new IllegalStateException("The login views need AuthenticationMiddleware: add new "
                + "AuthenticationMiddleware(auth) to WebApp.builder().middleware(...), below SessionMiddleware");
    }

    /** The user key a session keeps, as the ORM hands keys over: whole numbers as Long. */
    private static Object sessionUserId(Session session) {
        return idOf(session.get(SESSION_KEY));
    }

    private static Object idOf(Object id) {
        return id instanceof Number number && !(id instanceof Double) ? Long.valueOf(number.longValue()) : id;
    }

    /** Django's {@code update_last_login}: that one column, to the second, on the user's database. */
    private static void updateLastLogin(User user) {
        user.lastLogin = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String database = user.database() == null ? Databases.DEFAULT : user.database();
        User.objects.using(database).filter("pk", user.pk()).update("lastLogin", user.lastLogin);
    }

    private static RequestUser anonymous(String reason) {
        record("request user", "user", "anonymous", "reason", reason);
        return AnonymousUser.INSTANCE;
    }

    private static void record(String event, Object... facts) {
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record(LAYER, event, facts);
        }
    }
}
