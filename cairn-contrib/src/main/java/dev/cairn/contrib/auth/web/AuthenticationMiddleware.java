package dev.cairn.contrib.auth.web;

import dev.cairn.contrib.auth.Auth;
import dev.cairn.web.Middleware;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.settings.Settings;
import java.util.Objects;

/**
 * Gives every request its user (Django's {@code AuthenticationMiddleware}): {@link Request#user()} is the user the
 * session is logged in as, or the anonymous user, found through {@link Login#user(Request, Auth)} the first time it
 * is asked for, so that a request that never asks costs no session or database access.
 *
 * <pre>{@code
 * Auth auth = Auth.create(settings);
 * WebApp.builder().settings(settings)
 *         .middleware(new SessionMiddleware(store, settings))     // first: the user is kept in the session
 *         .middleware(new AuthenticationMiddleware(auth))
 *         .routes(Urls.include("accounts/", AuthUrls.routes(settings, Emails.create(settings))), ...)
 * }</pre>
 *
 * <p>
 * It needs {@link dev.cairn.web.sessions.SessionMiddleware} above it; without it every request fails with a 500
 * whose message says so. It also hands its {@link Auth} to the login views ({@link Login#auth(Request)}), so that one
 * throttle counts every failed login of the site.
 */
public final class AuthenticationMiddleware implements Middleware {

    /** The request attribute the {@link Auth} is under. */
    public static final String AUTH_ATTRIBUTE = "cairn.auth";

    private final Auth auth;

    /** Users found through {@code auth}'s backends. */
    public AuthenticationMiddleware(Auth auth) {
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    /**
     * Users found through the backends {@code AUTHENTICATION_BACKENDS} names.
     *
     * @throws dev.cairn.web.settings.SettingsException for a backend setting that cannot be used
     */
    public static AuthenticationMiddleware create(Settings settings) {
        return new AuthenticationMiddleware(Auth.create(settings));
    }

    /** The service users are found and checked through. */
    public Auth auth() {
        return auth;
    }

    /**
     * Gives the request a source for its user.
     *
     * @throws IllegalStateException when no session middleware gave the request a session
     */
    @Override
    public Response handle(Request request, Chain next) {
        if (!request.hasSession()) {
            throw new IllegalStateException("AuthenticationMiddleware needs SessionMiddleware above it, since the "
                    + "logged-in user is kept in the session: add new SessionMiddleware(store, settings) to "
                    + "WebApp.builder().middleware(...) before new AuthenticationMiddleware(auth)");
        }
        request.attribute(AUTH_ATTRIBUTE, auth);
        request.userSource(() -> Login.user(request, auth));
        return next.proceed(request);
    }
}
