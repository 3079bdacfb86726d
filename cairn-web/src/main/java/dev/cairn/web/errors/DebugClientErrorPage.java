package dev.cairn.web.errors;

import dev.cairn.web.Request;

/**
 * The debug page for a client error other than 404: the exception's message for a 400 or 403 (a malformed body,
 * a refused Host, a permission check), with the advice of an {@link Explained} error, and the methods the path
 * accepts for a 405.
 */
final class DebugClientErrorPage {

    private DebugClientErrorPage() {}

    static String html(Request request, ErrorPages.Failure failure) {
        String message = failure.error() == null ? null : DebugPages.message(failure.error());
        Html html = DebugPages.start(request, failure.status(), message);
        if (failure.status() == 405) {
            html.element("p", "The path " + DebugPages.path(request) + " matches routes that do not accept "
                    + request.method() + ". The methods they allow (sent in the Allow header):")
                    .list("ul", failure.allowed().stream().toList());
        }
        if (failure.error() instanceof Explained explained) {
            explained.advice().forEach(advice -> html.element("p", advice));
        }
        if (failure.error() != null) {
            html.element("p", "Raised as " + failure.error().getClass().getName() + ".");
        }
        return DebugPages.finish(html, failure.status());
    }
}
