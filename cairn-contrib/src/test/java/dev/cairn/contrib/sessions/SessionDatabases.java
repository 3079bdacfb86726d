package dev.cairn.contrib.sessions;

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
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Throwaway databases for a test class, each with the {@code sessions} app's table made by its shipped migration:
 * SQLite in memory, and, unless only SQLite is asked for, a database made on this machine's PostgreSQL and MariaDB
 * (dropped after the class). A test installs the one it runs on with {@link #use(String)}; the databases installed
 * before are put back at the end.
 */
final class SessionDatabases implements BeforeAllCallback, AfterAllCallback {

    /** The shipped migrations, read where {@code makemigrations} wrote them. */
    static final Path MIGRATIONS = Path.of("src", "main", "resources", "migrations");

    private static final Map<String, String> SERVERS = Map.of(
            "sqlite", "",
            "postgresql", Objects.requireNonNullElse(System.getenv("CAIRN_TEST_POSTGRES_URL"),
                    "postgres://postgres@127.0.0.1:5432/postgres"),
            "mariadb", Objects.requireNonNullElse(System.getenv("CAIRN_TEST_MARIADB_URL"),
                    "mariadb://root@127.0.0.1:3306/test"));

    private final List<String> labels;
    private final Map<String, TestDatabase> databases = new LinkedHashMap<>();
    private Databases before;

    private SessionDatabases(List<String> labels) {
        this.labels = labels;
    }

    /** SQLite, PostgreSQL and MariaDB. */
    static SessionDatabases all() {
        return new SessionDatabases(labels());
    }

    /** SQLite in memory only, installed from the start. */
    static SessionDatabases sqlite() {
        return new SessionDatabases(List.of("sqlite"));
    }

    /** The labels of {@link #all()}, for {@code @MethodSource}. */
    static List<String> labels() {
        return List.of("sqlite", "postgresql", "mariadb");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        for (String label : labels) {
            TestDatabase database = TestDatabase.create(SERVERS.get(label));
            databases.put(label, database);
            new Migrations(List.of(StoredSession.class), MigrationSource.folder(MIGRATIONS), null).migrator(database
                    .database(), Progress.NONE).migrate(null, null);
        }
        before = Databases.install(databases.get(labels.getFirst()).databases());
    }

    /** Installs the database of a label as the application's default, with no sessions in it. */
    void use(String label) {
        Databases.install(databases.get(label).databases());
        StoredSession.objects.all().delete();
    }

    /** The registry holding the database of a label, as a project's command line would open it. */
    Databases databases(String label) {
        return databases.get(label).databases();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Databases.install(before);
        databases.values().forEach(TestDatabase::close);
    }
}
