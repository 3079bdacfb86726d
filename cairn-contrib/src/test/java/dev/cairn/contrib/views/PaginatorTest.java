package dev.cairn.contrib.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.contrib.shelf.Book;
import dev.cairn.contrib.shelf.Shelf;
import dev.cairn.db.testing.Queries;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Django's paginator rules on lists: page counts, orphans, the edges, and the pages that are none; and on a
 * QuerySet, counted once and sliced in SQL, on each of the four test databases.
 */
class PaginatorTest {

    @RegisterExtension
    static final Shelf SHELF = new Shelf();

    private static List<Integer> items(int count) {
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    static Stream<Arguments> pageCounts() {
        return Stream.of(
                // items, per page, orphans, allow empty first page, pages
                Arguments.of(0, 10, 0, true, 1),
                Arguments.of(0, 10, 0, false, 0),
                Arguments.of(1, 10, 0, true, 1),
                Arguments.of(10, 10, 0, true, 1),
                Arguments.of(11, 10, 0, true, 2),
                Arguments.of(11, 10, 1, true, 1),
                Arguments.of(12, 10, 1, true, 2),
                Arguments.of(25, 10, 0, true, 3),
                Arguments.of(25, 10, 5, true, 2),
                Arguments.of(25, 10, 4, true, 3),
                Arguments.of(1, 1, 0, true, 1));
    }

    @ParameterizedTest(name = "{0} items, {1} a page, {2} orphans, empty first {3}: {4} pages")
    @MethodSource
    void pageCounts(int count, int perPage, int orphans, boolean allowEmpty, int pages) {
        Paginator<Integer> paginator = Paginator.of(items(count), perPage).orphans(orphans).allowEmptyFirstPage(
                allowEmpty);
        assertEquals(count, paginator.count());
        assertEquals(pages, paginator.numPages());
        assertEquals(IntStream.rangeClosed(1, pages).boxed().toList(), paginator.pageRange());
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                // items, per page, orphans, page, its items, start, end, previous?, next?
                Arguments.of(25, 10, 0, 1, items(10), 1, 10, false, true),
                Arguments.of(25, 10, 0, 2, items(20).subList(10, 20), 11, 20, true, true),
                Arguments.of(25, 10, 0, 3, List.of(21, 22, 23, 24, 25), 21, 25, true, false),
                Arguments.of(25, 10, 5, 2, items(25).subList(10, 25), 11, 25, true, false),
                Arguments.of(0, 10, 0, 1, List.of(), 0, 0, false, false),
                Arguments.of(3, 1, 0, 2, List.of(2), 2, 2, true, true));
    }

    @ParameterizedTest(name = "{0} items, {1} a page, {2} orphans: page {3} holds {4}")
    @MethodSource
    void pages(int count, int perPage, int orphans, int number, List<Integer> expected, long start, long end,
            boolean previous, boolean next) {
        Page<Integer> page = Paginator.of(items(count), perPage).orphans(orphans).page(number);
        assertEquals(expected, page.objectList());
        assertEquals(number, page.number());
        assertEquals(start, page.startIndex());
        assertEquals(end, page.endIndex());
        assertEquals(previous, page.hasPrevious());
        assertEquals(next, page.hasNext());
        assertEquals(previous || next, page.hasOtherPages());
        if (next) {
            assertEquals(number + 1, page.nextPageNumber());
        } else {
            assertThrows(Paginator.EmptyPage.class, page::nextPageNumber);
        }
        if (previous) {
            assertEquals(number - 1, page.previousPageNumber());
        } else {
            assertThrows(Paginator.EmptyPage.class, page::previousPageNumber);
        }
    }

    static Stream<Arguments> invalidPages() {
        return Stream.of(
                Arguments.of("abc", Paginator.PageNotAnInteger.class, "That page number is not an integer"),
                Arguments.of("1.5", Paginator.PageNotAnInteger.class, "That page number is not an integer"),
                Arguments.of("", Paginator.PageNotAnInteger.class, "That page number is not an integer"),
                Arguments.of(null, Paginator.PageNotAnInteger.class, "That page number is not an integer"),
                Arguments.of("0", Paginator.EmptyPage.class, "That page number is less than 1"),
                Arguments.of(-1, Paginator.EmptyPage.class, "That page number is less than 1"),
                Arguments.of("4", Paginator.EmptyPage.class, "That page contains no results"),
                Arguments.of(99_999_999_999L, Paginator.EmptyPage.class, "That page contains no results"));
    }

