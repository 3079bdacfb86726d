package dev.cairn.web.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Says, for the journey, why each route before the match (or every route, when none matched) did not match a
 * path: the segment that differed, the converter that refused, the length, or the method.
 *
 * <p>
 * The trie never looks at most routes, so this walks the table linearly; it runs only while a journey is being
 * recorded, and stops after {@link #LIMIT} routes so a table of thousands does not flood the record.
 */
final class MissExplainer {

    /** The most routes explained for one request. */
    static final int LIMIT = 50;

    private MissExplainer() {}

    /** One entry per route examined: {@code {pattern, reason}}, in table order, before route {@code upTo}. */
    static <V> List<Map<String, String>> explain(List<CompiledRoute<V>> routes, int upTo, String[] segments,
            String method) {
        List<Map<String, String>> misses = new ArrayList<>();
        int end = Math.min(upTo, routes.size());
        for (int i = 0; i < end; i++) {
            if (misses.size() == LIMIT) {
                misses.add(Map.of("pattern", "…", "reason", (end - i) + " more routes not shown"));
                break;
            }
            CompiledRoute<V> route = routes.get(i);
            misses.add(Map.of("pattern", route.pattern(), "reason", reason(route, segments, method)));
        }
        return misses;
    }

    /** Why one route does not match; {@code "matches"} when it does (an earlier route with the same shape won). */
    static String reason(CompiledRoute<?> route, String[] segments, String method) {
        List<PatternParser.Part> parts = route.parts();
        int seg = 0;
        for (int p = 0; p < parts.size(); p++) {
            PatternParser.Part part = parts.get(p);
            if (seg >= segments.length) {
                return "the path ends before segment " + (p + 1);
            }
            if (part.isLiteral()) {
                if (!part.literal().equals(segments[seg])) {
                    return "segment " + (seg + 1) + " is '" + segments[seg] + "', not '" + part.literal() + "'";
                }
                seg++;
            } else if (part.converter() == BuiltinConverters.PATH) {
                // Greedy: whatever is left belongs to it, if the rest of the pattern is empty.
                int left = parts.size() - p - 1;
                if (segments.length - seg <= left || segments[seg].isEmpty()) {
                    return "<path:" + part.param() + "> has nothing to match";
                }
                seg = segments.length - left;
            } else {
                String reason = refusal(part, segments[seg], seg);
                if (reason != null) {
                    return reason;
                }
                seg++;
            }
        }
        if (seg < segments.length) {
            return "the path has " + (segments.length - seg) + " more segment(s)";
        }
        return route.accepts(method) ? "matches" : "does not accept " + method;
    }

    private static String refusal(PatternParser.Part part, String segment, int seg) {
        String param = "<" + part.converterName() + ":" + part.param() + ">";
        if (!part.converter().matches(segment)) {
            return "segment " + (seg + 1) + " '" + segment + "' is not a " + param;
        }
        try {
            part.converter().fromPath(segment);
            return null;
        } catch (RuntimeException e) {
            return param + " refused '" + segment + "': " + e.getMessage();
        }
    }
}
