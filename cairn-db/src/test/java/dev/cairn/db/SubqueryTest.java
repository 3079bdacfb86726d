package dev.cairn.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.library.Author;
import dev.cairn.db.library.Book;
import dev.cairn.db.library.City;
import dev.cairn.db.library.Country;
import dev.cairn.db.library.Venue;
import dev.cairn.db.query.OuterRef;
import dev.cairn.db.query.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Queries inside queries (Subquery, Exists, OuterRef, {@code in} with a QuerySet) and selectRelated along nested
 * nullable keys in one statement, run on every database.
 */
@ExtendWith(OrmDatabases.class)
class SubqueryTest {

    private static List<String> names(QuerySet<Author> authors) {
        return authors.list().stream().map(a -> a.name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void annotateWithEachAuthorsLatestTitle(String db) {
        Library.reset(db);
        QuerySet<Book> theirs = Book.objects.using(db).filter("author", OuterRef.of("pk"));
        List<Author> authors = Author.objects.using(db).annotate("latest", Subquery.of(theirs.orderBy("-published")
                .column("title").limit(1))).list();
        assertEquals(List.of("Great Expectations", "Persuasion", "The Waste Land"), authors.stream().map(a -> a
                .annotation("latest")).toList());
        List<Map<String, Object>> rows = Author.objects.using(db).annotate("latest", Subquery.of(theirs.orderBy(
                "-published").column("title").limit(1))).filter("latest__startswith", "P").values("name", "latest");
        assertEquals(List.of(Map.of("name", "Jane Austen", "latest", "Persuasion")), rows);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void filterByExists(String db) {
        Library.reset(db);
        QuerySet<Book> cheap = Book.objects.using(db).filter("author", OuterRef.of("pk")).filter("price__lt", 8);
        var authors = Author.objects.using(db).annotate("cheap", Subquery.exists(cheap));
        assertEquals(List.of("Jane Austen"), names(authors.filter("cheap", true)));
        assertEquals(List.of("Charles Dickens", "T. S. Eliot"), names(authors.filter("cheap", false)));
        assertTrue(authors.filter("cheap", true).sql().text().contains("EXISTS (SELECT"));
        FieldError alone = assertThrows(FieldError.class, cheap::list, "built, checked, but not run on its own");
        assertEquals("OuterRef('pk') is only meaningful inside a Subquery or Exists", alone.getMessage());
        assertThrows(FieldError.class, () -> Book.objects.using(db).filter("author", OuterRef.of("nope")).list());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void inTakesAQuerySet(String db) {
        Library.reset(db);
        var books = Book.objects.using(db);
        QuerySet<Author> janes = Author.objects.using(db).filter("name__startswith", "Jane");
        assertEquals(List.of("Emma", "Persuasion"), books.filter("author__in", janes).orderBy("title").list()
                .stream().map(b -> b.title).toList(), "a QuerySet of models means their keys");
        QuerySet<Book> dear = books.filter("price__gt", 10).column("author");
        assertEquals(List.of("Charles Dickens", "T. S. Eliot"), names(Author.objects.using(db).filter("pk__in",
                dear)), "column() picks another field");
        assertEquals(List.of("Jane Austen"), names(Author.objects.using(db).exclude("pk__in", dear).filter(
                "pk__in", books.all().column("author"))));
        assertThrows(IllegalStateException.class, () -> dear.list(), "a column QuerySet is not read as objects");
        assertThrows(FieldError.class, () -> books.all().column("nope"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void selectRelatedFollowsNestedNullableKeysInOneQuery(String db) {
        RelatedModels.empty(db);
        Country france = Country.named("France");
        france.save(db);
        City paris = City.in(france, "Paris");
        paris.save(db);
        for (City city : new City[]{paris, null}) {
            Venue venue = new Venue();
            venue.name = city == null ? "Nowhere" : "Olympia";
            venue.city.set(city);
            venue.save(db);
        }
        List<String> seen = new ArrayList<>();
        var venues = Venue.objects.using(db).selectRelated("city__country").orderBy("name");
        List<String> statements = RelatedModels.statements(() -> venues.list().forEach(v -> seen.add(v.name + ":"
                + (v.city.isSet() ? v.city.get().name + "/" + v.city.get().country.get().name : "-"))));
        assertEquals(List.of("Nowhere:-", "Olympia:Paris/France"), seen, "the venue without a city stays");
        assertEquals(1, statements.size(), statements.toString());
        String sql = venues.sql().text();
        assertEquals(2, sql.split("LEFT OUTER JOIN").length - 1, "the nullable key makes both joins outer: " + sql);
        assertFalse(sql.contains("INNER JOIN"), sql);
        String inner = City.objects.using(db).selectRelated("country").sql().text();
        assertTrue(inner.contains("INNER JOIN") && !inner.contains("LEFT"), "a required key joins inner: " + inner);
        FieldError error = assertThrows(FieldError.class, () -> Venue.objects.using(db).selectRelated("city__name"));
        assertEquals("Invalid field name 'name' in selectRelated('city__name'): choices are [country]", error
                .getMessage());
    }
}
