package dev.cairn.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.library.Author;
import dev.cairn.db.library.Book;
import dev.cairn.db.library.Publisher;
import dev.cairn.db.query.Aggregate;
import dev.cairn.db.query.Exists;
import dev.cairn.db.query.OuterRef;
import dev.cairn.db.query.Q;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code filter(Exists)} and {@code exclude(Exists)}, negated and combined with Q, without an annotation first: the
 * library's authors by whether they wrote a cheap book (only Jane Austen did), on every database.
 */
@ExtendWith(OrmDatabases.class)
class ExistsTest {

    /** The books under 8 by the author of the outer row. */
    private static QuerySet<Book> cheap(String db) {
        return Book.objects.using(db).filter("author", OuterRef.of("pk")).filter("price__lt", 8);
    }

    private static List<String> names(QuerySet<Author> authors) {
        return authors.orderBy("name").list().stream().map(a -> a.name).toList();
    }

    static Stream<Arguments> conditions() {
        String austen = "Jane Austen";
        String dickens = "Charles Dickens";
        String eliot = "T. S. Eliot";
        return Stream.of(
                Arguments.of("filter(Exists)", f(qs -> qs.filter(Exists.of(cheap(db(qs))))), List.of(austen)),
                Arguments.of("exclude(Exists)", f(qs -> qs.exclude(Exists.of(cheap(db(qs))))), List.of(dickens,
                        eliot)),
                Arguments.of("filter(Exists.not())", f(qs -> qs.filter(Exists.of(cheap(db(qs))).not())), List.of(
                        dickens, eliot)),
                Arguments.of("exclude(Exists.not()): two negations", f(qs -> qs.exclude(Exists.of(cheap(db(qs)))
                        .not())), List.of(austen)),
                Arguments.of("filter(Q(Exists) | Q(name))", f(qs -> qs.filter(Q.of(Exists.of(cheap(db(qs)))).or(Q.of(
                        "name__startswith", "T")))), List.of(austen, eliot)),
                Arguments.of("filter(~Q(Exists) & Q(name))", f(qs -> qs.filter(Q.of(Exists.of(cheap(db(qs)))).not()
                        .and(Q.of("name__icontains", "e")))), List.of(dickens, eliot)),
                Arguments.of("exclude(Q(Exists.not()) | Q(name))", f(qs -> qs.exclude(Q.of(Exists.of(cheap(db(qs)))
                        .not()).or(Q.of("name", austen)))), List.of()),
                Arguments.of("Exists and a lookup in one filter", f(qs -> qs.filter(Exists.of(cheap(db(qs)))).filter(
                        "born__year", 1775)), List.of(austen)),
                Arguments.of("Exists with no OuterRef: true for every row", f(qs -> qs.filter(Exists.of(Book.objects
                        .using(db(qs)).filter("title", "Emma")))), List.of(dickens, austen, eliot)),
                Arguments.of("Exists with no OuterRef: false for every row", f(qs -> qs.filter(Exists.of(Book.objects
                        .using(db(qs)).filter("price__gt", 100)))), List.of()),
                Arguments.of("Exists across the inner query's relations", f(qs -> qs.filter(Exists.of(Book.objects
                        .using(db(qs)).filter("author", OuterRef.of("pk")).filter("publisher__name", "Faber")))),
                        List.of(eliot)),
                Arguments.of("nested: an author with a book whose publisher has a dear book", f(qs -> qs.filter(Exists
                        .of(Book.objects.using(db(qs)).filter("author", OuterRef.of("pk")).filter(Exists.of(
                                Book.objects.using(db(qs)).filter("publisher", OuterRef.of("publisher")).filter(
                                        "price__gt", 14)))))),
                        List.of(eliot)));
    }

    private static Function<QuerySet<Author>, QuerySet<Author>> f(Function<QuerySet<Author>, QuerySet<Author>> f) {
        return f;
    }

    private static String db(QuerySet<?> qs) {
        return qs.databaseName();
    }

