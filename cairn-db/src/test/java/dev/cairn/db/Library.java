package dev.cairn.db;

import dev.cairn.db.library.Author;
import dev.cairn.db.library.Book;
import dev.cairn.db.library.Genre;
import dev.cairn.db.library.Publisher;
import dev.cairn.db.library.Tag;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.db.schema.SchemaEditor;
import java.time.LocalDate;
import java.util.List;

/**
 * The library models' tables on every test database, and a small set of rows each test starts from: three
 * authors, five books, two publishers.
 */
final class Library implements AutoCloseable {

    static final List<ModelMeta<?>> MODELS = List.of(Models.meta(Publisher.class), Models.meta(Author.class), Models
            .meta(Tag.class), Models.meta(Book.class));

    final TestDatabases databases;
    private final Databases before;

    private Library() {
        databases = TestDatabases.open();
        List<Database> all = new java.util.ArrayList<>();
        all.add(Database.open(Databases.DEFAULT, "sqlite:///:memory:"));
        for (String label : TestDatabases.labels()) {
            Database db = databases.get(label);
            new SchemaEditor(db).createModels(MODELS);
            all.add(db);
        }
        before = Databases.install(Databases.of(all));
    }

    static Library open() {
        return new Library();
    }

    /** Empties the tables and writes the starting rows. */
    static void reset(String db) {
        Book.objects.using(db).all().delete();
        Author.objects.using(db).all().delete();
        Publisher.objects.using(db).all().delete();
        Tag.objects.using(db).all().delete();
        Publisher penguin = new Publisher("Penguin");
        penguin.save(db);
        Publisher faber = new Publisher("Faber");
        faber.save(db);
        Author dickens = author(db, "Charles Dickens", LocalDate.of(1812, 2, 7));
        Author austen = author(db, "Jane Austen", LocalDate.of(1775, 12, 16));
        Author eliot = author(db, "T. S. Eliot", null);
        book(db, "Bleak House", dickens, "12.50", 3, Genre.NOVEL, LocalDate.of(1853, 3, 1), penguin);
        book(db, "Great Expectations", dickens, "9.99", 0, Genre.NOVEL, LocalDate.of(1861, 8, 1), penguin);
        book(db, "Emma", austen, "7.25", 5, Genre.NOVEL, LocalDate.of(1815, 12, 23), null);
        book(db, "Persuasion", austen, "6.00", 2, Genre.NOVEL, LocalDate.of(1817, 12, 20), penguin);
        book(db, "The Waste Land", eliot, "15.00", 1, Genre.POETRY, LocalDate.of(1922, 10, 15), faber);
    }

    private static Author author(String db, String name, LocalDate born) {
        Author author = new Author(name);
        author.born = born;
        author.save(db);
        return author;
    }

    private static void book(String db, String title, Author author, String price, int stock, Genre genre,
            LocalDate published, Publisher publisher) {
        Book book = new Book(title, author, price);
        book.stock = stock;
        book.genre = genre;
        book.published = published;
        book.publisher.set(publisher);
        book.save(db);
    }

    @Override
    public void close() {
        Databases installed = Databases.install(before);
        installed.defaultDatabase().close();
        databases.close();
    }
}
