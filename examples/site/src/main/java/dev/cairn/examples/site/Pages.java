package dev.cairn.examples.site;

import dev.cairn.web.Request;
import dev.cairn.web.Response;
import java.util.Map;

/** The site's function views: the home page. The guestbook's are {@link GuestbookView} and a DetailView. */
public final class Pages {

    /** How many of the latest entries the home page shows. */
    static final int LATEST = 3;

    private Pages() {}

    /** The home page: what the site shows, and the latest entries. */
    public static Response home(Request request) {
        return request.render("home.html", Map.of("latest", Entry.objects.all().limit(LATEST).list()));
    }
}
