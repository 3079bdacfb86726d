package dev.cairn.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.library.Author;
import dev.cairn.db.library.Book;
import dev.cairn.db.library.Genre;
import dev.cairn.db.query.Aggregate;
import dev.cairn.db.query.F;
import dev.cairn.db.query.Q;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * values() as a QuerySet of its own: filtered, excluded, ordered, distinct, sliced and annotated after it, with
 * Django's rule that values() before annotate() groups by the values' fields and after it by the model's rows, on
 * every database. The library: Dickens wrote two books (12.50, 9.99), Austen two (7.25, 6.00), Eliot one (15.00).
 */
@ExtendWith(OrmDatabases.class)
class ValuesQuerySetTest {

    /** The rows with every number as plain text ({@code 2}, {@code 9.99}) and every enum by name: all databases agree. */
    private static List<Map<String, Object>> plain(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> {
            Map<String, Object> same = new LinkedHashMap<>();
            row.forEach((k, v) -> same.put(k, switch (v) {
                case Number n -> new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
                case Genre g -> g.name();
                case null -> "null";
                default -> v;
            }));
            return same;
        }).toList();
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    private static Function<QuerySet<Book>, List<Map<String, Object>>> q(
            Function<QuerySet<Book>, List<Map<String, Object>>> query) {
        return query;
    }

    static Stream<Arguments> queries() {
        String dickens = "Charles Dickens";
        String austen = "Jane Austen";
        String eliot = "T. S. Eliot";
        return Stream.of(
                Arguments.of("values before annotate groups by the values' fields", q(b -> b.values("author__name")
                        .annotate("n", Aggregate.count("id")).orderBy("-n", "author__name")), List.of(row(
                                "author__name", dickens, "n", "2"), row("author__name", austen, "n", "2"),
                                row(
                                        "author__name", eliot, "n", "1"))),
                Arguments.of("a filter on the aggregate after it is a HAVING", q(b -> b.values("author__name")
                        .annotate("n", Aggregate.count("id")).filter("n__gte", 2).orderBy("author__name")), List.of(
                                row("author__name", dickens, "n", "2"), row("author__name", austen, "n", "2"))),
                Arguments.of("a filter on a field after it is a WHERE", q(b -> b.values("author__name").annotate("n",
                        Aggregate.count("id")).filter("price__lt", 10).orderBy("author__name")), List.of(row(
                                "author__name", dickens, "n", "1"), row("author__name", austen, "n", "2"))),
                Arguments.of("an exclude after it", q(b -> b.values("author__name").annotate("cheapest", Aggregate
                        .min("price")).exclude("author__name__startswith", "T").orderBy("cheapest")), List.of(row(
                                "author__name", austen, "cheapest", "6"),
                                row("author__name", dickens, "cheapest",
                                        "9.99"))),
                Arguments.of("two aggregates over two values' fields", q(b -> b.values("genre", "publisher__name")
                        .annotate("n", Aggregate.count("id")).annotate("units", Aggregate.sum("stock")).filter(
                                "publisher__isnull", false)
                        .orderBy("genre", "-n")), List.of(row("genre", "NOVEL",
                                "publisher__name", "Penguin", "n", "3", "units", "5"),
                                row("genre", "POETRY",
                                        "publisher__name", "Faber", "n", "1", "units", "1"))),
                Arguments.of("values after annotate counts per row of the model", q(b -> b.annotate("n", Aggregate
                        .count("tags")).values("genre", "n").orderBy("genre").slice(3, 5)), List.of(row("genre",
                                "NOVEL", "n", "0"), row("genre", "POETRY", "n", "0"))),
                Arguments.of("ordered by an annotation left out of values", q(b -> b.annotate("n", Aggregate.count(
                        "tags")).values("title").orderBy("-n", "title").limit(2)), List.of(row("title",
                                "Bleak House"), row("title", "Emma"))),
                Arguments.of("distinct values", q(b -> b.values("genre").distinct().orderBy("-genre")), List.of(row(
                        "genre", "POETRY"), row("genre", "NOVEL"))),
                Arguments.of("sliced values", q(b -> b.values("title").orderBy("title").slice(1, 3)), List.of(row(
                        "title", "Emma"), row("title", "Great Expectations"))),
                Arguments.of("plain values ordered by a field not among them", q(b -> b.values("title").orderBy(
                        "-price").limit(2)), List.of(row("title", "The Waste Land"), row("title", "Bleak House"))),
                Arguments.of("a filter with Q after values", q(b -> b.values("title").filter(Q.of("stock__gt", 2).or(Q
                        .of("genre", Genre.POETRY))).orderBy("title")), List.of(row("title", "Bleak House"), row(
                                "title", "Emma"), row("title", "The Waste Land"))),
                Arguments.of("a computed value after values is no group", q(b -> b.values("title").annotate("twice",
                        F.of("stock").times(2)).filter("twice__gte", 6).orderBy("title")), List.of(row("title",
                                "Bleak House", "twice", "6"), row("title", "Emma", "twice", "10"))));
    }

