package dev.cairn.db.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.FieldError;
import dev.cairn.db.dialect.Dialect;
import dev.cairn.db.dialect.MariaDbDialect;
import dev.cairn.db.dialect.PostgresDialect;
import dev.cairn.db.dialect.SqliteDialect;
import dev.cairn.db.library.Author;
import dev.cairn.db.library.Book;
import dev.cairn.db.library.Genre;
import dev.cairn.db.meta.Models;
import dev.cairn.db.query.Aggregate;
import dev.cairn.db.query.Exists;
import dev.cairn.db.query.F;
import dev.cairn.db.query.Q;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SELECTs reused by the shape of their query: a query of a shape already written gets the same statement as
 * writing it afresh would give, with its own values as parameters; queries whose values could decide the text
 * are never reused.
 */
class SelectShapesTest {

    private static final List<Dialect> DIALECTS = List.of(new SqliteDialect(), new PostgresDialect(),
            new MariaDbDialect());

    @BeforeEach
    void forgetShapes() {
        SelectShapes.clear();
    }

    private static Query books() {
        return Query.of(Models.meta(Book.class));
    }

    private static Author author(long id) {
        Author author = new Author();
        author.id = id;
        return author;
    }

    /** {@code second} written with no shape kept, then {@code first} and {@code second} written in turn. */
    private record Compiles(Select.Compiled afresh, Select.Compiled first, Select.Compiled second) {

        static Compiles of(Dialect dialect, Query first, Query second) {
            SelectShapes.clear();
            Select.Compiled afresh = Select.compile(dialect, second);
            SelectShapes.clear();
            Select.Compiled recorded = Select.compile(dialect, first);
            return new Compiles(afresh, recorded, Select.compile(dialect, second));
        }
    }

