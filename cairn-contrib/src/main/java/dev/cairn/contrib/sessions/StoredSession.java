package dev.cairn.contrib.sessions;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.Table;
import java.time.Instant;

/**
 * One session as {@link DatabaseSessionStore} keeps it: a row of {@code sessions_session}, Django's
 * {@code django_session} under the contrib app {@code sessions}. Named apart from
 * {@link dev.cairn.web.sessions.Session}, the session a view uses, so that a site can name both.
 *
 * <p>
 * The table comes from this app's migration ({@code migrations/sessions/0001_initial.json}, written by
 * {@code cairn makemigrations}); {@code expire_date} is indexed so that {@code clearsessions} finds the expired rows
 * without reading the others.
 */
@Table(app = "sessions", name = "sessions_session", verboseName = "session")
public class StoredSession extends Model {

    /** The sessions. */
    public static final Manager<StoredSession> objects = Manager.of(StoredSession.class);

    /** The key the session cookie holds. */
    @Field(primaryKey = true, maxLength = 40, column = "session_key")
    public String sessionKey;

    /** The session's values, the text of one JSON object. */
    @Field(column = "session_data")
    public String sessionData;

    /** When the session ends; a row past it is never loaded, and {@code clearsessions} deletes it. */
    @Field(dbIndex = true, column = "expire_date")
    public Instant expireDate;

    /** For the ORM. */
    public StoredSession() {}

    /** A session to insert. */
    StoredSession(String sessionKey, String sessionData, Instant expireDate) {
        this.sessionKey = sessionKey;
        this.sessionData = sessionData;
        this.expireDate = expireDate;
    }

    /** Shows the key cut short and never the data. */
    @Override
    public String toString() {
        return "StoredSession[" + (sessionKey == null
                ? null
                : sessionKey.substring(0, Math.min(6, sessionKey
                        .length())) + "\u2026")
                + ", expires " + expireDate + "]";
    }
}
