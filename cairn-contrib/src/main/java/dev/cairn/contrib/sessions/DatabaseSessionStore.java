package dev.cairn.contrib.sessions;

import dev.cairn.db.Database;
import dev.cairn.db.Databases;
import dev.cairn.db.IntegrityError;
import dev.cairn.db.Manager;
import dev.cairn.web.sessions.SessionInterrupted;
import dev.cairn.web.sessions.SessionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Keeps sessions in a database through the ORM, one {@link StoredSession} row each (Django's {@code db} backend):
 * every node that shares the database shares the sessions, and a deleted session is gone for every copy of its
 * cookie.
 *
 * <p>
 * A key is looked up only if it has the form {@link SessionStore#newKey()} gives, so a client's garbage never
 * reaches the database. A row past its {@code expire_date} is never loaded ({@link Outcome#EXPIRED}); it stays until
 * {@code cairn clearsessions} deletes it. New keys are inserted, never updated into being: a key that is taken
 * (a collision, one in 2^165) is drawn again, and the insert runs in a savepoint of its own, so that a failed one
 * does not spoil a request's transaction on PostgreSQL. Saving a key whose row is gone raises
 * {@link SessionInterrupted} rather than bring the session back.
 */
public final class DatabaseSessionStore implements SessionStore {

    private final String database;
    private final Clock clock;
    private final NewKeys keys;

    private DatabaseSessionStore(String database, Clock clock, Supplier<String> keys) {
        this.database = database;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.keys = new NewKeys(keys != null ? keys : this::newKey, name());
    }

    /** Sessions in the application's default database. */
    public static DatabaseSessionStore create() {
        return new DatabaseSessionStore(null, Clock.systemUTC(), null);
    }

    /**
     * Sessions in the installed database of this name, expiry read from a clock (for tests of expiry).
     *
     * @throws IllegalArgumentException when no database has the name
     */
    public static DatabaseSessionStore create(String databaseName, Clock clock) {
        Databases.installed().get(Objects.requireNonNull(databaseName, "databaseName"));
        return new DatabaseSessionStore(databaseName, clock, null);
    }

    /** As {@link #create(String, Clock)}, drawing keys from {@code keys}: for tests of a key that is taken. */
    static DatabaseSessionStore create(String databaseName, Clock clock, Supplier<String> keys) {
        return new DatabaseSessionStore(databaseName, clock, Objects.requireNonNull(keys, "keys"));
    }

    @Override
    public Loaded load(String key) {
        if (!SessionStore.wellFormed(key)) {
            return Loaded.malformed();
        }
        StoredSession row = sessions().filter("sessionKey", key).first();
        if (row == null) {
            return Loaded.unknown();
        }
        if (!row.expireDate.isAfter(clock.instant())) {
            return Loaded.expired("expired at " + row.expireDate);
        }
        return Loaded.found(row.sessionData);
    }

    @Override
    public String create(String data, Duration age) {
        Instant expires = clock.instant().plus(age);
        Database db = db();
        return keys.draw(key -> {
            try {
                db.atomic(() -> new StoredSession(key, data, expires).save(db.name()));
                return true;
            } catch (IntegrityError taken) {
                return false;
            }
        });
    }

    @Override
    public String save(String key, String data, Duration age) {
        int updated = sessions().filter("sessionKey", key).update(Map.of("sessionData", data, "expireDate", clock
                .instant().plus(age)));
        if (updated == 0) {
            throw new SessionInterrupted(name());
        }
        return key;
    }

    @Override
    public void delete(String key) {
        sessions().filter("sessionKey", key).delete();
    }

    @Override
    public boolean exists(String key) {
        return SessionStore.wellFormed(key) && sessions().filter("sessionKey", key).filter("expireDate__gt", clock
                .instant()).exists();
    }

    /**
     * Deletes the sessions whose expiry has passed, as {@code cairn clearsessions} does (Django's
     * {@code clear_expired}).
     *
     * @return how many were deleted
     */
    public int clearExpired() {
        return sessions().filter("expireDate__lte", clock.instant()).delete().values().stream().mapToInt(
                Integer::intValue).sum();
    }

    private Manager<StoredSession> sessions() {
        return database == null ? StoredSession.objects : StoredSession.objects.using(database);
    }

    private Database db() {
        Databases installed = Databases.installed();
        return database == null ? installed.defaultDatabase() : installed.get(database);
    }
}
