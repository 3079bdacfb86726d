package dev.cairn.db.testing;

import dev.cairn.db.Database;
import dev.cairn.db.DatabaseUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The four databases the ORM is tested on, each made for the tests alone: SQLite in memory ({@code sqlite-memory})
 * and in a file in a temporary folder ({@code sqlite-file}), and a throwaway database ({@code cairn_test_<random>})
 * on the PostgreSQL ({@code postgresql}) and the MariaDB ({@code mariadb}) server, dropped when closed. For a
 * library whose code must work on every database Cairn supports (the ORM itself, contrib), where
 * {@link TestDatabase} is an application's one test database.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @MethodSource("dev.cairn.db.testing.TestDatabases#labels")
 * void savesAndReads(String label) {
 *     Database db = databases.get(label);
 *     ...
 * }
 * }</pre>
 *
 * <p>
 * The servers are the machine's own: PostgreSQL at 127.0.0.1:5432 as postgres, MariaDB at 127.0.0.1:3306 as root
 * ({@value #POSTGRES_VARIABLE} and {@value #MARIADB_VARIABLE} point elsewhere). When one is down, opening fails
 * with the driver's message; the tests fail, and are never skipped.
 */
public final class TestDatabases implements AutoCloseable {

    /** The environment variable naming the PostgreSQL server, instead of postgres@127.0.0.1:5432. */
    public static final String POSTGRES_VARIABLE = "CAIRN_TEST_POSTGRES_URL";
    /** The environment variable naming the MariaDB server, instead of root@127.0.0.1:3306. */
    public static final String MARIADB_VARIABLE = "CAIRN_TEST_MARIADB_URL";

    private static final String POSTGRES = Objects.requireNonNullElse(System.getenv(POSTGRES_VARIABLE),
            "postgres://postgres@127.0.0.1:5432/postgres");
    private static final String MARIADB = Objects.requireNonNullElse(System.getenv(MARIADB_VARIABLE),
            "mariadb://root@127.0.0.1:3306/test");
    private static final List<String> LABELS = List.of("sqlite-memory", "sqlite-file", "postgresql", "mariadb");

    private final Map<String, Database> databases = new LinkedHashMap<>();
    private final List<Runnable> cleanups = new ArrayList<>();

    private TestDatabases() {}

    /** The labels, in the order the databases open: for {@code @MethodSource}. */
    public static List<String> labels() {
        return LABELS;
    }

    /** Opens all four, each named by its label (so that {@code Book.objects.using("mariadb")} finds it). */
    public static TestDatabases open() {
        return open(null);
    }

    /**
     * Opens all four, each named {@code name} (such as {@code default}), so that any one of them can be installed
     * alone as an application's database; null names each by its label.
     *
     * @throws IllegalStateException when one cannot be made or opened (a server down), after closing and dropping
     *                               those made before it
     */
    public static TestDatabases open(String name) {
        TestDatabases opened = new TestDatabases();
        try {
            opened.databases.put("sqlite-memory", Database.open(named("sqlite-memory", name), DatabaseUrl.memory()));
            Path folder = Files.createTempDirectory("cairn-db-test");
            opened.cleanups.add(() -> deleteFolder(folder));
            opened.databases.put("sqlite-file", Database.open(named("sqlite-file", name), "sqlite:///" + folder
                    .resolve("test.db")));
            opened.throwaway("postgresql", name, POSTGRES);
            opened.throwaway("mariadb", name, MARIADB);
            return opened;
        } catch (IOException | RuntimeException e) {
            opened.close();
            throw new IllegalStateException("the test databases could not be opened: " + e.getMessage(), e);
        }
    }

    private static String named(String label, String name) {
        return name == null ? label : name;
    }

    private void throwaway(String label, String name, String serverUrl) {
        Throwaway made = Throwaway.create(named(label, name), DatabaseUrl.parse(serverUrl), "cairn_test_");
        cleanups.add(made.drop());
        databases.put(label, made.database());
    }

    /**
     * The database of a label.
     *
     * @throws IllegalArgumentException for a label that is none of {@link #labels()}
     */
    public Database get(String label) {
        Database database = databases.get(label);
        if (database == null) {
            throw new IllegalArgumentException("no test database is labelled '" + label + "'; the labels: "
                    + LABELS);
        }
        return database;
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
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder, which the system cleans in the end
        }
    }
}
