package example.app;

import static dev.cairn.db.testing.Queries.assertNumQueries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.library.Author;
import dev.cairn.db.library.Book;
import dev.cairn.db.library.Tag;
import dev.cairn.db.testing.Queries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** assertNumQueries: passes on the exact count, and fails listing every statement that ran and any N+1. */
class QueriesTest {

    @RegisterExtension
    static final LoadedLibrary LIBRARY = new LoadedLibrary();

    @Test
    void theExactCountPassesAndGivesBackTheResult() {
        List<Book> books = assertNumQueries(1, () -> Book.objects.selectRelated("author").list());
        assertEquals(3, books.size());
        assertNumQueries(0, () -> books.forEach(b -> b.author.get()));
    }

    @Test
    void transactionStepsAreNotCounted() {
        assertNumQueries(1, () -> LIBRARY.db.rolledBack(() -> new Tag("counted").save()));
    }

    @Test
    void aWrongCountListsEveryStatementWithItsCallerAndTheNPlusOne() {
        AssertionError error = assertThrows(AssertionError.class, () -> assertNumQueries(1, () -> {
            for (Book book : Book.objects.all().list()) {
                book.author.get();
            }
        }));
        String message = error.getMessage();
        assertTrue(message.startsWith("expected 1 query, but 4 were run:\n  1. SELECT "), message);
        assertTrue(message.contains("\n  4. SELECT "), message);
        assertTrue(message.contains("  [2]\n     at example.app.QueriesTest.lambda$"), message);
        assertTrue(message.contains(" by Author.objects.filter(pk=1).get()"), message);
        assertTrue(message.contains("\n  N+1: 3 x SELECT "), message);
        assertTrue(message.endsWith("\n     use selectRelated(\"author\") on the Book QuerySet"), message);
    }

    @Test
    void noStatementWhereSomeWereExpectedSaysSo() {
        AssertionError error = assertThrows(AssertionError.class, () -> assertNumQueries(2, () -> {}));
        assertEquals("expected 2 queries, but 0 were run", error.getMessage());
    }

    @Test
    void captureGivesTheStatementsStops() {
        var stops = Queries.capture(() -> Author.objects.count());
        assertEquals(1, stops.size());
        assertTrue(stops.getFirst().facts().get("sql").toString().startsWith("SELECT COUNT(*)"), stops.toString());
    }
}
