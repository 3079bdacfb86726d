package dev.cairn.examples.site;

import dev.cairn.web.HttpError;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import java.util.Map;

/** The site's function views: the home page, the guestbook and its search, and one entry. */
public final class Pages {

    private final Guestbook guestbook;

    /** Views over one guestbook. */
    public Pages(Guestbook guestbook) {
        this.guestbook = guestbook;
    }

    /** The home page: what the site shows, and the latest entries. */
    public Response home(Request request) {
        return request.render("home.html", Map.of("latest", guestbook.search("").stream().limit(3).toList()));
    }

    /**
     * The guestbook: GET shows the form and the entries; POST validates, keeps the entry and redirects (303) back
     * so that reloading does not post twice, or shows the form again with the errors and what was typed.
     */
    public Response guestbook(Request request) {
        GuestbookForm form = new GuestbookForm();
        if (request.method().equals("POST")) {
            form.bind(request.form());
            if (form.isValid()) {
                Entry entry = guestbook.add(form.cleaned(form.name), form.cleaned(form.message));
                return Response.seeOther(request.reverse("guestbook") + "?thanks=" + entry.id());
            }
        }
        String query = request.query("q");
        return request.render("guestbook/index.html", Map.of("form", form.boundFields(), "errors",
                form.nonFieldErrors(), "entries", guestbook.search(query), "q", query == null ? "" : query,
                "thanks", request.query("thanks") != null));
    }

    /**
     * The entries matching {@code ?q=}: only the list's block when htmx asks (the search box updates it as one
     * types), the whole page otherwise, so the same URL works without JavaScript.
     */
    public Response search(Request request) {
        String query = request.query("q") == null ? "" : request.query("q");
        Map<String, Object> context = Map.of("entries", guestbook.search(query), "q", query, "form",
                new GuestbookForm().boundFields(), "errors", java.util.List.of(), "thanks", false);
        if (request.htmx().wantsFragment()) {
            return request.renderBlock("guestbook/index.html", "entries", context);
        }
        return request.render("guestbook/index.html", context);
    }

    /** One entry, or the site's 404 page. */
    public Response entry(Request request) {
        long id = request.kwarg("id", Long.class);
        Entry entry = guestbook.find(id).orElseThrow(() -> HttpError.notFound("No guestbook entry " + id));
        return request.render("guestbook/entry.html", Map.of("entry", entry));
    }
}
