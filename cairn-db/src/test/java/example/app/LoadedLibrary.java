package example.app;

import dev.cairn.db.Databases;
import dev.cairn.db.library.Author;
import dev.cairn.db.library.Book;
import dev.cairn.db.library.Publisher;
import dev.cairn.db.library.Tag;
import dev.cairn.db.testing.Fixtures;
import dev.cairn.db.testing.TestDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test class ({@code @RegisterExtension static}): a test database with the library's tables and fixture,
 * installed as the application's for the class's tests.
 */
final class LoadedLibrary implements BeforeAllCallback, AfterAllCallback {

    TestDatabase db;
    private Databases before;

    @Override
    public void beforeAll(ExtensionContext context) {
        db = TestDatabase.create(null);
        db.createTables(Publisher.class, Author.class, Tag.class, Book.class);
        before = Databases.install(db.databases());
        Fixtures.loadResource(Databases.DEFAULT, "fixtures/library.json");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Databases.install(before);
        db.close();
    }
}
