package dev.cairn.web.sessions;

import dev.cairn.http.SetCookie;
import dev.cairn.web.Middleware;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.middleware.Vary;
import dev.cairn.web.settings.Settings;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Gives every request its {@link Session} ({@link Request#session()}), kept in a {@link SessionStore} under the key
 * the session cookie holds, as Django's {@code SessionMiddleware} does.
 *
 * <p>
 * On the way in it only reads the cookie: a view that never touches the session costs no store access. On the way
 * out, in this order:
 * <ol>
 * <li>a session that was read or changed adds {@code Cookie} to {@code Vary} (RFC 9110 §12.5.5), since the response
 * depends on the cookie;</li>
 * <li>a session nothing touched is left alone, unless {@code SESSION_SAVE_EVERY_REQUEST} and a cookie was sent;</li>
 * <li>a session left empty (flushed, cleared, or never filled) has its data deleted, and its cookie if one was
 * sent: a bad cookie (garbage, tampered, expired, unknown) is answered this way when the session was used;</li>
 * <li>a changed session (or every session, with {@code SESSION_SAVE_EVERY_REQUEST}) is saved and its cookie set,
 * unless the response is a 5xx, where what the view left half-done is not kept; a session that has no key yet
 * gets a new one from the store, never one the client sent.</li>
 * </ol>
 * The cookie has the attributes the {@link SessionSettings} give, {@code HttpOnly} and {@code SameSite=Lax} by
 * default; {@code Max-Age} and {@code Expires} are left off a session that ends with the browser. A cookie over
 * {@value #MAX_COOKIE_BYTES} bytes (name, value and attributes, RFC 6265 §6.1), which browsers drop, is refused
 * with an error that says to keep less in the session or use a server-side store.
 */
public final class SessionMiddleware implements Middleware {

    /** The most bytes of one cookie every browser keeps (RFC 6265 §6.1). */
    public static final int MAX_COOKIE_BYTES = 4 * 1024;

    private final SessionStore store;
    private final SessionSettings settings;
    private final Clock clock;

    /**
     * Sessions in {@code store}, with the session settings read from {@code settings}.
     *
     * @throws dev.cairn.web.settings.SettingsException for a session setting that cannot be used
     */
    public SessionMiddleware(SessionStore store, Settings settings) {
        this(store, SessionSettings.of(settings), Clock.systemUTC());
    }

    /** Sessions in {@code store} with these settings, the cookie's {@code Expires} read from a clock. */
    public SessionMiddleware(SessionStore store, SessionSettings settings, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The settings in force. */
    public SessionSettings settings() {
        return settings;
    }

    @Override
    public Response handle(Request request, Chain next) {
        Session session = Session.of(store, request.cookie(settings.cookieName()), settings);
        request.session(session);
        Response response = next.proceed(request);
        if (session.accessed()) {
            Vary.add(response, "Cookie");
        }
        boolean cookieSent = session.cookieKey() != null;
        if (!session.loaded()) {
            if (!(settings.saveEveryRequest() && cookieSent)) {
                SessionRecords.unchanged(store, "not accessed");
                return response;
            }
            session.loadQuietly();
        }
        if (session.emptyQuietly()) {
            deleteEmptied(session, response, cookieSent);
        } else if (!session.modified() && !settings.saveEveryRequest()) {
            SessionRecords.unchanged(store, "not modified");
        } else if (response.status() >= 500) {
            SessionRecords.unchanged(store, "not saved: the response is a " + response.status());
        } else {
            save(session, response);
        }
        return response;
    }

    /** Deletes what an empty session left: its stored data, and the cookie if the client sent one. */
    private void deleteEmptied(Session session, Response response, boolean cookieSent) {
        String key = session.keyQuietly();
        if (key != null) {
            store.delete(key);
        }
        if (cookieSent) {
            response.deleteCookie(settings.cookieName(), settings.path(), settings.domain());
        }
        if (key != null || cookieSent) {
            SessionRecords.deleted(store, key, cookieSent);
        } else {
            SessionRecords.unchanged(store, "empty");
        }
    }

    private void save(Session session, Response response) {
        String key = session.keyQuietly();
        Duration age = session.age();
        String value = key == null ? store.create(session.json(), age) : store.save(key, session.json(), age);
        session.saved(value);
        boolean browserClose = session.expiresAtBrowserClose();
        SetCookie cookie = cookie(value, browserClose ? null : age);
        int size = cookie.toHeaderValue().length();
        if (size > MAX_COOKIE_BYTES) {
            throw new IllegalStateException("The session cookie would be " + size + " bytes, over the "
                    + MAX_COOKIE_BYTES + " a browser keeps, so the session would be lost: keep less in the "
                    + "session, or keep sessions on the server (DatabaseSessionStore or RedisSessionStore) instead "
                    + "of in " + store.name());
        }
        response.cookie(cookie);
        SessionRecords.saved(store, value, key == null, age.toSeconds(), browserClose);
    }

    /** The session cookie: the settings' attributes, and Max-Age and Expires unless it ends with the browser. */
    private SetCookie cookie(String value, Duration age) {
        SetCookie.Builder cookie = SetCookie.builder(settings.cookieName(), value).path(settings.path())
                .domain(settings.domain()).secure(settings.secure()).httpOnly(settings.httpOnly())
                .sameSite(settings.sameSite());
        if (age != null) {
            cookie.maxAge(age).expires(clock.instant().plus(age));
        }
        return cookie.build();
    }
}
