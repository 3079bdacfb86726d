package dev.cairn.web.errors;

import dev.cairn.web.Request;
import dev.cairn.web.View;
import dev.cairn.web.routing.Resolution;

/**
 * The debug 404 page, as Django's {@code technical_404_response}: the URL patterns the resolver tried, in order,
 * and the path that matched none of them; or, for a 404 a view raised, its message and the route that led there.
 */
final class DebugNotFoundPage {

    private DebugNotFoundPage() {}

    static String html(Request request, ErrorPages.Failure failure) {
        String message = failure.error() == null ? null : DebugPages.message(failure.error());
        Html html = DebugPages.start(request, 404, message);
        Resolution.Match<View> match = request.match();
        if (match != null) {
            html.element("p", "Raised by the view of the route '" + match.pattern() + "'"
                    + (match.name() == null ? "" : " named '" + match.name() + "'") + ".");
        }
        if (!failure.tried().isEmpty()) {
            html.element("p", "Using the URL patterns defined for this site, Cairn tried these, in this order:")
                    .list("ol", failure.tried().stream().map(p -> p.isEmpty() ? "(the empty pattern: /)" : p)
                            .toList());
            html.element("p", "The current path, " + DebugPages.path(request) + ", didn't match any of these.");
        } else if (failure.error() == null) {
            html.element("p", "This site has no URL patterns, so no path can match; add routes with "
                    + "WebApp.builder().routes(...).");
        }
        return DebugPages.finish(html, 404);
    }
}