    @ParameterizedTest(name = "page {0} of 25 items, 10 a page: {1}")
    @MethodSource
    void invalidPages(Object number, Class<? extends Paginator.InvalidPage> error, String message) {
        Paginator<Integer> paginator = Paginator.of(items(25), 10);
        var thrown = assertThrows(error, () -> paginator.page(number));
        assertEquals(message, thrown.getMessage());
    }

    @Test
    void pageOrNearestFallsBackToTheFirstOrTheLastPage() {
        Paginator<Integer> paginator = Paginator.of(items(25), 10);
        assertEquals(1, paginator.pageOrNearest("abc").number());
        assertEquals(3, paginator.pageOrNearest("99").number());
        assertEquals(3, paginator.pageOrNearest(0).number());
        assertEquals(2, paginator.pageOrNearest(" 2 ").number());
    }

    @Test
    void anEmptyListHasPageOneOnlyWhenAllowed() {
        assertTrue(Paginator.of(List.of(), 5).page(1).objectList().isEmpty());
        var error = assertThrows(Paginator.EmptyPage.class, () -> Paginator.of(List.of(), 5).allowEmptyFirstPage(
                false).page(1));
        assertEquals("That page contains no results", error.getMessage());
    }

    @Test
    void theCountIsAskedOnceAndAPageIsIterable() {
        int[] counted = {0};
        Paginator<String> paginator = Paginator.of(new Paginator.Source<>() {
            @Override
            public long count() {
                counted[0]++;
                return 3;
            }

            @Override
            public List<String> slice(long from, long to) {
                return List.of("a", "b", "c").subList((int) from, (int) to);
            }
        }, 2);
        paginator.numPages();
        Page<String> page = paginator.page(2);
        assertEquals(List.of("c"), page.objectList());
        assertEquals(1, counted[0]);
        assertEquals("c", page.iterator().next());
        assertFalse(page.hasNext());
        assertEquals("<Page 2 of 2>", page.toString());
    }

    static Stream<Arguments> querySetPages() {
        return Shelf.onEachDatabase(Stream.of(
                // per page, orphans, page, its titles, pages
                Arguments.of(2, 0, 1, List.of("Bleak House", "Emma"), 2),
                Arguments.of(2, 0, 2, List.of("Great Expectations"), 2),
                Arguments.of(2, 1, 1, List.of("Bleak House", "Emma", "Great Expectations"), 1),
                Arguments.of(1, 0, 3, List.of("Great Expectations"), 3),
                Arguments.of(5, 0, 1, List.of("Bleak House", "Emma", "Great Expectations"), 1)));
    }

    @ParameterizedTest(name = "on {0}: {1} a page, {2} orphans: page {3} holds {4}")
    @MethodSource
    void querySetPages(String db, int perPage, int orphans, int number, List<String> titles, int pages) {
        SHELF.use(db);
        Paginator<Book> paginator = Paginator.of(Book.objects.orderBy("title"), perPage).orphans(orphans);
        assertEquals(3, paginator.count());
        assertEquals(pages, paginator.numPages());
        assertEquals(titles, paginator.page(number).objectList().stream().map(b -> b.title).toList());
        var beyond = assertThrows(Paginator.EmptyPage.class, () -> paginator.page(pages + 1));
        assertEquals("That page contains no results", beyond.getMessage());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void aQuerySetIsCountedOnceAndEachPageIsOneQuery(String db) {
        SHELF.use(db);
        Paginator<Book> paginator = Paginator.of(Book.objects.orderBy("title"), 2);
        Queries.assertNumQueries(1, () -> paginator.numPages());
        Queries.assertNumQueries(0, () -> paginator.count());
        Page<Book> second = Queries.assertNumQueries(1, () -> paginator.page(2));
        assertEquals(3L, second.startIndex());
    }

    @Test
    void aPageHoldsAtLeastOneItemAndOrphansAreNotNegative() {
        assertThrows(IllegalArgumentException.class, () -> Paginator.of(List.of(1), 0));
        assertThrows(IllegalArgumentException.class, () -> Paginator.of(List.of(1), 1).orphans(-1));
    }
}
