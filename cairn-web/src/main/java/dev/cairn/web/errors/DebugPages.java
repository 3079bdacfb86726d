package dev.cairn.web.errors;

import dev.cairn.http.Status;
import dev.cairn.web.HttpError;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.templates.Templates;
import java.util.List;

/**
 * Chooses and frames the debug pages: the 404 page, the page for other client errors, and the technical page for
 * server errors. Each begins with the status and the request line and ends with the note saying why it is shown.
 */
final class DebugPages {

    private DebugPages() {}

    /** The debug page for a failure. */
    static Response render(Request request, ErrorPages.Failure failure, SourceExcerpts sources, Templates templates) {
        int status = failure.status();
        String html;
        if (status == 404) {
            html = DebugNotFoundPage.html(request, failure);
        } else if (status >= 500) {
            html = new TechnicalPage(request, failure, sources, templates).html();
        } else {
            html = DebugClientErrorPage.html(request, failure);
        }
        return Response.html(html).status(status);
    }

    /** Opens a page headed by the reason and status, with a subtitle and the request's method and URL. */
    static Html start(Request request, int status, String subtitle) {
        String title = Status.reason(status) + " (" + status + ")";
        Html html = Html.page(title + " at " + path(request)).open("header", null).element("h1", title);
        if (subtitle != null) {
            html.open("pre", null).text(subtitle).close("pre");
        }
        html.open("table", null).row(List.of("Request Method", request.method()))
                .row(List.of("Request URL", RequestSection.redactTarget(request.fullPath()))).close("table");
        return html.close("header").open("section", null);
    }

    /** Closes the page's main section with the note that says the page shows because DEBUG is on. */
    static String finish(Html html, int status) {
        return html.close("section").open("div", "note")
                .text("You're seeing this page because DEBUG is on in this site's settings. Turn it off "
                        + "(CAIRN_DEBUG=false) and Cairn shows a plain " + status + " page that reveals nothing "
                        + "of the request or the error.")
                .close("div").finish();
    }

    /** The path, decoded when it can be, else as received (a malformed escape is itself a possible failure). */
    static String path(Request request) {
        try {
            return request.path();
        } catch (HttpError e) {
            return request.rawPath();
        }
    }

    /** An exception's message, or its class name when it has none. */
    static String message(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getName() : message;
    }
}
