package dev.cairn.web.routing;

import dev.cairn.http.HttpException;
import dev.cairn.http.PercentCodec;
import dev.cairn.journey.Journey;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves request paths to views with their converted arguments, and reverses route names to paths: Django's
 * URL resolver, over any view type.
 *
 * <p>
 * The first route in declaration order whose pattern matches and which accepts the method wins, as in Django; the
 * routes are compiled into a segment tree at build time, so resolving does not slow down as routes are added.
 * Every pattern is checked at build time, and a table that cannot work stops with a {@link RoutingException}.
 * A resolver is immutable and safe to share between threads.
 *
 * @param <V> the view type
 */
public final class Resolver<V> {
    private final List<CompiledRoute<V>> routes;
    private final List<String> patterns;
    private final RouteTrie<V> trie;
    private final Reverser<V> reverser;
    private final Map<String, Literal<V>> literals;

    /** A literal route and the match it always gives: one object for every request it answers. */
    private record Literal<V>(CompiledRoute<V> route, Resolution.Match<V> match) {}

    private Resolver(List<CompiledRoute<V>> routes, Map<String, CompiledRoute<V>> byName) {
        this.routes = routes;
        this.patterns = routes.stream().map(CompiledRoute::pattern).toList();
        this.trie = new RouteTrie<>(routes);
        this.reverser = new Reverser<>(byName);
        this.literals = literals(routes);
    }

    /**
     * The routes without parameters that come before every route with one, by their whole path ({@code "/about/"}).
     * No earlier route can take such a path from them, so a request for exactly that path (with no escapes to
     * decode) is answered by one lookup, as the trie would answer it; later literal routes are left to the trie.
     */
    private static <V> Map<String, Literal<V>> literals(List<CompiledRoute<V>> routes) {
        Map<String, Literal<V>> literals = new HashMap<>();
        for (CompiledRoute<V> route : routes) {
            if (route.params().length > 0) {
                break;
            }
            if (route.pattern().indexOf('%') >= 0) {
                // A raw path equal to this one would hold escapes, which the trie decodes first.
                continue;
            }
            literals.putIfAbsent("/" + route.pattern(), new Literal<>(route, new Resolution.Match<>(route.route()
                    .view(), route.route(), Map.of(), route.name(), route.pattern())));
        }
        return Map.copyOf(literals);
    }