    /** Two queries of one shape: the second must be answered from the first's recipe. */
    static Stream<Arguments> sameShape() {
        return Stream.of(
                Arguments.of("a key", books().where(Q.of("id", 7L)), books().where(Q.of("id", 12L))),
                Arguments.of("a key, for get()", books().where(Q.of("id", 7L)).window(2, 0),
                        books().where(Q.of("id", 9L)).window(2, 0)),
                Arguments.of("a LIKE pattern escapes each value", books().where(Q.of("title__icontains", "Em")),
                        books().where(Q.of("title__icontains", "50%_off\\"))),
                Arguments.of("startswith and endswith", books().where(Q.of("title__startswith", "A")).where(Q.of(
                        "title__iendswith", "z")), books().where(Q.of("title__startswith", "%")).where(
                                Q.of(
                                        "title__iendswith", "_"))),
                Arguments.of("iexact and regex", books().where(Q.of("title__iexact", "emma")).where(Q.of(
                        "title__regex", "^E")), books().where(Q.of("title__iexact", "PERSUASION")).where(
                                Q.of(
                                        "title__regex", "n$"))),
                Arguments.of("comparisons, a decimal and a date", books().where(Q.of("price__lt", new BigDecimal(
                        "9.99"))).where(Q.of("published__gte", LocalDate.of(1811, 1, 1))), books().where(Q.of(
                                "price__lt", new BigDecimal("20.00"))).where(Q.of("published__gte",
                                        LocalDate.of(
                                                1900, 6, 30)))),
                Arguments.of("an instant", books().where(Q.of("created__lt", Instant.parse(
                        "2026-01-01T00:00:00Z"))), books().where(Q.of("created__lt",
                                Instant.parse(
                                        "2020-05-05T10:00:00Z")))),
                Arguments.of("an enum by its name", books().where(Q.of("genre", Genre.NOVEL)), books().where(Q.of(
                        "genre", Genre.POETRY))),
                Arguments.of("a model by its key", books().where(Q.of("author", author(3))), books().where(Q.of(
                        "author", author(4)))),
                Arguments.of("or, not, nested", books().where(Q.of("stock", 1).or(Q.of("stock", 2).not())),
                        books().where(Q.of("stock", 5).or(Q.of("stock", 6).not()))),
                Arguments.of("across a relation, ordered and joined", books().where(Q.of("author__name__icontains",
                        "aus")).orderedBy(List.of("-price")).related(List.of("author")), books().where(
                                Q.of(
                                        "author__name__icontains", "dick"))
                                .orderedBy(List.of("-price")).related(List.of(
                                        "author"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameShape")
    void aQueryOfAKnownShapeGetsTheStatementWritingItWouldGive(String name, Query first, Query second) {
        for (Dialect dialect : DIALECTS) {
            Compiles compiles = Compiles.of(dialect, first, second);
            assertSame(compiles.first().plan(), compiles.second().plan(), "answered from the first query's recipe");
            assertEquals(compiles.afresh().sql().text(), compiles.second().sql().text());
            assertEquals(compiles.afresh().sql().parameters(), compiles.second().sql().parameters());
            assertNotEquals(compiles.first().sql().parameters(), compiles.second().sql().parameters(),
                    "the second query's values");
        }
    }

    /** Pairs that look alike but differ in what decides the text: each must get its own statement. */
    static Stream<Arguments> differentShape() {
        return Stream.of(
                Arguments.of("isnull true and false", books().where(Q.of("published__isnull", true)), books()
                        .where(Q.of("published__isnull", false))),
                Arguments.of("a value and null", books().where(Q.of("published", LocalDate.of(1811, 1, 1))),
                        books().where(Q.of("published", null))),
                Arguments.of("negated and not", books().where(Q.of("stock", 1)), books().where(Q.of("stock", 1)
                        .not())),
                Arguments.of("another window", books().where(Q.of("id", 1L)).window(2, 0), books().where(Q.of("id",
                        1L)).window(5, 10)),
                Arguments.of("a key as an int and as a long", books().where(Q.of("id", 7)), books().where(Q.of(
                        "id", 7L))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("differentShape")
    void queriesThatDifferInTheirTextAreWrittenEach(String name, Query first, Query second) {
        for (Dialect dialect : DIALECTS) {
            Compiles compiles = Compiles.of(dialect, first, second);
            assertNotSame(compiles.first().plan(), compiles.second().plan());
            assertEquals(compiles.afresh().sql(), compiles.second().sql());
        }
    }

    /** Values that could change the text, or are not a single parameter: never kept. */
    static Stream<Arguments> neverKept() {
        return Stream.of(
                Arguments.of("in a list", books().where(Q.of("id__in", List.of(1L, 2L)))),
                Arguments.of("a range", books().where(Q.of("stock__range", List.of(1, 5)))),
                Arguments.of("an F expression", books().where(Q.of("stock__gt", F.of("id")))),
                Arguments.of("a subquery", books().where(Q.of("author__in", dev.cairn.db.library.Author.objects
                        .filter("name", "x")))),
                Arguments.of("an Exists condition", books().where(Q.of(Exists.of(Author.objects.filter("name",
                        "x"))))),
                Arguments.of("annotations", books().annotated(Map.of("n", Aggregate.count("tags")))),
                Arguments.of("one condition twice", twice(Q.of("stock", 3))));
    }

    private static Query twice(Q condition) {
        return books().where(condition).where(condition);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("neverKept")
    void queriesWhoseValuesAreNotPlainParametersAreNotKept(String name, Query query) {
        Select.compile(new PostgresDialect(), query);
        assertEquals(0, SelectShapes.size());
    }

    @Test
    void oneConditionTwiceStillBindsBothValues() {
        Select.Compiled compiled = Select.compile(new PostgresDialect(), twice(Q.of("stock", 3)));
        assertEquals(List.of(3L, 3L), compiled.sql().parameters().stream().map(p -> ((Number) p).longValue())
                .toList());
    }

    @Test
    void aValueOfTheWrongTypeFailsEvenWhenItsShapeIsKnown() {
        Dialect dialect = new SqliteDialect();
        Function<Object, Query> byStock = value -> books().where(Q.of("stock", value));
        Select.compile(dialect, byStock.apply(4));
        assertEquals(List.of(5L), Select.compile(dialect, byStock.apply(5L)).sql().parameters().stream().map(
                p -> ((Number) p).longValue()).toList());
        FieldError error = assertThrows(FieldError.class, () -> Select.compile(dialect, byStock.apply("many")));
        assertTrue(error.getMessage().contains("Field 'stock' expected a Integer but got String 'many'"), error
                .getMessage());
    }

    @Test
    void theNumberOfShapesKeptIsBounded() {
        Dialect dialect = new SqliteDialect();
        for (int i = 0; i < SelectShapes.MAX_SHAPES + 10; i++) {
            Select.compile(dialect, books().where(Q.of("id", 1L)).window(i + 1, 0));
            assertTrue(SelectShapes.size() <= SelectShapes.MAX_SHAPES);
        }
    }
}
