package dev.cairn.web.sessions;

import dev.cairn.web.HttpError;

/**
 * The session was deleted while the request ran (a logout in another tab, for instance), so saving it would bring
 * back a session its user ended: answered 400, as Django's {@code SessionInterrupted} is, and nothing is saved.
 */
public final class SessionInterrupted extends HttpError {

    private static final long serialVersionUID = 1L;

    /** The error, naming the store that no longer holds the session. */
    public SessionInterrupted(String store) {
        super(400, "The request's session was deleted from " + store + " before the request completed; the user "
                + "may have logged out in a concurrent request");
    }
}
