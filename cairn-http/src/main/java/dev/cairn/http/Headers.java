package dev.cairn.http;

import dev.cairn.http.internal.Ascii;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable list of HTTP fields (RFC 9110 §5): name/value pairs in the order they were received or added,
 * with the names' original case kept and looked up case-insensitively.
 *
 * <p>
 * Names and values are {@code String}s whose chars are the field's octets (ISO-8859-1), so the bytes that came
 * off the wire are exactly recoverable. A repeated field appears once per line, in order; {@link #all(String)}
 * returns every value and {@link #first(String)} the first.
 *
 * <p>
 * {@link #toString()} redacts {@code Authorization}, {@code Proxy-Authorization}, {@code Cookie} and
 * {@code Set-Cookie}, so a logged {@code Headers} never carries a secret.
 */
public final class Headers extends PairList {
    private static final Headers EMPTY = new Headers(new String[0], 0);
    private static final List<String> REDACTED = List.of("authorization", "proxy-authorization", "cookie",
            "set-cookie");
    /** Field names are case-insensitive (RFC 9110 §5.1). */
    private static final boolean IGNORE_CASE = true;

    private Headers(String[] fields, int size) {
        super(fields, size, IGNORE_CASE);
    }

    /** The empty list of fields. */
    public static Headers empty() {
        return EMPTY;
    }

    /**
     * Fields from alternating names and values: {@code Headers.of("Content-Type", "text/plain")}.
     *
     * @throws IllegalArgumentException if the count is odd or a name or value is null
     */
    public static Headers of(String... namesAndValues) {
        String[] fields = checkedCopy(namesAndValues, "Headers.of", "a header name or value is null");
        return fields.length == 0 ? EMPTY : new Headers(fields, fields.length / 2);
    }

    /**
     * Wraps an interleaved name/value array without copying. For parsers that have just built the array and
     * hand it over; the caller must not change it afterwards.
     */
    public static Headers wrap(String[] namesAndValues, int size) {
        if (size * 2 > namesAndValues.length) {
            throw new IllegalArgumentException("size " + size + " exceeds the array's " + namesAndValues.length
                    / 2 + " pairs");
        }
        return size == 0 ? EMPTY : new Headers(namesAndValues, size);
    }

    /** A builder that starts empty. */
    public static Builder builder() {
        return new Builder(8);
    }

    /** A builder that starts with these fields, to add to or change them. */
    public Builder toBuilder() {
        Builder b = new Builder(Math.max(8, size + 4));
        System.arraycopy(fields, 0, b.fields, 0, size * 2);
        b.size = size;
        return b;
    }

    /** How many lines carry this name, case-insensitively. */
    public int count(String name) {
        return countOf(name);
    }

    /**
     * Whether any value of this comma-separated list field holds {@code token}, case-insensitively, as one of
     * its elements (RFC 9110 §5.6.1): {@code containsToken("Connection", "close")}.
     */
    public boolean containsToken(String name, String token) {
        for (int i = find(name, 0); i >= 0; i = find(name, i + 2)) {
            if (listContains(fields[i + 1], token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean listContains(String list, String token) {
        int start = 0;
        int n = list.length();
        while (start <= n) {
            int comma = list.indexOf(',', start);
            int end = comma < 0 ? n : comma;
            int a = start;
            int b = end;
            while (a < b && Ascii.isOws(list.charAt(a))) {
                a++;
            }
            while (b > a && Ascii.isOws(list.charAt(b - 1))) {
                b--;
            }
            if (b - a == token.length() && list.regionMatches(true, a, token, 0, token.length())) {
                return true;
            }
            if (comma < 0) {
                return false;
            }
            start = comma + 1;
        }
        return false;
    }

    /** Whether this field's value must never be logged or shown. */
    public static boolean isSecret(String name) {
        for (String secret : REDACTED) {
            if (secret.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** The fields as {@code Name: value} lines, with secret values replaced by {@code [redacted]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < size * 2; i += 2) {
            sb.append(fields[i]).append(": ").append(isSecret(fields[i]) ? "[redacted]" : fields[i + 1]).append('\n');
        }
        return sb.toString();
    }

    /** Builds a {@link Headers}; not thread-safe, and each {@link #build()} snapshots what was added. */
    public static final class Builder {
        private String[] fields;
        private int size;

        private Builder(int capacity) {
            fields = new String[capacity * 2];
        }

        /** Appends a field line, keeping any earlier ones with the same name. */
        public Builder add(String name, String value) {
            Objects.requireNonNull(name, "header name");
            Objects.requireNonNull(value, "header value");
            fields = append(fields, size, name, value);
            size++;
            return this;
        }

        /** Removes every line with this name, then appends one with this value. */
        public Builder set(String name, String value) {
            remove(name);
            return add(name, value);
        }

        /** Removes every line with this name. */
        public Builder remove(String name) {
            size = removeAll(fields, size, name, IGNORE_CASE);
            return this;
        }

        /** The first value with this name as built so far, or null. */
        public String first(String name) {
            int i = find(fields, size, name, IGNORE_CASE, 0);
            return i < 0 ? null : fields[i + 1];
        }

        /** An immutable snapshot of the fields added so far. */
        public Headers build() {
            return size == 0 ? EMPTY : new Headers(Arrays.copyOf(fields, size * 2), size);
        }
    }
}
