package dev.cairn.contrib.views;

import java.util.Iterator;
import java.util.List;

/**
 * One page of a {@link Paginator}: its items and where it stands (Django's {@code Page}), as templates use it:
 *
 * <pre>{@code
 * {% for book in page_obj %}...{% endfor %}
 * {% if page_obj.hasPrevious %}<a href="?page={{ page_obj.previousPageNumber }}">previous</a>{% endif %}
 * Page {{ page_obj.number }} of {{ page_obj.paginator.numPages }}
 * }</pre>
 *
 * @param <T> what the page holds
 */
public final class Page<T> implements Iterable<T> {

    private final List<T> items;
    private final int number;
    private final Paginator<T> paginator;

    Page(List<T> items, int number, Paginator<T> paginator) {
        this.items = List.copyOf(items);
        this.number = number;
        this.paginator = paginator;
    }

    /** The items on this page. */
    public List<T> objectList() {
        return items;
    }

    /** How many items are on this page. */
    public int size() {
        return items.size();
    }

    /** This page's number, from 1. */
    public int number() {
        return number;
    }

    /** The paginator it came from. */
    public Paginator<T> paginator() {
        return paginator;
    }

    /** Whether a page follows. */
    public boolean hasNext() {
        return number < paginator.numPages();
    }

    /** Whether a page comes before. */
    public boolean hasPrevious() {
        return number > 1;
    }

    /** Whether there is any other page. */
    public boolean hasOtherPages() {
        return hasNext() || hasPrevious();
    }

    /**
     * The next page's number.
     *
     * @throws Paginator.EmptyPage on the last page
     */
    public int nextPageNumber() {
        return paginator.validateNumber(number + 1);
    }

    /**
     * The previous page's number.
     *
     * @throws Paginator.EmptyPage on the first page
     */
    public int previousPageNumber() {
        return paginator.validateNumber(number - 1);
    }

    /** The 1-based index of this page's first item among all items; 0 when there are none. */
    public long startIndex() {
        return paginator.count() == 0 ? 0 : (long) paginator.perPage() * (number - 1) + 1;
    }

    /** The 1-based index of this page's last item among all items. */
    public long endIndex() {
        return number == paginator.numPages() ? paginator.count() : (long) number * paginator.perPage();
    }

    @Override
    public Iterator<T> iterator() {
        return items.iterator();
    }

    @Override
    public String toString() {
        return "<Page " + number + " of " + paginator.numPages() + ">";
    }
}
