package dev.cairn.web.templates;

import java.util.List;

/**
 * Turns a route name and its arguments into a path, for the template function {@code url(name, args...)}.
 *
 * <p>
 * The framework registers its URL resolver here, e.g. {@code (name, args) -> resolver.reverse(name,
 * args.toArray())}; the template engine only knows this interface so that it does not depend on routing.
 */
@FunctionalInterface
public interface UrlReverser {

    /**
     * Returns the path of the named route with the given arguments filled in.
     *
     * @param name the route name, possibly namespaced ({@code blog:post})
     * @param args the positional arguments in template order; empty when there are none
     * @return the path, already percent-encoded
     * @throws RuntimeException when no route matches; the template engine reports it as a {@link TemplateError}
     *             at the calling line
     */
    String reverse(String name, List<Object> args);
}