    static Stream<Arguments> everyConditionOnEveryDatabase() {
        return TestDatabases.labels().stream().flatMap(db -> conditions().map(a -> Arguments.of(db, a.get()[0], a
                .get()[1], a.get()[2])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyConditionOnEveryDatabase")
    @SuppressWarnings("unchecked")
    void existsIsAConditionOfItsOwn(String db, String what, Object condition, List<String> expected) {
        Library.reset(db);
        var narrow = (Function<QuerySet<Author>, QuerySet<Author>>) condition;
        QuerySet<Author> found = narrow.apply(Author.objects.using(db).all());
        assertEquals(expected, names(found), what);
        assertEquals(expected.size(), found.count(), "count() takes the same condition");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void sqlShowsExistsAndNotExists(String db) {
        Library.reset(db);
        var authors = Author.objects.using(db);
        String exists = authors.filter(Exists.of(cheap(db))).sql().text();
        assertTrue(exists.contains(" WHERE EXISTS (SELECT "), exists);
        assertTrue(!exists.contains("NOT EXISTS") && !exists.contains("ORDER BY \"U"), exists);
        String not = authors.exclude(Exists.of(cheap(db))).sql().text();
        assertTrue(not.contains(" WHERE NOT EXISTS (SELECT "), not);
        assertEquals(not, authors.filter(Exists.of(cheap(db)).not()).sql().text(), "two spellings, one statement");
        assertEquals(not, authors.filter(Q.of(Exists.of(cheap(db))).not()).sql().text());
        List<Object> parameters = authors.filter(Exists.of(cheap(db))).sql().parameters();
        assertEquals(1, parameters.size(), "the inner query's parameters are the statement's: " + parameters);
        assertEquals(0, new java.math.BigDecimal(String.valueOf(parameters.getFirst())).compareTo(
                java.math.BigDecimal.valueOf(8)), parameters.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void existsWorksBesideAggregatesAndInWrites(String db) {
        Library.reset(db);
        var counted = Author.objects.using(db).annotate("n", Aggregate.count("books")).filter(Exists.of(cheap(db)));
        assertEquals(List.of(2L), counted.list().stream().map(a -> ((Number) a.annotation("n")).longValue())
                .toList(), "the EXISTS goes in WHERE, the count still groups");
        assertEquals(2, Book.objects.using(db).filter(Exists.of(Author.objects.using(db).filter("pk", OuterRef.of(
                "author")).filter("name", "Charles Dickens"))).update("stock", 7), "update() takes it");
        assertEquals(2, Book.objects.using(db).filter("stock", 7).count());
        var withoutDearBooks = Publisher.objects.using(db).exclude(Exists.of(Book.objects.using(db).filter(
                "publisher", OuterRef.of("pk")).filter("price__gt", 14)));
        assertEquals(List.of("Penguin"), withoutDearBooks.list().stream().map(p -> p.name).toList(),
                "Faber publishes The Waste Land, at 15");
        assertEquals(0, Author.objects.using(db).exclude(Exists.of(Book.objects.using(db).filter("author", OuterRef
                .of("pk")))).count(), "every author has a book");
        Author nobody = new Author("Nobody");
        nobody.save(db);
        assertEquals(List.of("Nobody"), names(Author.objects.using(db).exclude(Exists.of(Book.objects.using(db)
                .filter("author", OuterRef.of("pk"))))));
        assertEquals(java.util.Map.of("library.Author", 1), Author.objects.using(db).exclude(Exists.of(Book.objects
                .using(db).filter("author", OuterRef.of("pk")))).delete(), "delete() takes it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void existsAsAnAnnotationStillReadsTrueOrFalse(String db) {
        Library.reset(db);
        var authors = Author.objects.using(db).annotate("cheap", Exists.of(cheap(db))).annotate("dear", Exists.of(
                cheap(db)).not());
        for (Author author : authors.orderBy("name")) {
            boolean cheap = author.name.equals("Jane Austen");
            assertEquals(cheap, truth(author.annotation("cheap")), author.name);
            assertEquals(!cheap, truth(author.annotation("dear")), author.name);
        }
        assertEquals(List.of("Jane Austen"), names(authors.filter("cheap", true)));
    }

    /** A boolean as each database returns one: true/false, or 1/0. */
    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    @Test
    void badUsesOfExistsFailWithTheFix() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> Exists.of(null));
        assertEquals("Exists needs a QuerySet to look for rows in, not null: Exists.of(Book.objects.filter(\"author\", "
                + "OuterRef.of(\"pk\")))", none.getMessage());
        IllegalArgumentException value = assertThrows(IllegalArgumentException.class, () -> Author.objects.filter(
                "name", Exists.of(Book.objects.all())));
        assertEquals("Exists is a condition of its own, not a value to compare 'name' with: filter(Exists.of(...)), "
                + "or Q.of(Exists.of(...))", value.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Q.of((Exists) null));
        FieldError outer = assertThrows(FieldError.class, () -> Author.objects.filter(Exists.of(Book.objects.filter(
                "author", OuterRef.of("nope")))));
        assertTrue(outer.getMessage().startsWith("Cannot resolve keyword 'nope' into field of Author. Choices are: "),
                outer.getMessage());
        FieldError inner = assertThrows(FieldError.class, () -> Author.objects.filter(Exists.of(Book.objects.filter(
                "titel", "Emma"))));
        assertTrue(inner.getMessage().startsWith("Cannot resolve keyword 'titel' into field of Book"), inner
                .getMessage());
        assertEquals("~Exists(Book)", Exists.of(Book.objects.all()).not().toString(), "no SQL: it may need its outer");
    }
}
