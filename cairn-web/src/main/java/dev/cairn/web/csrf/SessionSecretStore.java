package dev.cairn.web.csrf;

import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.SessionValues;

/**
 * Keeps the CSRF secret in the visitor's session under {@code _csrftoken}, as Django does with
 * {@code CSRF_USE_SESSIONS=true}: no cookie of its own, so JavaScript cannot read it (pages and htmx take the token
 * from the page), at the cost of a session for every visitor who sees a form.
 *
 * <p>
 * The session must be on the request before {@link CsrfMiddleware} runs: a session middleware above it puts it
 * there (see {@link SessionValues}). Without one, the request fails with a message saying so.
 */
public final class SessionSecretStore implements CsrfSecretStore {

    /** The session key the secret is kept under, Django's. */
    public static final String KEY = "_csrftoken";

    /** A store in the request's session. */
    public SessionSecretStore() {}

    @Override
    public String load(Request request) {
        Object secret = SessionValues.of(request, "CSRF_USE_SESSIONS").get(KEY);
        return secret == null ? null : secret.toString();
    }

    @Override
    public void save(Request request, Response response, String secret) {
        SessionValues session = SessionValues.of(request, "CSRF_USE_SESSIONS");
        if (!secret.equals(session.get(KEY))) {
            // Saved only when it changed: the session then need not be written for every page that shows a form.
            session.put(KEY, secret);
        }
    }

    @Override
    public String describe() {
        return "session";
    }
}
