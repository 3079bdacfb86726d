package dev.cairn.db.migrations;

import dev.cairn.db.Database;

/**
 * A data migration written in Java, which a migration file runs with a {@code RunJava} operation naming its class
 * (a public class with a public no-argument constructor). It runs inside the migration's transaction where the
 * database has transactional DDL, so that a failure leaves nothing half-done; it should use the database it is
 * given (raw SQL, or the ORM with {@code using(database.name())}), and should not rely on the models' current
 * shape matching the schema at its point in the history.
 */
public interface DataMigration {

    /** Changes the data forward. */
    void forward(Database database);

    /**
     * Changes the data back. A migration that cannot be undone leaves this as it is: unapplying it is refused
     * before anything runs.
     */
    default void backward(Database database) {
        throw new UnsupportedOperationException("not reversible");
    }

    /** Whether {@link #backward} is implemented; true when the class overrides it. */
    default boolean reversible() {
        try {
            return getClass().getMethod("backward", Database.class).getDeclaringClass() != DataMigration.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
