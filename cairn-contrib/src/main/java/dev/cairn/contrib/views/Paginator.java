package dev.cairn.contrib.views;

import dev.cairn.db.Model;
import dev.cairn.db.QuerySet;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Splits a QuerySet or a list into numbered pages (Django's {@code Paginator}): {@link #page(Object)} reads one
 * page with LIMIT and OFFSET, and the count is asked once (SELECT COUNT(*)).
 *
 * <pre>{@code
 * Paginator<Book> books = Paginator.of(Book.objects.orderBy("title"), 25);
 * Page<Book> page = books.page(request.query("page"));   // PageNotAnInteger, EmptyPage
 * }</pre>
 *
 * <p>
 * Order the rows: an unordered query may put a row on two pages, or on none. With {@code orphans}, a last page of
 * that many rows or fewer is folded into the one before, as Django does. A paginator serves one request.
 *
 * @param <T> what the pages hold
 */
public final class Paginator<T> {

    /** What a paginator reads from: how many items, and the items of one range. */
    public interface Source<T> {
        /** How many items there are. */
        long count();

        /** The items from {@code from} (inclusive) to {@code to} (exclusive). */
        List<T> slice(long from, long to);
    }

    /** A page number that is no page: Django's {@code InvalidPage}. */
    public static class InvalidPage extends RuntimeException {
        /** An invalid page, and why. */
        public InvalidPage(String message) {
            super(message, null, false, false);
        }
    }

    /** A page number that is not a whole number. */
    public static final class PageNotAnInteger extends InvalidPage {
        /** Not a whole number, and why. */
        public PageNotAnInteger(String message) {
            super(message);
        }
    }

    /** A whole page number with nothing on it: below 1, or past the last page. */
    public static final class EmptyPage extends InvalidPage {
        /** An empty page, and why. */
        public EmptyPage(String message) {
            super(message);
        }
    }

    private final Source<T> source;
    private final int perPage;
    private final int orphans;
    private final boolean allowEmptyFirstPage;
    private long count = -1;

    private Paginator(Source<T> source, int perPage, int orphans, boolean allowEmptyFirstPage) {
        if (perPage < 1) {
            throw new IllegalArgumentException("a page holds at least 1 item, not " + perPage);
        }
        if (orphans < 0) {
            throw new IllegalArgumentException("orphans must be 0 or more, not " + orphans);
        }
        this.source = Objects.requireNonNull(source, "source");
        this.perPage = perPage;
        this.orphans = orphans;
        this.allowEmptyFirstPage = allowEmptyFirstPage;
    }

    /** Pages of {@code perPage} rows of a QuerySet. */
    public static <M extends Model> Paginator<M> of(QuerySet<M> rows, int perPage) {
        Objects.requireNonNull(rows, "rows");
        return new Paginator<>(new Source<>() {
            @Override
            public long count() {
                return rows.count();
            }

            @Override
            public List<M> slice(long from, long to) {
                return rows.slice(from, to).list();
            }
        }, perPage, 0, true);
    }

    /** Pages of {@code perPage} items of a list. */
    public static <T> Paginator<T> of(List<T> items, int perPage) {
        List<T> copy = List.copyOf(items);
        return new Paginator<>(new Source<>() {
            @Override
            public long count() {
                return copy.size();
            }

            @Override
            public List<T> slice(long from, long to) {
                return copy.subList((int) from, (int) to);
            }
        }, perPage, 0, true);
    }

    /** Pages read from any source. */
    public static <T> Paginator<T> of(Source<T> source, int perPage) {
        return new Paginator<>(source, perPage, 0, true);
    }

    /** The same pages, with a last page of at most {@code orphans} items folded into the one before. */
    public Paginator<T> orphans(int orphans) {
        return new Paginator<>(source, perPage, orphans, allowEmptyFirstPage);
    }

    /** The same pages; when {@code allow} is false, an empty source has no page 1 ({@link EmptyPage}). */
    public Paginator<T> allowEmptyFirstPage(boolean allow) {
        return new Paginator<>(source, perPage, orphans, allow);
    }

    /** How many items a page holds. */
    public int perPage() {
        return perPage;
    }

    /** How many items there are in all, counted once. */
    public long count() {
        if (count < 0) {
            count = source.count();
        }
        return count;
    }

    /** How many pages there are: at least 1 unless empty first pages are refused. */
    public int numPages() {
        if (count() == 0 && !allowEmptyFirstPage) {
            return 0;
        }
        long hits = Math.max(1, count() - orphans);
        return Math.toIntExact((hits + perPage - 1) / perPage);
    }

    /** The page numbers, 1 to {@link #numPages()}. */
    public List<Integer> pageRange() {
        return IntStream.rangeClosed(1, numPages()).boxed().toList();
    }

    /**
     * The page number {@code number} stands for (an Integer, a Long, or text such as {@code "3"}).
     *
     * @throws PageNotAnInteger when it is not a whole number
     * @throws EmptyPage        when it is below 1 or past the last page
     */
    public int validateNumber(Object number) {
        long page;
        try {
            page = number instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(number).strip());
        } catch (NumberFormatException e) {
            throw new PageNotAnInteger("That page number is not an integer");
        }
        if (page < 1) {
            throw new EmptyPage("That page number is less than 1");
        }
        if (page > numPages() && !(page == 1 && allowEmptyFirstPage)) {
            throw new EmptyPage("That page contains no results");
        }
        return (int) page;
    }

    /**
     * The page of this number, read now.
     *
     * @throws PageNotAnInteger when it is not a whole number
     * @throws EmptyPage        when it is below 1 or past the last page
     */
    public Page<T> page(Object number) {
        int page = validateNumber(number);
        long bottom = (long) (page - 1) * perPage;
        long top = bottom + perPage;
        if (top + orphans >= count()) {
            top = count();
        }
        return new Page<>(source.slice(bottom, top), page, this);
    }

    /** The page of this number, or page 1 when it is no whole number, or the last page when it is past it. */
    public Page<T> pageOrNearest(Object number) {
        try {
            return page(number);
        } catch (PageNotAnInteger e) {
            return page(1);
        } catch (EmptyPage e) {
            return page(Math.max(1, numPages()));
        }
    }

    @Override
    public String toString() {
        return "Paginator[" + perPage + " per page]";
    }
}
