package dev.cairn.contrib.shelf;

import dev.cairn.db.Database;
import dev.cairn.db.Databases;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.db.schema.SchemaEditor;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The shelf's tables on a fresh in-memory SQLite database, installed as the application's default for the length
 * of a test class, and the rows each test starts from: three authors, two tags, three books, no loans.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final Shelf SHELF = new Shelf();
 * }</pre>
 */
public final class Shelf implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    /** The models, in the order their tables are made. */
    public static final List<ModelMeta<?>> MODELS = List.of(Models.meta(Author.class), Models.meta(Tag.class), Models
            .meta(Book.class), Models.meta(Loan.class));

    private Databases databases;
    private Databases before;

    /** Opens the database, makes the tables and installs it. */
    @Override
    public void beforeAll(ExtensionContext context) {
        databases = Databases.of(List.of(Database.open(Databases.DEFAULT, "sqlite:///:memory:")));
        new SchemaEditor(databases.defaultDatabase()).createModels(MODELS);
        before = Databases.install(databases);
    }

    /** Writes the starting rows before each test. */
    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
    }

    /** The installed database. */
    public Database database() {
        return databases.defaultDatabase();
    }

    /** Empties the tables and writes the starting rows. */
    public void reset() {
        Loan.objects.all().delete();
        database().execute("DELETE FROM shelf_book_tags", List.of());
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

    private static <M extends dev.cairn.db.Model> M save(M model) {
        model.save();
        return model;
    }

    /** Puts back the databases installed before, and closes this one. */
    @Override
    public void afterAll(ExtensionContext context) {
        Databases.install(before);
        databases.close();
    }
}
