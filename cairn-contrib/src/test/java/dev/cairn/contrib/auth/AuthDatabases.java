package dev.cairn.contrib.auth;

import dev.cairn.contrib.shelf.Author;
import dev.cairn.contrib.shelf.Book;
import dev.cairn.contrib.shelf.Loan;
import dev.cairn.contrib.sessions.StoredSession;
import dev.cairn.contrib.shelf.Tag;
import dev.cairn.db.AtomicBlock;
import dev.cairn.db.Databases;
import dev.cairn.db.migrations.MigrationSource;
import dev.cairn.db.migrations.Migrations;
import dev.cairn.db.migrations.Progress;
import dev.cairn.db.testing.TestDatabase;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The auth tables made by the committed migrations ({@code src/main/resources/migrations/auth}), the sessions
 * table (for the web side of users), and the shelf's
 * tables for permissions to be made for, on SQLite in memory, a throwaway PostgreSQL database and a throwaway
 * MariaDB database (the machine's servers; {@code CAIRN_TEST_POSTGRES_URL} and {@code CAIRN_TEST_MARIADB_URL} point
 * elsewhere), opened once for the run and dropped at its end. A test runs on one of them with {@link #on}: installed
 * as the default database, in a transaction rolled back afterwards.
 */
public final class AuthDatabases implements BeforeAllCallback {

    /** The committed migrations of the auth app. */
    public static final Path MIGRATIONS = Path.of("src", "main", "resources", "migrations");

    private static final Map<String, String> SERVERS = servers();

    /** The databases, once opened, by label. */
    private record Opened(Map<String, TestDatabase> databases) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            databases.values().forEach(TestDatabase::close);
        }
    }

    private static Opened opened;

    private static Map<String, String> servers() {
        Map<String, String> servers = new LinkedHashMap<>();
        servers.put("sqlite", null);
        servers.put("postgresql", Objects.requireNonNullElse(System.getenv("CAIRN_TEST_POSTGRES_URL"),
                "postgres://postgres@127.0.0.1:5432/postgres"));
        servers.put("mariadb", Objects.requireNonNullElse(System.getenv("CAIRN_TEST_MARIADB_URL"),
                "mariadb://root@127.0.0.1:3306/test"));
        return servers;
    }

    /** The databases' labels, for {@code @MethodSource}. */
    public static List<String> labels() {
        return List.copyOf(SERVERS.keySet());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        opened = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Opened.class,
                key -> open(), Opened.class);
    }

    private static Opened open() {
        Map<String, TestDatabase> databases = new LinkedHashMap<>();
        SERVERS.forEach((label, url) -> {
            TestDatabase database = TestDatabase.create(url);
            databases.put(label, database);
            new Migrations(List.of(User.class, Group.class, Permission.class, StoredSession.class), MigrationSource
                    .folder(MIGRATIONS), null).migrator(database.database(), Progress.NONE).migrate(null, null);
            database.createTables(Author.class, Tag.class, Book.class, Loan.class);
        });
        return new Opened(databases);
    }

    /** The test database of {@code label}. */
    public static TestDatabase database(String label) {
        return Objects.requireNonNull(opened.databases().get(label), label);
    }

    /** Runs {@code block} on database {@code label}, installed as the default, rolled back at its end. */
    public static <X extends Exception> void on(String label, AtomicBlock<X> block) throws X {
        TestDatabase database = database(label);
        Databases before = Databases.install(database.databases());
        try {
            database.rolledBack(block);
        } finally {
            Databases.install(before);
        }
    }
}
