package dev.cairn.db.testing;

import dev.cairn.db.AtomicBlock;
import dev.cairn.db.Database;
import dev.cairn.db.DatabaseUrl;
import dev.cairn.db.Databases;
import dev.cairn.db.Model;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.db.schema.SchemaEditor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A database made for a test run and thrown away after it (Django's test database): SQLite in memory by default;
 * when {@value #URL_VARIABLE} (or the system property {@value #URL_PROPERTY}) names a PostgreSQL or MariaDB
 * server (a SQLite URL also means SQLite in memory), a new database {@code test_cairn_<random>} made on that server and dropped by {@link #close()}.
 *
 * <pre>{@code
 * CAIRN_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres mvn verify
 * }</pre>
 *
 * Its tables are made from the models ({@link #createTables}); {@link #rolledBack} runs code in a transaction that
 * is rolled back at its end, which is how each test starts from the same rows.
 */
public final class TestDatabase implements AutoCloseable {

    /** The environment variable naming the server for test databases; unset means SQLite in memory. */
    public static final String URL_VARIABLE = "CAIRN_TEST_DATABASE_URL";
    /** The system property that does the same, and wins over the variable. */
    public static final String URL_PROPERTY = "cairn.test.database.url";

    private final Database database;
    private final Databases databases;
    private final Runnable drop;
    private final Set<ModelMeta<?>> created = new LinkedHashSet<>();

    private TestDatabase(Database database, Runnable drop) {
        this.database = database;
        this.databases = Databases.of(List.of(database));
        this.drop = drop;
    }

    /** A test database where the environment says ({@value #URL_PROPERTY}, then {@value #URL_VARIABLE}). */
    public static TestDatabase create() {
        return create(configuredUrl(System.getenv(), System.getProperties()));
    }

    /**
     * A test database: SQLite in memory when {@code serverUrl} is null or blank, else a new database on the
     * server {@code serverUrl} reaches (whose own database is used only to create and drop the new one).
     *
     * @throws IllegalArgumentException if the URL does not parse
     * @throws dev.cairn.db.OperationalError if the server cannot be reached or refuses to create a database
     */
    public static TestDatabase create(String serverUrl) {
        DatabaseUrl server = serverUrl == null || serverUrl.isBlank() ? null : DatabaseUrl.parse(serverUrl);
        if (server == null || server.vendor() == DatabaseUrl.Vendor.SQLITE) {
            return new TestDatabase(Database.open(Databases.DEFAULT, DatabaseUrl.memory()), () -> {});
        }
        Throwaway made = Throwaway.create(Databases.DEFAULT, server, "test_cairn_");
        return new TestDatabase(made.database(), made.drop());
    }

    /** The database, named {@code default}. */
    public Database database() {
        return database;
    }

    /** A registry holding only this database, for {@link Databases#install}. */
    public Databases databases() {
        return databases;
    }

    /**
     * Makes the tables of those of these models whose tables it has not made yet (each model once, however often
     * it is asked), in one go so that their foreign keys may point at each other.
     */
    @SafeVarargs
    public final synchronized void createTables(Class<? extends Model>... models) {
        List<ModelMeta<?>> fresh = new ArrayList<>();
        for (Class<? extends Model> type : models) {
            ModelMeta<?> meta = Models.meta(type);
            if (created.add(meta)) {
                fresh.add(meta);
            }
        }
        if (!fresh.isEmpty()) {
            new SchemaEditor(database).createModels(fresh);
        }
    }

    /**
     * Runs {@code block} in a transaction that rolls back at its end, whether it returns or throws: whatever it
     * wrote is gone afterwards. Inside a block already open on this thread it is a savepoint, rolled back the same
     * way.
     */
    public <X extends Exception> void rolledBack(AtomicBlock<X> block) throws X {
        database.atomic(() -> {
            database.setRollback(true);
            block.run();
        });
    }

    /** Which server and database this is, for messages; the password redacted. */
    @Override
    public String toString() {
        return "TestDatabase[" + database.url() + "]";
    }

    /** Closes the database and drops it from its server. */
    @Override
    public void close() {
        database.close();
        drop.run();
    }

    /** The URL {@link #create()} reads from this environment and these system properties, or null. */
    static String configuredUrl(Map<String, String> environment, java.util.Properties properties) {
        String url = properties.getProperty(URL_PROPERTY);
        return url != null && !url.isBlank() ? url : environment.get(URL_VARIABLE);
    }
}
