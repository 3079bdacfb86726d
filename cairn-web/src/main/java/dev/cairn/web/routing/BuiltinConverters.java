package dev.cairn.web.routing;

import java.util.Map;
import java.util.UUID;

/**
 * Django's five path converters, matched by hand-written loops rather than regular expressions because they run
 * on every resolution.
 */
final class BuiltinConverters {
    /** {@code [0-9]+} as a {@link Long}; too many digits for a long is no match. */
    static final Converter<Number> INT = new Converter<>() {
        @Override
        public boolean matches(String segment) {
            if (segment.isEmpty()) {
                return false;
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Number fromPath(String segment) {
            return Long.parseLong(segment);
        }

        @Override
        public String toPath(Number value) {
            boolean integral = value instanceof Long || value instanceof Integer || value instanceof Short
                    || value instanceof Byte;
            if (!integral || value.longValue() < 0) {
                throw new IllegalArgumentException("int takes a non-negative Long, Integer, Short or Byte");
            }
            return Long.toString(value.longValue());
        }
    };

    /** Any non-empty segment, kept as a string; a {@code %2F} in it stays inside the one segment. */
    static final Converter<String> STR = new TextConverter() {
        @Override
        public boolean matches(String segment) {
            return !segment.isEmpty();
        }
    };

    /** {@code [-a-zA-Z0-9_]+}: ASCII letters, digits, hyphens and underscores. */
    static final Converter<String> SLUG = new TextConverter() {
        @Override
        public boolean matches(String segment) {
            if (segment.isEmpty()) {
                return false;
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
                        || c == '_';
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
    };

    /** A lowercase canonical UUID, {@code 8-4-4-4-12} hex digits, as a {@link UUID}. */
    static final Converter<UUID> UUID_CONVERTER = new Converter<>() {
        @Override
        public boolean matches(String segment) {
            if (segment.length() != 36) {
                return false;
            }
            for (int i = 0; i < 36; i++) {
                char c = segment.charAt(i);
                boolean ok = i == 8 || i == 13 || i == 18 || i == 23
                        ? c == '-'
                        : c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public UUID fromPath(String segment) {
            return UUID.fromString(segment);
        }

        @Override
        public String toPath(UUID value) {
            return value.toString();
        }
    };

    /**
     * Any non-empty text, {@code /} included: the resolver lets it consume one or more segments (as many as it
     * can, like Django's greedy {@code .+}) and joins them with {@code /}.
     */
    static final Converter<String> PATH = new TextConverter() {
        @Override
        public boolean matches(String segment) {
            return !segment.isEmpty();
        }
    };

    /** A converter whose value is the segment's text itself; each instance says which segments match. */
    private abstract static class TextConverter implements Converter<String> {
        @Override
        public final String fromPath(String segment) {
            return segment;
        }

        @Override
        public final String toPath(String value) {
            return value;
        }
    }

    /** The converters every resolver knows, by the names patterns use. */
    static final Map<String, Converter<?>> ALL = Map.of("int", INT, "str", STR, "slug", SLUG, "uuid",
            UUID_CONVERTER, "path", PATH);

    private BuiltinConverters() {}
}
