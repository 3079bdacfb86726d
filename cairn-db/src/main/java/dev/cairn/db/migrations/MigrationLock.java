package dev.cairn.db.migrations;

import dev.cairn.db.Database;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock that lets one node at a time apply a migration, so that two nodes starting at once do not both apply it.
 * Taken as the first statement of each migration's block, and held until the block ends:
 * <ul>
 * <li>PostgreSQL: {@code pg_advisory_xact_lock}, released by the commit or rollback;</li>
 * <li>MariaDB: {@code GET_LOCK} on a name made of the database's, released with {@code RELEASE_LOCK} (MariaDB commits
 * DDL as it goes, so no transaction could hold it);</li>
 * <li>SQLite: a write to the table {@value #SQLITE_TABLE}, which takes the database's one write lock until the
 * commit (a later writer waits for it, up to the busy timeout).</li>
 * </ul>
 * Within one process, threads on the same {@link Database} also take a Java lock first: an in-memory SQLite
 * database is shared between the pool's connections with table locks that fail at once rather than wait.
 */
final class MigrationLock {

    static final String SQLITE_TABLE = "cairn_migrations_lock";

    /** An arbitrary key for PostgreSQL's advisory lock: "cairn" in ASCII. */
    private static final long POSTGRES_KEY = 0x636169726eL;
    private static final Duration MARIADB_WAIT = Duration.ofMinutes(10);
    private static final Map<Database, ReentrantLock> LOCAL = new WeakHashMap<>();

    private MigrationLock() {}

    /** The Java lock for a database, held around each migration's block. */
    static ReentrantLock local(Database database) {
        synchronized (LOCAL) {
            return LOCAL.computeIfAbsent(database, d -> new ReentrantLock());
        }
    }

    /** Prepares what the lock needs before any block (SQLite's table). */
    static void prepare(Database database) {
        if (database.dialect().name().equals("sqlite")) {
            database.execute("CREATE TABLE IF NOT EXISTS " + database.dialect().quote(SQLITE_TABLE)
                    + " (holder varchar(100) NULL)", List.of());
        }
    }

    /**
     * Takes the lock; the first statement of the block.
     *
     * @throws MigrationError when MariaDB's lock is not free within the wait
     */
    static void acquire(Database database) {
        switch (database.dialect().name()) {
            case "postgresql" -> database.query("SELECT pg_advisory_xact_lock(?)", List.of(POSTGRES_KEY), rows -> 1);
            case "mariadb" -> {
                List<Long> got = database.query("SELECT GET_LOCK(CONCAT(DATABASE(), '.cairn_migrations'), ?)", List
                        .of(MARIADB_WAIT.toSeconds()), rows -> rows.getLong(1));
                if (got.isEmpty() || got.getFirst() != 1) {
                    throw new MigrationError("another node has held the migration lock for over " + MARIADB_WAIT
                            .toMinutes() + " minutes; is a migration stuck there?");
                }
            }
            default -> database.execute("DELETE FROM " + database.dialect().quote(SQLITE_TABLE), List.of());
        }
    }

    /**
     * Gives the lock back where the block's end does not (MariaDB): after committing what {@code work} did when it
     * succeeded, since a node that gets the lock next must see the history row.
     */
    static void release(Database database, boolean succeeded) {
        if (database.dialect().name().equals("mariadb")) {
            if (succeeded) {
                database.execute("COMMIT", List.of());
            }
            database.query("SELECT RELEASE_LOCK(CONCAT(DATABASE(), '.cairn_migrations'))", List.of(), rows -> 1);
        }
    }
}
