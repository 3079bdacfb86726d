package dev.cairn.web.routing;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link Resolver#resolve(String, String)} found for a request: a {@link Match}, {@link NotFound} (404) or
 * {@link MethodNotAllowed} (405).
 *
 * @param <V> the view type
 */
public sealed interface Resolution<V> {

    /**
     * The first route, in declaration order, whose pattern matches the path and which accepts the method.
     *
     * @param view the route's view
     * @param route the route as declared (its pattern relative to its include)
     * @param kwargs the converted values by parameter name, in pattern order
     * @param name the namespaced name ({@code "blog:post"}), or null for an unnamed route
     * @param pattern the full pattern, prefixes of the includes included ({@code "blog/<slug:slug>/"})
     * @param <V> the view type
     */
    record Match<V>(V view, Route<V> route, Map<String, Object> kwargs, String name, String pattern)
            implements
                Resolution<V> {}

    /**
     * No route matches the path: answer 404.
     *
     * @param tried every full pattern in declaration order, all of which were tried, for the debug 404 page
     * @param <V> the view type
     */
    record NotFound<V>(List<String> tried) implements Resolution<V> {}

    /**
     * Some routes match the path but none accepts the method: answer 405 with an {@code Allow} header
     * (RFC 9110 §15.5.6).
     *
     * @param allowed the methods those routes accept, sorted, with {@code HEAD} wherever {@code GET} is
     * @param <V> the view type
     */
    record MethodNotAllowed<V>(Set<String> allowed) implements Resolution<V> {}
}
