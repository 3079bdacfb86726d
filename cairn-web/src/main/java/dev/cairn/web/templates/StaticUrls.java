package dev.cairn.web.templates;

/**
 * Turns the path of a static file into the URL to serve it from, for the template function {@code static(path)}.
 *
 * <p>
 * The static files layer registers itself here (it may add a content hash to the name); the template engine only
 * knows this interface so that it does not depend on that layer.
 */
@FunctionalInterface
public interface StaticUrls {

    /**
     * Returns the URL of a static file.
     *
     * @param path the file's path relative to the static roots, e.g. {@code css/site.css}
     * @return the URL to put in the page
     */
    String url(String path);
}
