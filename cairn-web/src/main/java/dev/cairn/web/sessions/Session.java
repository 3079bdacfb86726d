package dev.cairn.web.sessions;

import dev.cairn.web.SessionValues;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One visitor's session, Django's {@code request.session}: a map of JSON-able values kept by a {@link SessionStore}
 * under a key the visitor's cookie holds.
 *
 * <p>
 * Lifecycle within one request:
 * <ol>
 * <li>{@link SessionMiddleware} makes it with the key the cookie sent, and touches no store;</li>
 * <li>the first read or write loads it: a key the store holds gives its data; no cookie, or a key the store does
 * not know, has expired or did not sign gives an empty session with no key, so a key a client made up is never
 * adopted;</li>
 * <li>{@link #cycleKey()} moves the data to a new key at once and deletes the old one (on login, against fixation);
 * {@link #flush()} deletes the data and the key at once (on logout);</li>
 * <li>on the way out the middleware saves it if it was changed, deletes it and its cookie if it was emptied, and
 * otherwise leaves the store alone.</li>
 * </ol>
 *
 * <p>
 * Values are held as JSON from the moment they are put: a value Jackson cannot write is refused by {@link #put},
 * and changing an object after putting it changes nothing stored (put it again). Every read marks the session
 * {@link #accessed()}, so that the response varies on the cookie; every change marks it {@link #modified()}. A
 * session belongs to one request and one thread.
 */
public final class Session implements SessionValues {

    /** Where the expiry a session chose is kept in its stored data; not a name values can be put under. */
    public static final String EXPIRY_KEY = "_session_expiry";

    private final SessionStore store;
    private final String cookieKey;
    private final SessionSettings settings;
    private ObjectNode data;
    private String key;
    private Long expirySeconds;
    private boolean accessed;
    private boolean modified;

    private Session(SessionStore store, String cookieKey, SessionSettings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.cookieKey = cookieKey;
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The session a client's cookie names, loaded from the store on first use: what {@link SessionMiddleware} makes
     * for each request.
     *
     * @param cookieKey the session cookie's value as the client sent it, or null when it sent none
     */
    public static Session of(SessionStore store, String cookieKey, SessionSettings settings) {
        return new Session(store, cookieKey, settings);
    }

    /** A value as plain Java (a String, Integer, Long, Double, Boolean, List, Map), or null when absent. */
    public Object get(String name) {
        JsonNode node = data().get(name);
        return node == null ? null : SessionJson.convert(name, node, Object.class);
    }

    /**
     * A value read as a type (a String, a Long, a record, a List), or null when absent.
     *
     * @throws IllegalArgumentException when the stored value does not fit the type
     */
    public <T> T get(String name, Class<T> type) {
        JsonNode node = data().get(name);
        return node == null || node.isNull() ? null : SessionJson.convert(name, node, type);
    }

    /**
     * A value read as a type, or {@code fallback} when absent.
     *
     * @throws IllegalArgumentException when the stored value does not fit the type
     */
    public <T> T get(String name, Class<T> type, T fallback) {
        T value = get(name, type);
        return value == null ? fallback : value;
    }

    /**
     * Puts a value, replacing any under the name.
     *
     * @throws IllegalArgumentException when Jackson cannot write the value as JSON, or the name is
     *                                  {@value #EXPIRY_KEY}
     */
    public Session put(String name, Object value) {
        Objects.requireNonNull(name, "name");
        if (name.equals(EXPIRY_KEY)) {
            throw new IllegalArgumentException("'" + EXPIRY_KEY + "' is the session's own; use setExpiry()");
        }
        data().set(name, SessionJson.toNode(name, value));
        modified = true;
        return this;
    }

    /** Removes a value and returns it as {@link #get(String)} would, or null when there was none. */
    public Object remove(String name) {
        Object old = get(name);
        if (data.remove(name) != null) {
            modified = true;
        }
        return old;
    }

    /** Whether a value is stored under the name (a stored null counts). */
    public boolean contains(String name) {
        return data().has(name);
    }

    /** The names of the values, in the order first put. */
    public Set<String> keys() {
        Set<String> names = new LinkedHashSet<>();
        data().fieldNames().forEachRemaining(names::add);
        return Collections.unmodifiableSet(names);
    }

    /** Whether the session holds no values. */
    public boolean isEmpty() {
        return data().isEmpty();
    }

    /** Removes every value, keeping the key (Django's {@code clear()}); an emptied session is deleted at the end. */
    public void clear() {
        if (!data().isEmpty()) {
            data.removeAll();
            modified = true;
        }
    }

    /**
     * The key the store holds this session under, or null for a session not stored yet; loads the session, so a
     * key the client sent that the store does not hold is never returned.
     */
    public String key() {
        data();
        return key;
    }

    /**
     * Moves the data to a new key and deletes the old one, both at once: call it when the visitor's privileges
     * change (on login), so that a key an attacker planted or saw before is worth nothing after (session fixation).
     * The data and the expiry are kept.
     */
    public void cycleKey() {
        data();
        String old = key;
        key = store.create(json(), age());
        if (old != null) {
            store.delete(old);
        }
        modified = true;
        SessionRecords.cycled(store, old, key);
    }

    /**
     * Deletes the data from the store and forgets the key, at once (on logout): the key the cookie held loads
     * nothing from now on, even from a copy of the cookie. Values put afterwards start a new session under a new
     * key; if none are, the cookie is deleted on the way out.
     */
    public void flush() {
        data();
        String old = key;
        if (old != null) {
            store.delete(old);
        }
        data.removeAll();
        expirySeconds = null;
        key = null;
        modified = true;
        SessionRecords.flushed(store, old);
    }

    /**
     * Sets how long the session lives after each save: {@code null} goes back to the settings
     * ({@code SESSION_COOKIE_AGE}, {@code SESSION_EXPIRE_AT_BROWSER_CLOSE}), {@link Duration#ZERO} ends it when the
     * browser closes (as {@link #expireAtBrowserClose()}). The choice is stored with the data, so it holds on the
     * following requests.
     *
     * @throws IllegalArgumentException for a negative age, or one under a second
     */
    public void setExpiry(Duration age) {
        Long seconds = null;
        if (age != null) {
            if (age.isNegative() || !age.isZero() && age.toSeconds() == 0) {
                throw new IllegalArgumentException("A session's age is whole seconds, zero or more, not " + age);
            }
            seconds = age.toSeconds();
        }
        data();
        if (!Objects.equals(seconds, expirySeconds)) {
            expirySeconds = seconds;
            modified = true;
        }
    }

    /** Ends the session when the browser closes: its cookie is sent without Max-Age or Expires. */
    public void expireAtBrowserClose() {
        setExpiry(Duration.ZERO);
    }

    /** Whether the session ends when the browser closes, by its own choice or the settings'. */
    public boolean expiresAtBrowserClose() {
        data();
        return expirySeconds == null ? settings.expireAtBrowserClose() : expirySeconds == 0;
    }

    /**
     * How long the session lives after it is saved: its own expiry, or {@code SESSION_COOKIE_AGE}; a session that
     * ends with the browser is kept by the store for {@code SESSION_COOKIE_AGE}, as in Django.
     */
    public Duration age() {
        data();
        return expirySeconds == null || expirySeconds == 0 ? settings.age() : Duration.ofSeconds(expirySeconds);
    }

    /** Whether anything read or changed the session in this request. */
    public boolean accessed() {
        return accessed;
    }

    /** Whether anything changed the session in this request. */
    public boolean modified() {
        return modified;
    }

    @Override
    public String toString() {
        return "Session[" + store.name() + ", key=" + SessionKeys.redact(key) + (data == null
                ? ", not loaded]"
                : ", " + data.size() + " values]");
    }

    // The middleware's view: what the cookie sent, whether the store was read, and the data to save.

    /** The session cookie's value as the client sent it, or null. */
    String cookieKey() {
        return cookieKey;
    }

    /** Whether the store was read (or had no need to be, there being no cookie). */
    boolean loaded() {
        return data != null;
    }

    /** Loads without marking the session accessed: for saving on every request. */
    void loadQuietly() {
        if (data == null) {
            load();
        }
    }

    /** Whether the loaded session holds no values; for the middleware, so not an access. */
    boolean emptyQuietly() {
        return data.isEmpty();
    }

    /** The key, without loading or marking an access; for the middleware after {@link #loaded()}. */
    String keyQuietly() {
        return key;
    }

    /** The stored form: the values and the expiry the session chose, as the text of one JSON object. */
    String json() {
        return SessionJson.write(data, expirySeconds);
    }

    /** Records the key the store gave when the middleware saved the session. */
    void saved(String newKey) {
        this.key = newKey;
    }

    private ObjectNode data() {
        accessed = true;
        if (data == null) {
            load();
        }
        return data;
    }

    private void load() {
        data = JsonNodeFactory.instance.objectNode();
        if (cookieKey == null || cookieKey.isEmpty()) {
            SessionRecords.loaded(store, null, "new", null);
            return;
        }
        SessionStore.Loaded loaded = store.load(cookieKey);
        String outcome = loaded.outcome().name().toLowerCase(Locale.ROOT);
        String detail = loaded.detail();
        if (loaded.outcome() == SessionStore.Outcome.FOUND) {
            try {
                SessionJson.Stored stored = SessionJson.read(loaded.data());
                data = stored.values();
                expirySeconds = stored.expirySeconds();
                key = cookieKey;
            } catch (IllegalArgumentException e) {
                outcome = "unreadable";
                detail = e.getMessage();
            }
        }
        SessionRecords.loaded(store, cookieKey, outcome, detail);
    }
}
