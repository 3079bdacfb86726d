package dev.cairn.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
public final class Headers {
    private static final Headers EMPTY = new Headers(new String[0], 0);
    private static final List<String> REDACTED = List.of("authorization", "proxy-authorization", "cookie",
            "set-cookie");

    /** Names and values interleaved: {@code [name0, value0, name1, value1, ...]}. */
    private final String[] fields;
    private final int size;

    private Headers(String[] fields, int size) {
        this.fields = fields;
        this.size = size;
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
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Headers.of takes names and values in pairs; got an odd count");
        }
        for (String s : namesAndValues) {
            Objects.requireNonNull(s, "a header name or value is null");
        }
        return namesAndValues.length == 0 ? EMPTY : new Headers(namesAndValues.clone(), namesAndValues.length / 2);
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

    /** How many field lines there are (a repeated name counts once per line). */
    public int size() {
        return size;
    }

    /** Whether there are no fields. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** The name of field {@code i}, in its original case. */
    public String name(int i) {
        return fields[2 * Objects.checkIndex(i, size)];
    }

    /** The value of field {@code i}. */
    public String value(int i) {
        return fields[2 * Objects.checkIndex(i, size) + 1];
    }

    /** The first value of the field with this name, case-insensitively, or null when there is none. */
    public String first(String name) {
        for (int i = 0; i < size * 2; i += 2) {
            if (fields[i].equalsIgnoreCase(name)) {
                return fields[i + 1];
            }
        }
        return null;
    }

    /** Every value of the field with this name, in order; empty when there is none. */
    public List<String> all(String name) {
        List<String> values = null;
        for (int i = 0; i < size * 2; i += 2) {
            if (fields[i].equalsIgnoreCase(name)) {
                if (values == null) {
                    values = new ArrayList<>(2);
                }
                values.add(fields[i + 1]);
            }
        }
        return values == null ? List.of() : Collections.unmodifiableList(values);
    }

    /** How many lines carry this name. */
    public int count(String name) {
        int n = 0;
        for (int i = 0; i < size * 2; i += 2) {
            if (fields[i].equalsIgnoreCase(name)) {
                n++;
            }
        }
        return n;
    }

    /** Whether a field with this name is present. */
    public boolean contains(String name) {
        return first(name) != null;
    }

    /**
     * Whether any value of this comma-separated list field holds {@code token}, case-insensitively, as one of
     * its elements (RFC 9110 §5.6.1): {@code containsToken("Connection", "close")}.
     */
    public boolean containsToken(String name, String token) {
        for (int i = 0; i < size * 2; i += 2) {
            if (fields[i].equalsIgnoreCase(name) && listContains(fields[i + 1], token)) {
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
            while (a < b && isOws(list.charAt(a))) {
                a++;
            }
            while (b > a && isOws(list.charAt(b - 1))) {
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

    private static boolean isOws(char c) {
        return c == ' ' || c == '\t';
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Headers h && h.size == size
                && Arrays.equals(fields, 0, size * 2, h.fields, 0, size * 2);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = 0; i < size * 2; i++) {
            h = 31 * h + fields[i].hashCode();
        }
        return h;
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
            if (size * 2 == fields.length) {
                fields = Arrays.copyOf(fields, fields.length * 2);
            }
            fields[size * 2] = name;
            fields[size * 2 + 1] = value;
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
            int w = 0;
            for (int r = 0; r < size * 2; r += 2) {
                if (!fields[r].equalsIgnoreCase(name)) {
                    fields[w] = fields[r];
                    fields[w + 1] = fields[r + 1];
                    w += 2;
                }
            }
            Arrays.fill(fields, w, size * 2, null);
            size = w / 2;
            return this;
        }

        /** The first value with this name as built so far, or null. */
        public String first(String name) {
            for (int i = 0; i < size * 2; i += 2) {
                if (fields[i].equalsIgnoreCase(name)) {
                    return fields[i + 1];
                }
            }
            return null;
        }

        /** An immutable snapshot of the fields added so far. */
        public Headers build() {
            return size == 0 ? EMPTY : new Headers(Arrays.copyOf(fields, size * 2), size);
        }
    }
}
