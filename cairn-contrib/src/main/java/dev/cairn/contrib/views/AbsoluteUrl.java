package dev.cairn.contrib.views;

import dev.cairn.web.Request;

/**
 * A model that knows the path of its own page (Django's {@code get_absolute_url}): where a create or update view
 * sends the browser after saving it, when the view names no success URL.
 *
 * <pre>{@code
 * public class Book extends Model implements AbsoluteUrl {
 *     public String absoluteUrl(Request request) {
 *         return request.reverse("book-detail", id);
 *     }
 * }
 * }</pre>
 */
public interface AbsoluteUrl {

    /** The path of this object's page, reversed through the request's site. */
    String absoluteUrl(Request request);
}
