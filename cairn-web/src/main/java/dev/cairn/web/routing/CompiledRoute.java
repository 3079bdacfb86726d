package dev.cairn.web.routing;

import java.util.List;
import java.util.Set;

/**
 * A route to a view with everything resolving and reversing need worked out at build time: its position in the
 * flattened table, its full pattern and parts, its namespaced name.
 */
record CompiledRoute<V>(int index, Route<V> route, String pattern, List<PatternParser.Part> parts, String[] params,
        String name) {

    /** Tells whether this route accepts the method; {@code HEAD} goes wherever {@code GET} does (RFC 9110 §9.3.2). */
    boolean accepts(String method) {
        Set<String> methods = route.acceptedMethods();
        return methods.isEmpty() || methods.contains(method) || method.equals("HEAD") && methods.contains("GET");
    }

    /** The key two routes share exactly when they match the same paths: texts and converters, not names. */
    String shape() {
        StringBuilder sb = new StringBuilder();
        for (PatternParser.Part part : parts) {
            sb.append(part.isLiteral() ? "=" + part.literal() : "<" + part.converterName() + ">").append('/');
        }
        return sb.toString();
    }
}
