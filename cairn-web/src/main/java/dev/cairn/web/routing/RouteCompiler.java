package dev.cairn.web.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Flattens a route table (includes joined into full patterns and namespaced names), in declaration order, and
 * checks what can only be seen across routes: leading slashes, duplicate names, routes that can never match.
 */
final class RouteCompiler<V> {
    private final PatternParser parser;
    private final List<CompiledRoute<V>> compiled = new ArrayList<>();
    private final Map<String, CompiledRoute<V>> byName = new HashMap<>();
    private final Map<String, List<CompiledRoute<V>>> byShape = new HashMap<>();

    RouteCompiler(Map<String, Converter<?>> converters) {
        this.parser = new PatternParser(converters);
    }

    /** Compiles the table; the routes come back in declaration order with their indexes. */
    List<CompiledRoute<V>> compile(List<Route<V>> routes) {
        add(routes, "", "");
        return List.copyOf(compiled);
    }

    /** The compiled routes by namespaced name. */
    Map<String, CompiledRoute<V>> byName() {
        return Map.copyOf(byName);
    }

    private void add(List<Route<V>> routes, String prefix, String namespace) {
        for (Route<V> route : routes) {
            checkPattern(route);
            if (route.isInclude()) {
                String inner = route.namespace() == null ? namespace : namespace + checkName(route.namespace()) + ":";
                add(route.routes(), prefix + route.pattern(), inner);
                continue;
            }
            String pattern = prefix + route.pattern();
            List<PatternParser.Part> parts = parser.parse(pattern);
            String[] params = parts.stream().filter(p -> !p.isLiteral()).map(PatternParser.Part::param)
                    .toArray(String[]::new);
            String name = route.name() == null ? null : namespace + checkName(route.name());
            CompiledRoute<V> compiledRoute = new CompiledRoute<>(compiled.size(), route, pattern, parts, params, name);
            checkReachable(compiledRoute);
            if (name != null) {
                CompiledRoute<V> before = byName.putIfAbsent(name, compiledRoute);
                if (before != null) {
                    String where = namespace.isEmpty()
                            ? "the root namespace"
                            : "namespace '" + namespace.substring(0, namespace.length() - 1) + "'";
                    throw new RoutingException("routing.E006", "route name '" + route.name() + "' is used twice in "
                            + where + " (patterns '" + before.pattern() + "' and '" + pattern
                            + "'); give each route its own name");
                }
            }
            compiled.add(compiledRoute);
        }
    }

    private static void checkPattern(Route<?> route) {
        if (route.pattern().startsWith("/")) {
            String kind = route.isInclude() ? "include prefix" : "pattern";
            throw new RoutingException("routing.E005", kind + " '" + route.pattern() + "' starts with '/'; write '"
                    + route.pattern().substring(1) + "' (paths are matched without their leading '/')");
        }
    }

    private static String checkName(String name) {
        if (name.isEmpty() || name.indexOf(':') >= 0) {
            throw new RoutingException("routing.E009", "name or namespace '" + name + "' is empty or contains ':';"
                    + " ':' separates namespaces, so name each level on its own, as in include(..., \"blog\")");
        }
        return name;
    }

    /** Rejects a route that an earlier one shadows: same paths, and the earlier one takes all its methods. */
    private void checkReachable(CompiledRoute<V> route) {
        List<CompiledRoute<V>> same = byShape.computeIfAbsent(route.shape(), k -> new ArrayList<>(1));
        for (CompiledRoute<V> earlier : same) {
            var methods = earlier.route().acceptedMethods();
            if (methods.isEmpty() || !route.route().acceptedMethods().isEmpty()
                    && methods.containsAll(route.route().acceptedMethods())) {
                throw new RoutingException("routing.E007", "pattern '" + route.pattern() + "' can never match: the"
                        + " earlier pattern '" + earlier.pattern() + "' matches the same paths"
                        + (methods.isEmpty() ? "" : " with methods " + new java.util.TreeSet<>(methods))
                        + "; remove one, or give them different methods with .methods(...)");
            }
        }
        same.add(route);
    }
}
