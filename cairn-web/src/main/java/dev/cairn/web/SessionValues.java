package dev.cairn.web;

/**
 * The part of a visitor's session that the framework's own features keep values in: the CSRF secret when
 * {@code CSRF_USE_SESSIONS} is on, and the messages when {@code MESSAGE_STORAGE=session}.
 *
 * <p>
 * {@link #of(Request, String)} finds the session that {@link dev.cairn.web.sessions.SessionMiddleware} gave the
 * request ({@code request.session()}), or another session put on the request under {@link #ATTRIBUTE}. Values are strings here, so that any session backend can hold them (a signed cookie, a database
 * row, Redis).
 */
public interface SessionValues {

    /** The request attribute a session middleware puts the session under. */
    String ATTRIBUTE = "session";

    /** The value kept under a name, or null. */
    Object get(String name);

    /** Keeps a value under a name, replacing any; the session is then saved on the way out. */
    Object put(String name, Object value);

    /** Forgets the value under a name; returns what it was, or null. */
    Object remove(String name);

    /**
     * The session of a request.
     *
     * @throws IllegalStateException when the request has none: no session middleware runs before the caller
     */
    static SessionValues of(Request request, String feature) {
        if (request.hasSession()) {
            return request.session();
        }
        if (request.attribute(ATTRIBUTE) instanceof SessionValues session) {
            return session;
        }
        throw new IllegalStateException(feature + " keeps its data in the session, but this request has none: put "
                + "the session middleware above the middleware that uses it");
    }
}
