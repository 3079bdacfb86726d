package dev.cairn.web.errors;

import dev.cairn.http.Status;
import dev.cairn.web.Request;
import dev.cairn.web.Response;

/** The pages Cairn sends when the project has not replaced them. */
final class BuiltinPages {

    private BuiltinPages() {}

    static Response render(Request request, ErrorPages.Failure failure, boolean debug) {
        String reason = Status.reason(failure.status());
        String html = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + failure.status()
                + " "
                + reason + "</title></head><body><h1>" + reason + "</h1></body></html>\n";
        return Response.html(html).status(failure.status());
    }
}