    /** Starts a resolver that knows the built-in converters {@code int, str, slug, uuid, path}. */
    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /**
     * Resolves a raw request path (as received, still percent-encoded, without the query) for a method.
     *
     * <p>
     * One leading {@code /} is ignored, so {@code "/users/7/"} and {@code "users/7/"} resolve alike. The path is
     * split on {@code /} before each segment is percent-decoded, so {@code %2F} stays inside its segment. When a
     * journey is being recorded, the outcome is recorded on layer {@code routing}.
     *
     * @throws HttpException 400 if a segment has an invalid percent-escape or invalid UTF-8: the request is
     *             malformed, which is not the same as a path no route matches
     */
    public Resolution<V> resolve(String method, String path) throws HttpException {
        Objects.requireNonNull(method, "method");
        Journey journey = Journey.current();
        if (journey == null) {
            // A path equal to a key has no escapes to decode: no key holds a '%'.
            Literal<V> literal = literals.get(path);
            if (literal != null && literal.route().accepts(method)) {
                return literal.match();
            }
        }
        String[] segments = segments(path);
        RouteTrie.Found found = trie.find(segments, method);
        if (found.index() >= 0) {
            CompiledRoute<V> route = routes.get(found.index());
            Map<String, Object> kwargs = kwargs(route.params(), found.values());
            if (journey != null) {
                journey.record("routing", "resolved", "method", method, "path", path, "route", route.pattern(),
                        "name", route.name(), "kwargs", kwargs, "tried", found.index() + 1, "misses",
                        MissExplainer.explain(routes, found.index(), segments, method));
            }
            return new Resolution.Match<>(route.route().view(), route.route(), kwargs, route.name(), route.pattern());
        }
        Set<String> allowed = new TreeSet<>();
        trie.allowed(segments, allowed);
        if (allowed.isEmpty()) {
            if (journey != null) {
                journey.record("routing", "not found", "method", method, "path", path, "tried", patterns.size(),
                        "misses", MissExplainer.explain(routes, routes.size(), segments, method));
            }
            return new Resolution.NotFound<>(patterns);
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        Set<String> allow = Collections.unmodifiableSet(allowed);
        if (journey != null) {
            journey.record("routing", "method not allowed", "method", method, "path", path, "allowed", allow,
                    "misses", MissExplainer.explain(routes, routes.size(), segments, method));
        }
        return new Resolution.MethodNotAllowed<>(allow);
    }

    /**
     * Builds the path of a named route ({@code "blog:post"}) from positional values, one per parameter in pattern
     * order; the path starts with {@code /} and is percent-encoded.
     *
     * @throws NoReverseMatch for an unknown name, a wrong count, or a value its converter cannot write
     */
    public String reverse(String name, Object... args) {
        return reverser.reverse(name, args);
    }

    /**
     * Builds the path of a named route from values by parameter name; every parameter must be given, no other.
     *
     * @throws NoReverseMatch for an unknown name, missing or extra names, or a value its converter cannot write
     */
    public String reverse(String name, Map<String, ?> kwargs) {
        return reverser.reverse(name, kwargs);
    }

    /** Every full pattern in declaration order, as a 404 page lists them. */
    public List<String> patterns() {
        return patterns;
    }

    private static String[] segments(String path) throws HttpException {
        int start = path.startsWith("/") ? 1 : 0;
        int count = 1;
        for (int i = start; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                count++;
            }
        }
        String[] segments = new String[count];
        for (int n = 0; n < count; n++) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            segments[n] = PercentCodec.decodePath(path.substring(start, end));
            start = end + 1;
        }
        return segments;
    }

    private static Map<String, Object> kwargs(String[] params, Object[] values) {
        if (params.length == 0) {
            return Map.of();
        }
        Map<String, Object> kwargs = new LinkedHashMap<>(params.length * 2);
        for (int i = 0; i < params.length; i++) {
            kwargs.put(params[i], values[i]);
        }
        return Collections.unmodifiableMap(kwargs);
    }

    /**
     * Configures a {@link Resolver}: custom converters, then the route table.
     *
     * @param <V> the view type
     */
    public static final class Builder<V> {
        private final Map<String, Converter<?>> converters = new LinkedHashMap<>(BuiltinConverters.ALL);
        private List<Route<V>> routes = List.of();

        private Builder() {}

        /**
         * Registers a converter under a name for patterns ({@code <year:y>}); a built-in name is replaced.
         *
         * @throws RoutingException {@code routing.E010} if the name is not an identifier
         */
        public Builder<V> converter(String name, Converter<?> converter) {
            if (!PatternParser.isIdentifier(name)) {
                throw new RoutingException("routing.E010", "converter name '" + name + "' is not an identifier;"
                        + " use ASCII letters, digits and '_', not starting with a digit");
            }
            converters.put(name, Objects.requireNonNull(converter, "converter"));
            return this;
        }

        /** Sets the route table, in the order routes are tried. */
        public Builder<V> routes(List<Route<V>> routes) {
            this.routes = List.copyOf(routes);
            return this;
        }

        /**
         * Checks every pattern and builds the resolver.
         *
         * @throws RoutingException with a check id and a fix for the first mistake found
         */
        public Resolver<V> build() {
            RouteCompiler<V> compiler = new RouteCompiler<>(Map.copyOf(converters));
            List<CompiledRoute<V>> compiled = compiler.compile(routes);
            return new Resolver<>(compiled, compiler.byName());
        }
    }
}
