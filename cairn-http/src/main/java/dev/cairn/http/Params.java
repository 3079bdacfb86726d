package dev.cairn.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable, ordered list of name/value pairs in which a name may repeat: the decoded fields of a query string
 * or an {@code application/x-www-form-urlencoded} body ({@link FormUrlEncoded}), or the cookies of a request
 * ({@link Cookies}).
 *
 * <p>
 * Names are case-sensitive, as the WHATWG URL standard and RFC 6265 treat them. {@link #first(String)} answers the
 * first value of a name and {@link #all(String)} every value in order, so a form that sends {@code tag=a&tag=b}
 * loses nothing. Iteration yields every pair in the order received.
 *
 * <p>
 * {@link #toString()} shows the names only: form fields and cookies carry passwords and session ids, and a logged
 * value must never carry a secret.
 */
public final class Params implements Iterable<Params.Param> {
    private static final Params EMPTY = new Params(new String[0], 0);

    /** Names and values interleaved: {@code [name0, value0, name1, value1, ...]}. */
    private final String[] fields;
    private final int size;

    private Params(String[] fields, int size) {
        this.fields = fields;
        this.size = size;
    }

    /** One name/value pair. */
    public record Param(String name, String value) {
        /** Checks that neither part is null. */
        public Param {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The empty list. */
    public static Params empty() {
        return EMPTY;
    }

    /**
     * Pairs from alternating names and values: {@code Params.of("q", "cairn", "page", "2")}.
     *
     * @throws IllegalArgumentException if the count is odd
     * @throws NullPointerException     if a name or value is null
     */
    public static Params of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Params.of takes names and values in pairs; got an odd count");
        }
        for (String s : namesAndValues) {
            Objects.requireNonNull(s, "a name or value is null");
        }
        return namesAndValues.length == 0 ? EMPTY : new Params(namesAndValues.clone(), namesAndValues.length / 2);
    }

    /** A builder that starts empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** How many pairs there are; a repeated name counts once per pair. */
    public int size() {
        return size;
    }

    /** Whether there are no pairs. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** The name of pair {@code i}. */
    public String name(int i) {
        return fields[2 * Objects.checkIndex(i, size)];
    }

    /** The value of pair {@code i}. */
    public String value(int i) {
        return fields[2 * Objects.checkIndex(i, size) + 1];
    }

    /** The first value of this name, or null when it is absent. */
    public String first(String name) {
        for (int i = 0; i < size * 2; i += 2) {
            if (fields[i].equals(name)) {
                return fields[i + 1];
            }
        }
        return null;
    }

    /** Every value of this name, in order; empty when it is absent. */
    public List<String> all(String name) {
        List<String> values = null;
        for (int i = 0; i < size * 2; i += 2) {
            if (fields[i].equals(name)) {
                if (values == null) {
                    values = new ArrayList<>(2);
                }
                values.add(fields[i + 1]);
            }
        }
        return values == null ? List.of() : Collections.unmodifiableList(values);
    }

    /** Whether this name is present, with any value (the empty string included). */
    public boolean contains(String name) {
        return first(name) != null;
    }

    /** The distinct names, in the order of their first appearance. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < size * 2; i += 2) {
            names.add(fields[i]);
        }
        return Collections.unmodifiableSet(names);
    }

    /** Every pair, in order. */
    @Override
    public Iterator<Param> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Param next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                Param p = new Param(fields[2 * next], fields[2 * next + 1]);
                next++;
                return p;
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Params p && p.size == size && Arrays.equals(fields, 0, size * 2, p.fields, 0, size * 2);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = 0; i < size * 2; i++) {
            h = 31 * h + fields[i].hashCode();
        }
        return h;
    }

    /** The names in order, values left out: {@code Params[user, password]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Params[");
        for (int i = 0; i < size * 2; i += 2) {
            sb.append(i == 0 ? "" : ", ").append(fields[i]);
        }
        return sb.append(']').toString();
    }

    /** Builds a {@link Params}; not thread-safe, and each {@link #build()} snapshots what was added. */
    public static final class Builder {
        private String[] fields = new String[16];
        private int size;

        private Builder() {}

        /** Appends a pair, keeping any earlier pairs with the same name. */
        public Builder add(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (size * 2 == fields.length) {
                fields = Arrays.copyOf(fields, fields.length * 2);
            }
            fields[size * 2] = name;
            fields[size * 2 + 1] = value;
            size++;
            return this;
        }

        /** How many pairs have been added. */
        public int size() {
            return size;
        }

        /** An immutable snapshot of the pairs added so far. */
        public Params build() {
            return size == 0 ? EMPTY : new Params(Arrays.copyOf(fields, size * 2), size);
        }
    }
}
