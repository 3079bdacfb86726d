package dev.cairn.web.routing;

import dev.cairn.http.PercentCodec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Builds paths from route names and values, Django's {@code reverse()}: each value goes through its converter's
 * {@code toPath}, is checked against the converter as Django checks it against the pattern, and is
 * percent-encoded, so that resolving the path gives back the same values.
 */
final class Reverser<V> {
    private final Map<String, CompiledRoute<V>> byName;

    Reverser(Map<String, CompiledRoute<V>> byName) {
        this.byName = byName;
    }

    String reverse(String name, Object[] args) {
        CompiledRoute<V> route = route(name);
        if (args.length != route.params().length) {
            throw new NoReverseMatch("reverse('" + name + "') takes " + route.params().length + " argument(s) "
                    + List.of(route.params()) + " for pattern '" + route.pattern() + "'; got " + args.length);
        }
        return build(route, args);
    }

    String reverse(String name, Map<String, ?> kwargs) {
        CompiledRoute<V> route = route(name);
        String[] params = route.params();
        if (kwargs.size() != params.length || !kwargs.keySet().containsAll(List.of(params))) {
            throw new NoReverseMatch("reverse('" + name + "') takes keyword arguments " + List.of(params)
                    + " for pattern '" + route.pattern() + "'; got " + kwargs.keySet());
        }
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            args[i] = kwargs.get(params[i]);
        }
        return build(route, args);
    }

    private CompiledRoute<V> route(String name) {
        CompiledRoute<V> route = byName.get(name);
        if (route == null) {
            List<String> close = closeNames(name);
            String hint = close.isEmpty()
                    ? "none is close among " + byName.size() + " named routes"
                    : "did you mean " + String.join(", ", close) + "?";
            throw new NoReverseMatch("reverse('" + name + "'): no route has that name; " + hint);
        }
        return route;
    }

    @SuppressWarnings("unchecked")
    private static String build(CompiledRoute<?> route, Object[] args) {
        StringBuilder sb = new StringBuilder(route.pattern().length() + 16).append('/');
        int arg = 0;
        List<PatternParser.Part> parts = route.parts();
        for (int i = 0; i < parts.size(); i++) {
            PatternParser.Part part = parts.get(i);
            if (i > 0) {
                sb.append('/');
            }
            if (part.isLiteral()) {
                sb.append(PercentCodec.encodePathSegment(part.literal()));
                continue;
            }
            Object value = args[arg++];
            String text;
            try {
                text = value == null ? null : ((Converter<Object>) part.converter()).toPath(value);
            } catch (RuntimeException e) {
                text = null;
            }
            if (text == null || !part.converter().matches(text)) {
                throw new NoReverseMatch("reverse('" + route.name() + "'): argument '" + part.param() + "' = "
                        + (value == null ? "null" : "'" + value + "' (" + value.getClass().getSimpleName() + ")")
                        + " does not fit converter '" + part.converterName() + "' in pattern '" + route.pattern()
                        + "'");
            }
            String[] pieces = part.converter() == BuiltinConverters.PATH ? text.split("/", -1) : new String[]{text};
            for (int p = 0; p < pieces.length; p++) {
                if (pieces[p].equals(".") || pieces[p].equals("..")) {
                    // Clients remove dot segments before sending (RFC 3986 §5.2.4), even written as %2E: such a
                    // link would lead somewhere else.
                    throw new NoReverseMatch("reverse('" + route.name() + "'): argument '" + part.param() + "' = '"
                            + text + "' would put a '" + pieces[p] + "' segment in the path, which clients remove"
                            + " (RFC 3986 §5.2.4); pass a value without it");
                }
                sb.append(p > 0 ? "/" : "").append(PercentCodec.encodePathSegment(pieces[p]));
            }
        }
        // A path starting with '//' would be read as a scheme-relative URL to another host; Django escapes it too.
        return sb.length() > 1 && sb.charAt(1) == '/' ? "/%2F" + sb.substring(2) : sb.toString();
    }

    /** Names within two edits, or that contain the name or are contained in it, nearest first, at most three. */
    private List<String> closeNames(String name) {
        List<String> close = new ArrayList<>();
        for (String candidate : byName.keySet()) {
            if (distance(name, candidate) <= 2 || candidate.contains(name) || name.contains(candidate)) {
                close.add(candidate);
            }
        }
        close.sort(Comparator.comparingInt((String c) -> distance(name, c)).thenComparing(c -> c));
        return close.subList(0, Math.min(3, close.size()));
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
