package dev.cairn.web.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Parses a full route pattern into its segments, checking it the way Django's {@code check_url_config} does, but
 * as errors: a pattern that cannot work stops the build with a check id and a fix.
 */
final class PatternParser {
    private final Map<String, Converter<?>> converters;

    PatternParser(Map<String, Converter<?>> converters) {
        this.converters = converters;
    }

    /**
     * One segment of a pattern: text matched exactly ({@code converter} null), or a converter filling the segment.
     */
    record Part(String literal, String converterName, Converter<?> converter, String param) {
        boolean isLiteral() {
            return converter == null;
        }
    }

    /** Parses {@code pattern} (prefixes of includes already joined) into one part per {@code /}-separated segment. */
    List<Part> parse(String pattern) {
        List<Part> parts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int start = 0;
        while (true) {
            int slash = pattern.indexOf('/', start);
            int end = slash < 0 ? pattern.length() : slash;
            parts.add(segment(pattern, start, end, seen));
            if (slash < 0) {
                return parts;
            }
            start = slash + 1;
        }
    }

    private Part segment(String pattern, int start, int end, Map<String, Integer> seen) {
        int open = indexOf(pattern, '<', start, end);
        int close = indexOf(pattern, '>', start, end);
        if (open < 0 && close < 0) {
            return new Part(pattern.substring(start, end), null, null, null);
        }
        if (open < 0 || close >= 0 && close < open) {
            throw new RoutingException("routing.E003", "pattern '" + pattern + "' has a '>' without a '<' at column "
                    + close + "; write parameters as '<converter:name>'");
        }
        if (close < 0 || indexOf(pattern, '<', open + 1, close) >= 0) {
            int stop = indexOf(pattern, '<', open + 1, end);
            int at = stop < 0 ? end : stop;
            throw new RoutingException("routing.E002", "pattern '" + pattern + "' has an unclosed '<' at column "
                    + open + "; write '" + pattern.substring(0, at) + ">" + pattern.substring(at) + "'");
        }
        String inside = pattern.substring(open + 1, close);
        int colon = inside.indexOf(':');
        String converterName = colon < 0 ? "str" : inside.substring(0, colon);
        String param = colon < 0 ? inside : inside.substring(colon + 1);
        checkParam(pattern, open, converterName, param);
        Converter<?> converter = converters.get(converterName);
        if (converter == null) {
            throw new RoutingException("routing.E001", "pattern '" + pattern + "' uses unknown converter '"
                    + converterName + "' at column " + open + "; use one of " + new TreeSet<>(converters.keySet())
                    + " or register it with Resolver.builder().converter(\"" + converterName + "\", ...)");
        }
        if (open != start || close != end - 1) {
            throw new RoutingException("routing.E008", "pattern '" + pattern + "' mixes text and a parameter in one"
                    + " segment at column " + start + "; a parameter fills a whole segment between '/'s, as in '"
                    + pattern.substring(0, start) + pattern.substring(open, close + 1) + "/'");
        }
        Integer before = seen.putIfAbsent(param, open);
        if (before != null) {
            throw new RoutingException("routing.E004", "pattern '" + pattern + "' names parameter '" + param
                    + "' twice (columns " + before + " and " + open + "); give each parameter its own name");
        }
        return new Part(null, converterName, converter, param);
    }

    private static void checkParam(String pattern, int open, String converterName, String param) {
        if (param.isEmpty()) {
            throw new RoutingException("routing.E003", "pattern '" + pattern + "' has an empty parameter name at"
                    + " column " + open + "; name it, as in '<" + converterName + ":pk>'");
        }
        if (converterName.isEmpty()) {
            throw new RoutingException("routing.E003", "pattern '" + pattern + "' has an empty converter name at"
                    + " column " + open + "; write '<" + param + ">' for str or '<int:" + param + ">'");
        }
        if (!isIdentifier(param)) {
            throw new RoutingException("routing.E003", "pattern '" + pattern + "' has parameter name '" + param
                    + "' at column " + open + ", which is not an identifier; use ASCII letters, digits and '_',"
                    + " not starting with a digit");
        }
    }

    /** Tells whether {@code s} is {@code [A-Za-z_][A-Za-z0-9_]*}, a name every template and language accepts. */
    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(String s, char c, int from, int to) {
        int i = s.indexOf(c, from);
        return i >= 0 && i < to ? i : -1;
    }
}
