package dev.cairn.web.middleware;

import dev.cairn.http.Headers;
import dev.cairn.web.Response;

/**
 * Adds a request field to a response's {@code Vary} (RFC 9110 §12.5.5), so that a cache keeps one copy per value
 * of that field: a response compressed for one client, allowed for one origin, or made for one session, is not
 * served to another. Public for the middleware of other packages (sessions).
 */
public final class Vary {

    private Vary() {}

    /** Adds {@code field} to {@code Vary}, merging with what is there; {@code Vary: *} already covers it. */
    public static void add(Response response, String field) {
        if (response.header("Vary") == null) {
            response.header("Vary", field);
            return;
        }
        Headers headers = response.headers();
        if (headers.containsToken("Vary", field) || headers.containsToken("Vary", "*")) {
            return;
        }
        response.header("Vary", String.join(", ", headers.all("Vary")) + ", " + field);
    }
}
