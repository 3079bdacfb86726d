package dev.cairn.web.errors;

import dev.cairn.http.Status;
import dev.cairn.web.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages Cairn sends when the project has not replaced them and debug is off: the status and its reason, and
 * nothing else. No message, path or exception reaches them, so they cannot leak what went wrong or echo what the
 * client sent.
 */
final class BuiltinPages {

    private BuiltinPages() {}

    /** A small self-contained HTML page: {@code <h1>404 Not Found</h1>}. */
    static Response plain(int status) {
        String title = status + " " + Status.reason(status);
        return Response.html(Html.page(title).element("h1", title).finish()).status(status);
    }

    /**
     * The JSON answer for a client that prefers JSON: {@code {"status":404,"error":"Not Found"}}, with
     * {@code "detail"} when one is given (debug only).
     */
    static Response json(int status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", Status.reason(status));
        if (detail != null) {
            body.put("detail", detail);
        }
        return Response.json(body).status(status);
    }
}