    static Stream<Arguments> everyQueryOnEveryDatabase() {
        return TestDatabases.labels().stream().flatMap(db -> queries().map(a -> Arguments.of(db, a.get()[0], a
                .get()[1], a.get()[2])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyQueryOnEveryDatabase")
    @SuppressWarnings("unchecked")
    void valuesChainsLikeAQuerySet(String db, String what, Object query, List<Map<String, Object>> expected) {
        Library.reset(db);
        var chain = (Function<QuerySet<Book>, List<Map<String, Object>>>) query;
        List<Map<String, Object>> rows = chain.apply(Book.objects.using(db).all());
        assertEquals(expected, plain(rows), what);
        assertEquals(expected.size(), ((ValuesQuerySet<?>) rows).count(), "count() agrees: " + what);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void theGroupByIsWhatValuesSaysOrTheModelsKey(String db) {
        Library.reset(db);
        var books = Book.objects.using(db);
        String byName = books.values("author__name").annotate("n", Aggregate.count("id")).sql().text();
        assertTrue(byName.endsWith("GROUP BY \"T1\".\"name\"") || byName.endsWith("GROUP BY `T1`.`name`"),
                "values first: grouped by the values alone, the default ordering left out: " + byName);
        String byRow = books.annotate("n", Aggregate.count("tags")).values("genre", "n").sql().text();
        assertTrue(byRow.contains("GROUP BY " + Databases.installed().get(db).dialect().quote("library_book") + "."
                + Databases.installed().get(db).dialect().quote("id")), "annotate first: by the key: " + byRow);
        assertEquals(Set.of("NOVEL", "POETRY"), Set.copyOf(books.values("genre").annotate("n", Aggregate.count(
                "id")).stream().map(r -> r.get("genre").toString()).toList()), "no ordering: still two groups");
        assertEquals(3, books.values("author__name").annotate("n", Aggregate.count("id")).count());
        assertTrue(books.values("author").annotate("n", Aggregate.count("id")).filter("n__gt", 1).exists());
        assertEquals(false, books.values("author").annotate("n", Aggregate.count("id")).filter("n__gt", 2)
                .exists(), "exists() keeps the HAVING");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void valuesAreReadWhenFirstLookedAtAndOnce(String db) {
        Library.reset(db);
        List<ValuesQuerySet<Book>> made = new java.util.ArrayList<>();
        assertEquals(List.of(), RelatedModels.statements(() -> made.add(Book.objects.using(db).values("title")
                .orderBy("title").filter("stock__gt", 0))), "building runs nothing");
        ValuesQuerySet<Book> titles = made.getFirst();
        assertEquals(1, RelatedModels.statements(() -> assertEquals(4, titles.size())).size());
        assertEquals(List.of(), RelatedModels.statements(() -> assertEquals("Bleak House", titles.get(0).get(
                "title"))), "read once, then kept");
        assertEquals(List.of("title"), titles.fields());
        assertEquals(List.of("Charles Dickens", "T. S. Eliot"), Author.objects.using(db).filter("pk__in",
                Book.objects.using(db).filter("price__gt", 10).values("author")).list().stream().map(a -> a.name)
                .toList(), "values of one field stand in an 'in' as a subquery");
        assertThrows(UnsupportedOperationException.class, () -> titles.add(Map.of()), "rows are read, not written");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void namesOutsideTheValuesAreRefusedWhereTheyWouldChangeTheRows(String db) {
        var books = Book.objects.using(db);
        var perAuthor = books.values("author__name").annotate("n", Aggregate.count("id"));
        FieldError grouped = assertThrows(FieldError.class, () -> perAuthor.orderBy("title"));
        assertEquals("Cannot order values grouped by [author__name] by 'title', which is not one of them nor an "
                + "annotation [n]: add it to values(), which groups by it too", grouped.getMessage());
        FieldError distinct = assertThrows(FieldError.class, () -> books.values("genre").distinct().orderBy(
                "-price"));
        assertEquals("Cannot order distinct values [genre] by 'price', which is not one of them: add it to values(), "
                + "which makes the rows distinct by it too", distinct.getMessage());
        FieldError later = assertThrows(FieldError.class, () -> books.values("genre").orderBy("title").annotate(
                "n", Aggregate.count("id")));
        assertTrue(later.getMessage().startsWith("Cannot order values grouped by [genre] by 'title'"), later
                .getMessage());
        FieldError twice = assertThrows(FieldError.class, () -> perAuthor.annotate("n", Aggregate.sum("stock")));
        assertEquals("The annotation 'n' conflicts with a value of the same name: [author__name, n]", twice
                .getMessage());
        FieldError field = assertThrows(FieldError.class, () -> books.values("genre").annotate("title", Aggregate
                .count("id")));
        assertEquals("The annotation 'title' conflicts with a field on Book", field.getMessage());
        FieldError unknown = assertThrows(FieldError.class, () -> books.values("autor__name"));
        assertTrue(unknown.getMessage().startsWith("Cannot resolve keyword 'autor' into field of Book. Choices are: "),
                unknown.getMessage());
        assertThrows(FieldError.class, () -> perAuthor.filter("nn__gt", 1));
        assertThrows(FieldError.class, () -> books.values("title").orderBy("-nothing"));
        assertThrows(IllegalArgumentException.class, () -> books.values("title").slice(3, 1));
    }
}
