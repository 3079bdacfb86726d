package dev.cairn.contrib.shelf;

import dev.cairn.db.Database;
import dev.cairn.db.Databases;
import dev.cairn.db.Model;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.db.schema.SchemaEditor;
import dev.cairn.db.testing.TestDatabases;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The shelf's tables on each of the four test databases ({@link TestDatabases}: SQLite in memory and in a file,
 * PostgreSQL, MariaDB), made once for the whole run and shared by every contrib test class that registers this,
 * then dropped when the run ends. Contrib's forms and views use the application's {@code default} database, so a
 * test names the one it runs on and this installs it as the default, with the rows each test starts from: three
 * authors, two tags, three books, no loans.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final Shelf SHELF = new Shelf();
 *
 * @ParameterizedTest
 * @MethodSource(Shelf.LABELS)
 * void savesABook(String db) {
 *     SHELF.use(db);
 *     ...
 * }
 * }</pre>
 *
 * Until a test says which, SQLite in memory is installed, so that nothing reaches a database outside the tests.
 * The databases installed before the class come back after it.
 */
public final class Shelf implements BeforeAllCallback, AfterAllCallback {

    /** The {@code @MethodSource} of the databases' labels. */
    public static final String LABELS = "dev.cairn.db.testing.TestDatabases#labels";

    /** The models, in the order their tables are made. */
    public static final List<ModelMeta<?>> MODELS = List.of(Models.meta(Author.class), Models.meta(Tag.class), Models
            .meta(Book.class), Models.meta(Loan.class));

    private TestDatabases databases;
    private Database installed;
    private Databases before;

    /** Closes the databases when JUnit closes its root store, at the end of the run. */
    private record Opened(TestDatabases databases) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            databases.close();
        }
    }

    /** Opens the databases and makes the tables, once for the run; installs SQLite in memory. */
    @Override
    public void beforeAll(ExtensionContext context) {
        databases = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Opened.class,
                key -> new Opened(withTables(TestDatabases.open(Databases.DEFAULT))), Opened.class).databases();
        before = Databases.install(null);
        install("sqlite-memory");
    }

    private static TestDatabases withTables(TestDatabases databases) {
        for (String label : TestDatabases.labels()) {
            new SchemaEditor(databases.get(label)).createModels(MODELS);
        }
        return databases;
    }

    /** The cases of a table, each on every database: the label first, then the case's own arguments. */
    public static Stream<Arguments> onEachDatabase(Stream<Arguments> cases) {
        List<Arguments> all = cases.toList();
        return TestDatabases.labels().stream().flatMap(label -> all.stream().map(c -> {
            Object[] given = c.get();
            Object[] with = new Object[given.length + 1];
            with[0] = label;
            System.arraycopy(given, 0, with, 1, given.length);
            return Arguments.of(with);
        }));
    }

    /** Installs the database of {@code label} as the application's default, with the starting rows; returns it. */
    public Database use(String label) {
        install(label);
        reset();
        return installed;
    }

    private void install(String label) {
        installed = databases.get(label);
        Databases.install(Databases.of(List.of(installed)));
    }

    /** The installed database. */
    public Database database() {
        return installed;
    }

    /** Empties the tables and writes the starting rows. */
    public void reset() {
        Loan.objects.all().delete();
        installed.execute("DELETE FROM shelf_book_tags", List.of());
        Book.objects.all().delete();
        Author.objects.all().delete();
        Tag.objects.all().delete();
        Author dickens = save(new Author("Charles Dickens", "dickens"));
        Author austen = save(new Author("Jane Austen", "austen"));
        save(new Author("T. S. Eliot", "eliot"));
        save(new Tag("classic"));
        save(new Tag("funny"));
        save(new Book("Bleak House", dickens, "12.50"));
        save(new Book("Great Expectations", dickens, "9.99"));
        save(new Book("Emma", austen, "7.25"));
    }

    private static <M extends Model> M save(M model) {
        model.save();
        return model;
    }

    /** Puts back the databases installed before; the run closes these. */
    @Override
    public void afterAll(ExtensionContext context) {
        Databases.install(before);
    }
}
