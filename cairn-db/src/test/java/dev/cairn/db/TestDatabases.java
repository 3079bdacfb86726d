package dev.cairn.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The databases a test class runs against, each made for it alone: SQLite in memory and in a temporary file, and
 * a throwaway database ({@code cairn_test_<random>}) on the PostgreSQL and the MariaDB server, dropped when closed.
 *
 * <p>
 * The servers are the machine's own: PostgreSQL at 127.0.0.1:5432 as postgres, MariaDB at 127.0.0.1:3306 as root
 * ({@code CAIRN_TEST_POSTGRES_URL} and {@code CAIRN_TEST_MARIADB_URL} point elsewhere). When one is down the
 * tests fail, with a message that says how to start it; they are never skipped.
 */
final class TestDatabases implements AutoCloseable {

    static final String POSTGRES = Objects.requireNonNullElse(System.getenv("CAIRN_TEST_POSTGRES_URL"),
            "postgres://postgres@127.0.0.1:5432/postgres");
    static final String MARIADB = Objects.requireNonNullElse(System.getenv("CAIRN_TEST_MARIADB_URL"),
            "mariadb://root@127.0.0.1:3306/test");

    private final Map<String, Database> databases;
    private final List<Runnable> cleanups;

    private TestDatabases(Map<String, Database> databases, List<Runnable> cleanups) {
        this.databases = databases;
        this.cleanups = cleanups;
    }

    /** Opens all four: {@code sqlite-memory}, {@code sqlite-file}, {@code postgresql}, {@code mariadb}. */
    static TestDatabases open() {
        Map<String, Database> databases = new java.util.LinkedHashMap<>();
        List<Runnable> cleanups = new ArrayList<>();
        TestDatabases opened = new TestDatabases(databases, cleanups);
        try {
            databases.put("sqlite-memory", Database.open("sqlite-memory", "sqlite:///:memory:"));
            Path folder = Files.createTempDirectory("cairn-db-test");
            databases.put("sqlite-file", Database.open("sqlite-file", "sqlite:///" + folder.resolve("test.db")));
            cleanups.add(() -> deleteFolder(folder));
            databases.put("postgresql", throwaway("postgresql", POSTGRES, cleanups, ""));
            databases.put("mariadb", throwaway("mariadb", MARIADB, cleanups,
                    " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"));
            return opened;
        } catch (IOException | RuntimeException e) {
            opened.close();
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Creates {@code cairn_test_<random>} on the server and opens it; dropping it is added to the cleanups. */
    private static Database throwaway(String label, String adminUrl, List<Runnable> cleanups, String options) {
        DatabaseUrl admin = DatabaseUrl.parse(adminUrl);
        String name = "cairn_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Database server = Database.open(label + "-admin", admin)) {
            server.execute("CREATE DATABASE " + name + options, List.of());
        }
        cleanups.add(() -> {
            try (Database server = Database.open(label + "-admin", admin)) {
                String force = admin.vendor() == DatabaseUrl.Vendor.POSTGRESQL ? " WITH (FORCE)" : "";
                server.execute("DROP DATABASE IF EXISTS " + name + force, List.of());
            }
        });
        return Database.open(label, admin.withDatabase(name));
    }

    /** The labels of the databases, for {@code @MethodSource}. */
    static List<String> labels() {
        return List.of("sqlite-memory", "sqlite-file", "postgresql", "mariadb");
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
        return Objects.requireNonNull(databases.get(label), label);
    }

    /** Closes every database, then drops the throwaway ones and deletes the SQLite file. */
    @Override
    public void close() {
        databases.values().forEach(Database::close);
        for (Runnable cleanup : cleanups.reversed()) {
            cleanup.run();
        }
    }

    private static void deleteFolder(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }
}
