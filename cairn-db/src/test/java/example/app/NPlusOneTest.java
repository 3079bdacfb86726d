package example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.Database;
import dev.cairn.db.NPlusOne;
import dev.cairn.db.internal.Journal;
import dev.cairn.db.internal.Query;
import dev.cairn.db.library.Book;
import dev.cairn.db.library.Tag;
import dev.cairn.db.meta.Models;
import dev.cairn.db.query.Q;
import dev.cairn.journey.Journey;
import dev.cairn.journey.RecentJourneys;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The journey of the ORM's statements: the QuerySet call behind each, lazy loads, and N+1 findings with the
 * selectRelated or prefetchRelated that removes them. In a package of its own so that the callers the journey
 * records are this class's lines, as an application's would be.
 */
class NPlusOneTest {

    @RegisterExtension
    static final LoadedLibrary LIBRARY = new LoadedLibrary();

    private static Journey record(Runnable work) {
        Journey journey = Journey.begin("n+1");
        journey.carry(() -> {
            work.run();
            return null;
        });
        return journey;
    }

    @Test
    void lazyForeignKeyLoadsInALoopAreFlaggedWithSelectRelated() {
        Journey journey = record(() -> {
            for (Book book : Book.objects.all().list()) {
                book.author.get();
            }
        });
        List<NPlusOne.Finding> findings = NPlusOne.find(journey);
        assertEquals(1, findings.size(), findings.toString());
        NPlusOne.Finding finding = findings.getFirst();
        assertEquals(3, finding.count());
        assertEquals("use selectRelated(\"author\") on the Book QuerySet", finding.hint());
        assertTrue(finding.sql().startsWith("SELECT"), finding.sql());
        assertEquals(1, finding.callers().size(), finding.callers().toString());
        assertTrue(finding.callers().getFirst().startsWith("example.app.NPlusOneTest.lambda$"), finding.callers()
                .toString());
        Map<String, Object> lazy = journey.stops("db").get(1).facts();
        assertEquals("Book.author", lazy.get("lazy"));
        assertEquals("Author.objects.filter(pk=1).get()", lazy.get("queryset"), "the QuerySet Ref.get() ran");
    }

    @Test
    void selectRelatedLeavesNothingToFlag() {
        Journey journey = record(() -> {
            for (Book book : Book.objects.selectRelated("author").list()) {
                book.author.get();
            }
        });
        assertEquals(1, journey.stops("db").size());
        assertEquals(List.of(), NPlusOne.find(journey));
    }

    @Test
    void twoRepeatsAreNotYetAnNPlusOne() {
        Journey journey = record(() -> {
            Book.objects.get("pk", 1L).author.get();
            Book.objects.get("pk", 2L).author.get();
        });
        assertEquals(List.of(), NPlusOne.find(journey));
    }

    @Test
    void repeatedSavesAreFlaggedWithBulkCreate() {
        Journey journey = record(() -> {
            LIBRARY.db.rolledBack(() -> {
                for (String name : List.of("a", "b", "c", "d")) {
                    new Tag(name).save();
                }
            });
        });
        NPlusOne.Finding finding = NPlusOne.find(journey).getFirst();
        assertEquals(4, finding.count());
        assertEquals("use bulkCreate to insert the objects in one statement", finding.hint());
        assertEquals("Model.save()", journey.stops("db").get(1).facts().get("queryset"));
    }

    @Test
    void loadsOfOneObjectsRelatedObjectsAreFlaggedWithPrefetchRelated() {
        Database database = LIBRARY.db.database();
        Journey journey = record(() -> {
            for (long author : List.of(1L, 2L, 1L)) {
                Query query = Query.of(Models.meta(Book.class)).where(Q.of("author", author));
                String sql = "SELECT \"id\" FROM \"library_book\" WHERE \"author_id\" = ?";
                Journal.origin(sql, query, "list");
                database.query(sql, List.of(author), rows -> rows.getLong(1));
            }
        });
        Map<String, Object> facts = journey.stops("db").getFirst().facts();
        assertEquals("Book.objects.filter(author=1).list()", facts.get("queryset"));
        assertEquals("use prefetchRelated(\"books\") on the Author QuerySet", NPlusOne.find(journey).getFirst()
                .hint());
    }

    @Test
    void anOriginForOtherSqlIsNotTaken() {
        Journey journey = record(() -> {
            Journal.origin("SELECT 2", Query.of(Models.meta(Book.class)), "count");
            LIBRARY.db.database().query("SELECT 1", List.of(), rows -> 1);
        });
        assertEquals("Database.query()", journey.stops("db").getFirst().facts().get("queryset"));
        assertNull(journey.stops("db").getFirst().facts().get("hint"));
    }

    @Test
    void theSinkFlagsEachJourneyOnceBeforePassingItOn() {
        RecentJourneys recent = new RecentJourneys(5);
        var sink = NPlusOne.flagging(recent);
        Journey journey = record(() -> Book.objects.all().list().forEach(b -> b.author.get()));
        sink.arrived(journey);
        NPlusOne.flag(journey);
        List<Journey.Stop> flagged = recent.last().stops("db").stream().filter(s -> s.event().equals("n+1"))
                .toList();
        assertEquals(1, flagged.size());
        Map<String, Object> facts = flagged.getFirst().facts();
        assertEquals(3, facts.get("count"));
        assertEquals("use selectRelated(\"author\") on the Book QuerySet", facts.get("hint"));
        assertEquals("default", facts.get("database"));
        assertTrue(facts.get("sql").toString().contains("library_author"), facts.toString());
        assertTrue(facts.get("callers") instanceof List<?> callers && callers.size() == 1, facts.toString());
    }

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("SELECT a FROM t WHERE id IN (?, ?)", "SELECT a FROM t WHERE id IN (?...)"),
                Arguments.of("SELECT a FROM t WHERE id IN (?,?,?)", "SELECT a FROM t WHERE id IN (?...)"),
                Arguments.of("SELECT a\n  FROM t WHERE id = ?", "SELECT a FROM t WHERE id = ?"),
                Arguments.of("INSERT INTO t (a, b) VALUES (?, ?), (?, ?)", "INSERT INTO t (a, b) VALUES (?...), "
                        + "(?...)"));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void statementsOfOneShapeDifferOnlyInPlaceholderListsAndSpaces(String sql, String shape) {
        Journey journey = Journey.begin("shape");
        for (int i = 0; i < NPlusOne.THRESHOLD; i++) {
            journey.record("db", "query", "database", "default", "sql", i == 0 ? shape : sql, "caller", "x:1");
        }
        assertEquals(NPlusOne.THRESHOLD, NPlusOne.find(journey).getFirst().count());
    }
}
