package dev.cairn.db;

import java.util.List;

/**
 * The ORM's tests' name for {@link dev.cairn.db.testing.TestDatabases}, the four test databases each named by its
 * label, which they use as {@code @MethodSource("dev.cairn.db.TestDatabases#labels")}.
 */
final class TestDatabases implements AutoCloseable {

    private final dev.cairn.db.testing.TestDatabases databases;

    private TestDatabases(dev.cairn.db.testing.TestDatabases databases) {
        this.databases = databases;
    }

    /** Opens all four: {@code sqlite-memory}, {@code sqlite-file}, {@code postgresql}, {@code mariadb}. */
    static TestDatabases open() {
        return new TestDatabases(dev.cairn.db.testing.TestDatabases.open());
    }

    /** The labels of the databases, for {@code @MethodSource}. */
    static List<String> labels() {
        return dev.cairn.db.testing.TestDatabases.labels();
    }

    /**
     * Drops these tables from {@code db} where they exist, in one transaction, whatever points at them (MariaDB's
     * key checks off meanwhile, PostgreSQL's CASCADE): a test's tables, so that the next starts without them.
     */
    static void dropTables(Database db, List<String> tables) {
        boolean mariadb = db.dialect().name().equals("mariadb");
        String cascade = db.dialect().name().equals("postgresql") ? " CASCADE" : "";
        db.atomic(() -> {
            if (mariadb) {
                db.execute("SET FOREIGN_KEY_CHECKS = 0", List.of());
            }
            for (String table : tables) {
                db.execute("DROP TABLE IF EXISTS " + db.dialect().quote(table) + cascade, List.of());
            }
            if (mariadb) {
                db.execute("SET FOREIGN_KEY_CHECKS = 1", List.of());
            }
        });
    }

    /** The database of a label. */
    Database get(String label) {
        return databases.get(label);
    }

    /** Closes every database, then drops the throwaway ones and deletes the SQLite file. */
    @Override
    public void close() {
        databases.close();
    }
}
