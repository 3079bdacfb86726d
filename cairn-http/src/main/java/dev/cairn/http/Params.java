package dev.cairn.http;

import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
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
public final class Params extends PairList implements Iterable<Params.Param> {
    private static final Params EMPTY = new Params(new String[0], 0);
    /** Query, form and cookie names are case-sensitive (WHATWG URL, RFC 6265 §5.4). */
    private static final boolean IGNORE_CASE = false;

    private Params(String[] fields, int size) {
        super(fields, size, IGNORE_CASE);
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
        String[] fields = checkedCopy(namesAndValues, "Params.of", "a name or value is null");
        return fields.length == 0 ? EMPTY : new Params(fields, fields.length / 2);
    }

    /** A builder that starts empty. */
    public static Builder builder() {
        return new Builder();
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
            fields = append(fields, size, name, value);
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
