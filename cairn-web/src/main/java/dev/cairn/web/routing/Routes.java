package dev.cairn.web.routing;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Factories for route tables, Django's {@code path()} and {@code include()}:
 *
 * <pre>{@code
 * List<Route<View>> routes = List.of(
 *         Routes.path("", home, "home"),
 *         Routes.path("users/<int:pk>/", userDetail, "user-detail").methods("GET", "POST"),
 *         Routes.include("blog/", List.of(Routes.path("<slug:slug>/", post, "post")), "blog"));
 * }</pre>
 *
 * <p>
 * Patterns are written without a leading {@code /}. A segment between {@code /}s is either text, matched exactly
 * after percent-decoding, or one {@code <converter:name>} ({@code <name>} alone means {@code str}). Patterns are
 * checked when the {@link Resolver} is built.
 */
public final class Routes {
    private Routes() {}

    /** Creates a named route from a pattern to a view. */
    public static <V> Route<V> path(String pattern, V view, String name) {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(name, "name (use path(pattern, view) for an unnamed route)");
        return new Route<>(pattern, view, name, Set.of(), List.of(), null);
    }

    /** Creates an unnamed route from a pattern to a view; it resolves but cannot be reversed. */
    public static <V> Route<V> path(String pattern, V view) {
        Objects.requireNonNull(view, "view");
        return new Route<>(pattern, view, null, Set.of(), List.of(), null);
    }

    /**
     * Creates an include: each of {@code routes} matches behind {@code prefix} (joined as text, so write
     * {@code "blog/"}), and its names are reversed as {@code namespace:name}. Includes nest.
     */
    public static <V> Route<V> include(String prefix, List<Route<V>> routes, String namespace) {
        Objects.requireNonNull(namespace, "namespace (use include(prefix, routes) for none)");
        return new Route<>(prefix, null, null, Set.of(), List.copyOf(routes), namespace);
    }

    /** Creates an include without a namespace: the routes' names join the enclosing namespace. */
    public static <V> Route<V> include(String prefix, List<Route<V>> routes) {
        return new Route<>(prefix, null, null, Set.of(), List.copyOf(routes), null);
    }
}
