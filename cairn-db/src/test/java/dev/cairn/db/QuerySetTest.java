package dev.cairn.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.library.Author;
import dev.cairn.db.library.Book;
import dev.cairn.db.library.Genre;
import dev.cairn.db.library.Publisher;
import dev.cairn.db.query.Aggregate;
import dev.cairn.db.query.Col;
import dev.cairn.db.query.F;
import dev.cairn.db.query.Q;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** QuerySets on every database: each lookup, relations, Q and F, ordering, slicing, aggregates and writes. */
@ExtendWith(OrmDatabases.class)
class QuerySetTest {

    private static List<String> titles(QuerySet<Book> books) {
        return books.list().stream().map(b -> b.title).toList();
    }

    static Stream<Arguments> lookups() {
        List<Arguments> cases = List.of(
                Arguments.of("title", "Emma", List.of("Emma")),
                Arguments.of("title__exact", "emma", List.of()),
                Arguments.of("title__iexact", "emma", List.of("Emma")),
                Arguments.of("title__contains", "House", List.of("Bleak House")),
                Arguments.of("title__contains", "house", List.of()),
                Arguments.of("title__icontains", "HOUSE", List.of("Bleak House")),
                Arguments.of("title__contains", "%", List.of()),
                Arguments.of("title__contains", "_", List.of()),
                Arguments.of("title__startswith", "The", List.of("The Waste Land")),
                Arguments.of("title__istartswith", "the", List.of("The Waste Land")),
                Arguments.of("title__endswith", "ion", List.of("Persuasion")),
                Arguments.of("title__iendswith", "LAND", List.of("The Waste Land")),
                Arguments.of("title__in", List.of("Emma", "Persuasion", "Nope"), List.of("Emma", "Persuasion")),
                Arguments.of("title__in", List.of(), List.of()),
                Arguments.of("price__gt", new BigDecimal("12.50"), List.of("The Waste Land")),
                Arguments.of("price__gte", new BigDecimal("12.50"), List.of("Bleak House", "The Waste Land")),
                Arguments.of("price__lt", new BigDecimal("7.25"), List.of("Persuasion")),
                Arguments.of("price__lte", new BigDecimal("7.25"), List.of("Emma", "Persuasion")),
                Arguments.of("stock__range", List.of(1, 2), List.of("Persuasion", "The Waste Land")),
                Arguments.of("publisher__isnull", true, List.of("Emma")),
                Arguments.of("publisher", null, List.of("Emma")),
                Arguments.of("title__regex", "^[BG]", List.of("Bleak House", "Great Expectations")),
                Arguments.of("title__iregex", "^e", List.of("Emma")),
                Arguments.of("published__year", 1861, List.of("Great Expectations")),
                Arguments.of("published__year__lt", 1816, List.of("Emma")),
                Arguments.of("published__month", 12, List.of("Emma", "Persuasion")),
                Arguments.of("genre", Genre.POETRY, List.of("The Waste Land")),
                Arguments.of("author__name", "Jane Austen", List.of("Emma", "Persuasion")),
                Arguments.of("author__name__icontains", "DICKENS", List.of("Bleak House", "Great Expectations")),
                Arguments.of("author__born__isnull", true, List.of("The Waste Land")),
                Arguments.of("publisher__name", "Faber", List.of("The Waste Land")));
        return TestDatabases.labels().stream()
                .flatMap(db -> cases.stream().map(c -> Arguments.of(db, c.get()[0], c.get()[1],
                        c.get()[2])));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @MethodSource("lookups")
    void eachLookupFindsItsRows(String db, String lookup, Object value, List<String> expected) {
        Library.reset(db);
        assertEquals(expected, titles(Book.objects.using(db).filter(lookup, value).orderBy("title")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void savingGivesAKeyAndEveryFieldComesBackAsItWent(String db) {
        Library.reset(db);
        Book emma = Book.objects.using(db).get("title", "Emma");
        assertNotNull(emma.id);
        assertEquals(new BigDecimal("7.25"), emma.price);
        assertEquals(5, emma.stock);
        assertEquals(Genre.NOVEL, emma.genre);
        assertEquals(LocalDate.of(1815, 12, 23), emma.published);
        assertNotNull(emma.created);
        assertEquals("Jane Austen", emma.author.get().name);
        assertFalse(emma.publisher.isSet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void qObjectsCombineAndExcludeKeepsNulls(String db) {
        Library.reset(db);
        var books = Book.objects.using(db);
        assertEquals(List.of("Emma", "The Waste Land"), titles(books.filter(Q.of("title", "Emma").or(Q.of("genre",
                Genre.POETRY))).orderBy("title")));
        assertEquals(List.of("Bleak House", "Great Expectations"), titles(books.filter(Q.of("author__name",
                "Charles Dickens").and(Q.of("price__gt", 1))).orderBy("title")));
        // Emma has no publisher: excluding Penguin keeps it, as Django does.
        assertEquals(List.of("Emma", "The Waste Land"), titles(books.exclude("publisher__name", "Penguin")
                .orderBy("title")));
        assertEquals(List.of("The Waste Land"), titles(books.filter(Q.of("genre", Genre.NOVEL).not())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void fExpressionsCompareAndUpdateInTheDatabase(String db) {
        Library.reset(db);
        var books = Book.objects.using(db);
        // Emma: 5 > 7.25 / 3; Bleak House: 3 is not > 12.50 / 3.
        assertEquals(List.of("Emma"), titles(books.filter("stock__gt", F.of("price").dividedBy(3))));
        assertEquals(List.of("Emma", "Persuasion"), titles(books.filter("stock__gte", F.of("price").dividedBy(3))
                .orderBy("title")));
        int changed = books.filter("stock__gt", 0).update("stock", F.of("stock").minus(1));
        assertEquals(4, changed);
        assertEquals(List.of(2, 4, 0, 1, 0), books.orderBy("title").valuesListFlat("stock"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void orderingSlicingAndCounting(String db) {
        Library.reset(db);
        var books = Book.objects.using(db);
        assertEquals(List.of("The Waste Land", "Bleak House", "Great Expectations"), titles(books.orderBy("-price")
                .limit(3)));
        assertEquals(List.of("Great Expectations", "Emma"), titles(books.orderBy("-price").slice(2, 4)));
        assertEquals(List.of("Bleak House", "Great Expectations", "Emma", "Persuasion", "The Waste Land"), titles(
                books.orderBy("author__name", "published")));
        assertEquals(List.of("The Waste Land", "Emma", "Persuasion", "Bleak House", "Great Expectations"), titles(
                books.orderBy("-author__name", "published")));
        assertEquals(5, books.count());
        assertEquals(2, books.filter("author__name", "Jane Austen").count());
        assertEquals(2, books.orderBy("title").limit(2).count());
        assertTrue(books.filter("genre", Genre.POETRY).exists());
        assertFalse(books.filter("genre", Genre.HISTORY).exists());
        assertEquals("Bleak House", books.orderBy("title").first().title);
        assertEquals("The Waste Land", books.orderBy("title").last().title);
        assertNull(books.filter("genre", Genre.HISTORY).first());
        assertEquals(List.of("Charles Dickens", "Jane Austen", "T. S. Eliot"), Author.objects.using(db).all().list()
                .stream().map(a -> a.name).toList(), "the model's default ordering");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void bulkCreateInsertsManyRowsAStatementAndGivesEachItsKey(String db) {
        Library.reset(db);
        Author austen = Author.objects.using(db).get("name", "Jane Austen");
        List<Book> made = new java.util.ArrayList<>();
        for (int i = 0; i < 250; i++) {
            made.add(new Book("Volume " + i, austen, i + ".50"));
        }
        Book.objects.using(db).bulkCreate(made);
        assertEquals(255, Book.objects.using(db).count());
        for (Book book : List.of(made.get(0), made.get(123), made.get(249))) {
            assertEquals(book.title, Book.objects.using(db).get("pk", book.id).title, "each object has its own key");
        }
        assertEquals(250, made.stream().map(b -> b.id).distinct().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void bulkUpdateSavesEveryObjectInOneBatch(String db) {
        Library.reset(db);
        List<Book> books = Book.objects.using(db).orderBy("title").list();
        for (Book book : books) {
            book.stock = book.stock + 10;
            book.title = book.title.toUpperCase(java.util.Locale.ROOT);
        }
        assertEquals(5, Book.objects.using(db).bulkUpdate(books));
        assertEquals(List.of(13, 15, 10, 12, 11), Book.objects.using(db).orderBy("title").valuesListFlat("stock"));
        assertEquals("BLEAK HOUSE", Book.objects.using(db).orderBy("title").first().title);
        Book unsaved = new Book("New", books.get(0).author.get(), "1.00");
        assertThrows(IllegalArgumentException.class, () -> Book.objects.using(db).bulkUpdate(List.of(unsaved)));
    }

    static final Col<Book, BigDecimal> PRICE = Col.of(Book.class, "price", BigDecimal.class);
    static final Col<Book, String> AUTHOR_NAME = Col.of(Book.class, "author__name", String.class);
    static final Col<Book, Integer> STOCK = Col.of(Book.class, "stock", Integer.class);

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void typedColumnsWriteTheSameQueries(String db) {
        Library.reset(db);
        var books = Book.objects.using(db);
        assertEquals(List.of("Great Expectations", "Bleak House"), titles(books.filter(AUTHOR_NAME.icontains(
                "dickens").and(PRICE.lt(new BigDecimal("20")))).orderBy(PRICE.asc())));
        assertEquals(titles(books.filter("stock__in", List.of(0, 5)).orderBy("title")), titles(books.filter(STOCK.in(
                List.of(0, 5))).orderBy("title")));
        assertEquals(List.of("Emma"), titles(books.filter(STOCK.gt(PRICE.f().dividedBy(3)))));
        assertEquals(List.of("The Waste Land"), titles(books.orderBy(PRICE.desc()).limit(1)));
    }

    static Stream<Arguments> badColumns() {
        return Stream.of(
                Arguments.of("titel", String.class, "Cannot resolve keyword 'titel' into field of Book."),
                Arguments.of("price", String.class, "Book.price holds BigDecimal, not String"),
                Arguments.of("title__name", String.class, "'title' of Book is not a relation"),
                Arguments.of("author__nam", String.class, "Cannot resolve keyword 'nam' into field of Author."));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("badColumns")
    void aWrongTypedColumnFailsWhereItIsDeclared(String path, Class<?> type, String message) {
        FieldError error = assertThrows(FieldError.class, () -> Col.of(Book.class, path, type));
        assertTrue(error.getMessage().startsWith(message), error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void rawSqlReadsModelsWithExtraColumnsAsAnnotations(String db) {
        Library.reset(db);
        var database = Databases.installed().get(db);
        String table = database.dialect().quote("library_book");
        List<Book> cheap = Book.objects.using(db).raw("SELECT id, title, price, stock * 2 AS doubled FROM " + table
                + " WHERE price < ? ORDER BY title", new BigDecimal("8"));
        assertEquals(List.of("Emma", "Persuasion"), cheap.stream().map(b -> b.title).toList());
        assertEquals(10, ((Number) cheap.getFirst().annotation("doubled")).intValue());
        assertNotNull(cheap.getFirst().id);
        ProgrammingError keyless = assertThrows(ProgrammingError.class, () -> Book.objects.using(db).raw(
                "SELECT title FROM " + table));
        assertTrue(keyless.getMessage().startsWith("Raw query must include the primary key column 'id' of Book"),
                keyless.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void getFindsExactlyOne(String db) {
        Library.reset(db);
        var books = Book.objects.using(db);
        assertEquals("Emma", books.get("title", "Emma").title);
        DoesNotExist none = assertThrows(DoesNotExist.class, () -> books.get("title", "Ulysses"));
        assertTrue(none.getMessage().startsWith("Book matching query does not exist"), none.getMessage());
        assertThrows(MultipleObjectsReturned.class, () -> books.get("genre", Genre.NOVEL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void reverseRelationsAndSelectRelated(String db) {
        Library.reset(db);
        List<String> names = Author.objects.using(db).filter("books__price__gt", 10).distinct().list().stream()
                .map(a -> a.name).toList();
        assertEquals(List.of("Charles Dickens", "T. S. Eliot"), names);
        List<Book> loaded = Book.objects.using(db).selectRelated("author", "publisher").orderBy("title").list();
        assertTrue(loaded.stream().allMatch(b -> b.author.isLoaded()));
        assertEquals("Charles Dickens", loaded.get(0).author.get().name);
        assertFalse(loaded.get(1).publisher.isSet(), "Emma's empty publisher stays empty through the outer join");
        assertEquals("Penguin", loaded.get(0).publisher.get().name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void annotateAndAggregate(String db) {
        Library.reset(db);
        Map<String, Object> totals = Book.objects.using(db).aggregate(Map.of("n", Aggregate.count("*"), "stock",
                Aggregate.sum("stock"), "cheapest", Aggregate.min("price")));
        assertEquals(5, ((Number) totals.get("n")).intValue());
        assertEquals(11, ((Number) totals.get("stock")).intValue());
        assertEquals(0, new BigDecimal("6.00").compareTo(new BigDecimal(totals.get("cheapest").toString())));
        List<Author> authors = Author.objects.using(db).annotate("titles", Aggregate.count("books")).filter(
                "titles__gte", 2).list();
        assertEquals(List.of("Charles Dickens", "Jane Austen"), authors.stream().map(a -> a.name).toList());
        assertEquals(2, ((Number) authors.get(0).annotation("titles")).intValue());
        List<Map<String, Object>> perGenre = Book.objects.using(db).values("genre").annotate("n", Aggregate.count(
                "id")).orderBy("genre");
        assertEquals(List.of(Map.of("genre", Genre.NOVEL, "n", 4L), Map.of("genre", Genre.POETRY, "n", 1L)), perGenre
                .stream().map(m -> Map.of("genre", m.get("genre"), "n", ((Number) m.get("n")).longValue())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void deleteFollowsOnDelete(String db) {
        Library.reset(db);
        Author dickens = Author.objects.using(db).get("name", "Charles Dickens");
        Map<String, Integer> deleted = dickens.delete();
        assertEquals(Map.of("library.Author", 1, "library.Book", 2), deleted);
        assertEquals(3, Book.objects.using(db).count());
        Map<String, Integer> penguin = Publisher.objects.using(db).filter("name", "Penguin").delete();
        assertEquals(Map.of("library.Publisher", 1), penguin);
        assertEquals(List.of("Emma", "Persuasion"), titles(Book.objects.using(db).filter("publisher__isnull", true)
                .orderBy("title")), "SET_NULL emptied Persuasion's publisher");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void badNamesFailAsTheQuerySetIsBuilt(String db) {
        FieldError error = assertThrows(FieldError.class, () -> Author.objects.using(db).filter("nam", "x"));
        assertEquals("Cannot resolve keyword 'nam' into field of Author. Choices are: books, born, email, id, name",
                error.getMessage());
        assertThrows(FieldError.class, () -> Book.objects.using(db).filter("title__resembles", "x"));
        assertThrows(FieldError.class, () -> Book.objects.using(db).orderBy("-nothing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void sqlShowsTheStatementWithoutRunningIt(String db) {
        Sql sql = Book.objects.using(db).filter("author__name__icontains", "dickens").limit(2).sql();
        assertTrue(sql.text().startsWith("SELECT "), sql.text());
        assertTrue(sql.text().contains("JOIN"), sql.text());
        assertEquals(List.of("%dickens%"), sql.parameters().subList(0, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void uniqueBreachesAreIntegrityErrorsAndChangeNothing(String db) {
        Library.reset(db);
        Publisher copy = new Publisher("Faber");
        assertThrows(IntegrityError.class, () -> copy.save(db));
        assertEquals(2, Publisher.objects.using(db).count());
    }
}
