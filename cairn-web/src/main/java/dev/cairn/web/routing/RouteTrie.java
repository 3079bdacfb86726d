package dev.cairn.web.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routes compiled into a tree of segments, so that resolving costs about the depth of the path rather than
 * the number of routes.
 *
 * <p>
 * Each node has its text children in a hash map and its converter edges in a list. Django scans its patterns in
 * order and takes the first that matches; a tree that simply took the first leaf it reached would break that rule
 * ({@code <str:a>/x/} declared before {@code users/x/} must win for {@code users/x/}). So every node knows the
 * smallest route index below it, the search visits children in that order, keeps the best (smallest) matching
 * index found so far, and skips every subtree that cannot hold a smaller one. The answer is the one a linear scan
 * in declaration order gives; the test {@code TrieMatchesLinearScanTest} checks that on random tables.
 */
final class RouteTrie<V> {
    private static final int NONE = Integer.MAX_VALUE;

    private final List<CompiledRoute<V>> routes;
    private final Node root = new Node(0);
    private final int maxParams;
    /** Whether any route restricts its methods; when none does, a miss is a 404 without a second search. */
    private final boolean anyRestricted;

    RouteTrie(List<CompiledRoute<V>> routes) {
        this.routes = routes;
        int max = 0;
        for (CompiledRoute<V> route : routes) {
            add(route);
            max = Math.max(max, route.params().length);
        }
        this.maxParams = max;
        this.anyRestricted = routes.stream().anyMatch(r -> !r.route().acceptedMethods().isEmpty());
    }

    /** A point between two segments. */
    private static final class Node {
        /** The smallest route index in this subtree: routes are added in order, so the first to pass. */
        final int minRoute;
        Map<String, Node> texts;
        final List<Edge> edges = new ArrayList<>(2);
        final List<Integer> terminals = new ArrayList<>(1);

        Node(int minRoute) {
            this.minRoute = minRoute;
        }
    }

    /** A converter edge; routes with the same converter here share it whatever their parameters are called. */
    private record Edge(Converter<?> converter, Node child) {}

    private void add(CompiledRoute<V> route) {
        Node node = root;
        for (PatternParser.Part part : route.parts()) {
            if (part.isLiteral()) {
                if (node.texts == null) {
                    node.texts = new HashMap<>();
                }
                node = node.texts.computeIfAbsent(part.literal(), k -> new Node(route.index()));
            } else {
                node = edgeFor(node, part.converter(), route.index()).child();
            }
        }
        node.terminals.add(route.index());
    }

    private static Edge edgeFor(Node node, Converter<?> converter, int index) {
        for (Edge edge : node.edges) {
            if (edge.converter() == converter) {
                return edge;
            }
        }
        // Created by the first route through it, so the list stays sorted by minRoute.
        Edge edge = new Edge(converter, new Node(index));
        node.edges.add(edge);
        return edge;
    }

    /** The result of a search: the winning route index, or -1, and its converted values in pattern order. */
    record Found(int index, Object[] values) {}

    /** Finds the first route in declaration order that matches the decoded segments and accepts the method. */
    Found find(String[] segments, String method) {
        Search search = new Search(segments, method, maxParams);
        search.visit(root, 0, 0);
        return new Found(search.best == NONE ? -1 : search.best, search.bestValues);
    }

    /** Collects the methods of every route that matches the segments, for a 405's {@code Allow}. */
    void allowed(String[] segments, Set<String> into) {
        if (!anyRestricted) {
            return;
        }
        Search search = new Search(segments, null, maxParams);
        search.allowed = into;
        search.visit(root, 0, 0);
    }

    /** One resolution's search state; a fresh one per call keeps the resolver free of locks. */
    private final class Search {
        final String[] segments;
        final String method;
        final Object[] values;
        int best = NONE;
        Object[] bestValues;
        /** When set, the search collects methods of all path matches instead of looking for the best match. */
        Set<String> allowed;

        Search(String[] segments, String method, int maxParams) {
            this.segments = segments;
            this.method = method;
            this.values = new Object[maxParams];
        }

        void visit(Node node, int seg, int depth) {
            if (node.minRoute >= best) {
                return;
            }
            if (seg == segments.length) {
                terminal(node, depth);
                return;
            }
            Node text = node.texts == null ? null : node.texts.get(segments[seg]);
            for (Edge edge : node.edges) {
                if (text != null && text.minRoute < edge.child().minRoute) {
                    visit(text, seg + 1, depth);
                    text = null;
                }
                if (edge.child().minRoute >= best) {
                    return;
                }
                follow(edge, seg, depth);
            }
            if (text != null) {
                visit(text, seg + 1, depth);
            }
        }

        private void terminal(Node node, int depth) {
            for (int index : node.terminals) {
                CompiledRoute<V> route = routes.get(index);
                if (allowed != null) {
                    allowed.addAll(route.route().acceptedMethods());
                } else if (index < best && route.accepts(method)) {
                    best = index;
                    bestValues = Arrays.copyOf(values, depth);
                    return;
                }
            }
        }

        @SuppressWarnings("unchecked")
        private void follow(Edge edge, int seg, int depth) {
            Converter<Object> converter = (Converter<Object>) edge.converter();
            if (edge.converter() == BuiltinConverters.PATH) {
                // Greedy, as Django's .+ is: the longest run of segments first.
                for (int end = segments.length; end > seg; end--) {
                    String joined = end == seg + 1
                            ? segments[seg]
                            : String.join("/", List.of(segments).subList(seg, end));
                    if (!joined.isEmpty()) {
                        values[depth] = joined;
                        visit(edge.child(), end, depth + 1);
                    }
                }
                return;
            }
            String segment = segments[seg];
            if (!converter.matches(segment)) {
                return;
            }
            Object value;
            try {
                value = converter.fromPath(segment);
            } catch (RuntimeException noMatch) {
                return;
            }
            values[depth] = value;
            visit(edge.child(), seg + 1, depth + 1);
        }
    }
}
