package dev.cairn.examples.site;

import dev.cairn.contrib.views.ListView;
import dev.cairn.db.QuerySet;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import java.util.Map;

/**
 * The guestbook page, a {@link ListView} of {@link Entry}: the entries newest first, {@value #PER_PAGE} a page,
 * those matching {@code ?q=} (name or message, any case) when asked; and the form that signs it.
 *
 * <p>
 * GET shows the form and a page of entries; an htmx request for a fragment (the search box, as one types) gets
 * only the {@code entries} block, so the same URL works without JavaScript. POST validates the form and either
 * saves the entry and redirects (303) back, so that reloading does not post twice, or shows the form again, 200,
 * with its errors and what was typed, having saved nothing.
 */
public final class GuestbookView extends ListView<Entry> {

    /** The entries on one page. */
    public static final int PER_PAGE = 10;

    /** The view; one serves every request. */
    public GuestbookView() {
        super(Entry.class);
        template("guestbook/index.html").fragment("entries").contextObjectName("entries").paginateBy(PER_PAGE);
    }

    /** The entries matching {@code ?q=}, in the model's order (newest first). */
    @Override
    protected QuerySet<Entry> queryset(Request request) {
        return Entry.search(request.query("q"));
    }

    /** The list's context, with an empty form beside it. */
    @Override
    protected Map<String, Object> context(Request request, QuerySet<Entry> rows) throws Exception {
        return context(request, rows, new GuestbookForm());
    }

    @Override
    protected Response post(Request request) throws Exception {
        GuestbookForm form = new GuestbookForm();
        form.bind(request.form());
        if (form.isValid()) {
            Entry entry = form.save();
            return redirect(request, request.reverse("guestbook") + "?thanks=" + entry.id);
        }
        return render(request, context(request, queryset(request), form));
    }

    /** The page's context: a page of entries ({@code entries}, {@code page_obj}), the search, the form. */
    private Map<String, Object> context(Request request, QuerySet<Entry> rows, GuestbookForm form) throws Exception {
        Map<String, Object> context = super.context(request, rows);
        String query = request.query("q");
        context.put("q", query == null ? "" : query);
        context.put("form", form.boundFields());
        context.put("errors", form.nonFieldErrors());
        context.put("thanks", request.query("thanks") != null);
        return context;
    }
}
