package dev.cairn.contrib.views;

import dev.cairn.db.Model;
import dev.cairn.db.QuerySet;
import dev.cairn.web.HttpError;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page listing a model's rows, a page at a time when asked (Django's {@code ListView}).
 *
 * <pre>{@code
 * path("books/", ListView.of(Book.class).paginateBy(20).fragment("rows"), "book-list")
 * }</pre>
 *
 * <p>
 * It renders {@code <app>/<model>_list.html} with {@code object_list} (the page's rows, or every row),
 * {@code <model>_list} (the same), {@code paginator}, {@code page_obj} and {@code is_paginated}. The page number
 * comes from the path argument {@code page}, else the query ({@code ?page=3}), else is 1; {@code last} is the last
 * page.
 * A page number that is no whole number, or names a page with nothing on it, is answered 404, as Django does.
 * Without a queryset of its own, it lists the rows in the model's default order, else by key, so that pages
 * never share a row.
 *
 * @param <M> the model
 */
public class ListView<M extends Model> extends ModelView<M, ListView<M>> {

    private int paginateBy;
    private int orphans;
    private String pageParam = "page";
    private boolean allowEmpty = true;

    /** A list of {@code model}'s rows; subclasses override the steps. */
    protected ListView(Class<M> model) {
        super(model);
    }

    /** A list of every row of {@code model}, unpaginated until {@link #paginateBy} says otherwise. */
    public static <M extends Model> ListView<M> of(Class<M> model) {
        return new ListView<>(model);
    }

    /** Shows {@code perPage} rows a page. */
    public ListView<M> paginateBy(int perPage) {
        if (perPage < 1) {
            throw new IllegalArgumentException("a page shows at least 1 row, not " + perPage);
        }
        this.paginateBy = perPage;
        return this;
    }

    /** Folds a last page of at most {@code orphans} rows into the one before. */
    public ListView<M> orphans(int orphans) {
        this.orphans = orphans;
        return this;
    }

    /** Reads the page number from this path argument or query parameter instead of {@code page}. */
    public ListView<M> pageParam(String name) {
        this.pageParam = Objects.requireNonNull(name, "name");
        return this;
    }

    /** When false, an empty list is answered 404 instead of an empty page (Django's {@code allow_empty}). */
    public ListView<M> allowEmpty(boolean allow) {
        this.allowEmpty = allow;
        return this;
    }

    @Override
    protected String templateSuffix() {
        return "_list";
    }

    /** Every row in the model's default order, else by key, so that no row is on two pages. */
    @Override
    protected QuerySet<M> allRows() {
        QuerySet<M> rows = super.allRows();
        return meta().ordering().isEmpty() ? rows.orderBy("pk") : rows;
    }

    @Override
    protected Response get(Request request) throws Exception {
        return render(request, context(request, queryset(request)));
    }

    /**
     * The context for the rows: paginated when {@link #paginateBy} was set.
     *
     * @throws HttpError 404 for a bad page, or an empty list that {@link #allowEmpty} refuses
     */
    protected Map<String, Object> context(Request request, QuerySet<M> rows) throws Exception {
        Map<String, Object> context = baseContext(request);
        Object list;
        if (paginateBy > 0) {
            Paginator<M> paginator = Paginator.of(rows, paginateBy).orphans(orphans).allowEmptyFirstPage(allowEmpty);
            Page<M> page = page(request, paginator);
            context.put("paginator", paginator);
            context.put("page_obj", page);
            context.put("is_paginated", paginator.numPages() > 1);
            list = page.objectList();
        } else {
            List<M> all = rows.list();
            if (all.isEmpty() && !allowEmpty) {
                throw HttpError.notFound("Empty list and allowEmpty is false.");
            }
            context.put("paginator", null);
            context.put("page_obj", null);
            context.put("is_paginated", false);
            list = all;
        }
        context.put("object_list", list);
        context.put(contextName(meta().name() + "_list"), list);
        return context;
    }

    /** The page the request names, or a 404 saying why it is none. */
    private Page<M> page(Request request, Paginator<M> paginator) {
        Object asked = request.kwarg(pageParam);
        if (asked == null) {
            asked = request.query(pageParam);
        }
        if (asked == null || asked.equals("")) {
            // Django's `... or 1`: no page, or an empty one, is the first.
            asked = 1;
        }
        if ("last".equals(asked)) {
            asked = Math.max(1, paginator.numPages());
        }
        try {
            return paginator.page(asked);
        } catch (Paginator.PageNotAnInteger e) {
            throw HttpError.notFound("Page is not 'last', nor can it be converted to an int.");
        } catch (Paginator.EmptyPage e) {
            throw HttpError.notFound("Invalid page (" + asked + "): " + e.getMessage());
        }
    }
}
