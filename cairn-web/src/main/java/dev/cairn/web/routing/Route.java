package dev.cairn.web.routing;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of a route table, made by {@link Routes}: either a pattern that leads to a view, optionally named and
 * restricted to some methods, or an include that puts a prefix and a namespace in front of a list of routes.
 * Routes are immutable; {@link #methods(String...)} returns a new one.
 *
 * @param <V> the view type: whatever the application calls with a match
 */
public final class Route<V> {
    private final String pattern;
    private final V view;
    private final String name;
    private final Set<String> methods;
    private final List<Route<V>> routes;
    private final String namespace;

    Route(String pattern, V view, String name, Set<String> methods, List<Route<V>> routes, String namespace) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.view = view;
        this.name = name;
        this.methods = methods;
        this.routes = routes;
        this.namespace = namespace;
    }

    /**
     * Returns this route restricted to these methods: any other method on a matching path is answered
     * {@code 405 Method Not Allowed} (RFC 9110 §15.5.6) unless a later route accepts it. {@code HEAD} is accepted
     * wherever {@code GET} is (RFC 9110 §9.3.2).
     *
     * @throws IllegalStateException on an include, whose routes carry their own methods
     * @throws IllegalArgumentException if no method is given or one is blank
     */
    public Route<V> methods(String... methods) {
        if (isInclude()) {
            throw new IllegalStateException("include('" + pattern + "') cannot take methods; restrict its routes");
        }
        if (methods.length == 0 || Arrays.stream(methods).anyMatch(m -> m == null || m.isBlank())) {
            throw new IllegalArgumentException("methods(...) takes one or more method names such as \"GET\"");
        }
        return new Route<>(pattern, view, name, Set.of(methods), routes, namespace);
    }

    /** The pattern as written, relative to any include around it ({@code "users/<int:pk>/"}). */
    public String pattern() {
        return pattern;
    }

    /** The view, or null for an include. */
    public V view() {
        return view;
    }

    /** The name for reversing, without namespace, or null for an unnamed route or an include. */
    public String name() {
        return name;
    }

    /** The methods this route accepts; empty means every method. */
    public Set<String> acceptedMethods() {
        return methods;
    }

    /** The included routes, or an empty list for a route to a view. */
    public List<Route<V>> routes() {
        return routes;
    }

    /** The namespace of an include, or null for none (its names join the enclosing namespace). */
    public String namespace() {
        return namespace;
    }

    /** Tells whether this is an include rather than a route to a view. */
    public boolean isInclude() {
        return view == null;
    }

    /** The route as Django would print it: {@code <Route 'users/<int:pk>/' [name='user-detail']>}. */
    @Override
    public String toString() {
        if (isInclude()) {
            return "<Include '" + pattern + "' namespace=" + namespace + " " + routes.size() + " routes>";
        }
        return "<Route '" + pattern + "'" + (name == null ? "" : " [name='" + name + "']")
                + (methods.isEmpty() ? "" : " " + methods) + ">";
    }
}
