package dev.cairn.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The storage and lookup that {@link Headers} and {@link Params} share: an ordered list of name/value pairs, a name
 * possibly repeated, held in one interleaved array {@code [name0, value0, name1, value1, ...]} so that a lookup walks
 * one array with no per-pair object.
 *
 * <p>
 * The two differ in how names compare: field names are case-insensitive (RFC 9110 §5.1), query, form and cookie
 * names case-sensitive (WHATWG URL, RFC 6265 §5.4). That is a final boolean checked in the loop rather than a
 * strategy object, so a lookup on the server's hot path makes no virtual call and allocates nothing.
 *
 * <p>
 * The static methods work on a bare array and a pair count, so the builders (which grow their own array) use the
 * same code as the immutable lists.
 */
abstract sealed class PairList permits Headers, Params {
    /** Names and values interleaved: {@code [name0, value0, name1, value1, ...]}; never changed once built. */
    final String[] fields;
    /** How many pairs of {@link #fields} are in use; the array may be longer. */
    final int size;
    private final boolean ignoreCase;

    PairList(String[] fields, int size, boolean ignoreCase) {
        this.fields = fields;
        this.size = size;
        this.ignoreCase = ignoreCase;
    }

    /** How many pairs there are; a repeated name counts once per pair. */
    public final int size() {
        return size;
    }

    /** Whether there are no pairs. */
    public final boolean isEmpty() {
        return size == 0;
    }

    /** The name of pair {@code i}, in its original case. */
    public final String name(int i) {
        return fields[2 * Objects.checkIndex(i, size)];
    }

    /** The value of pair {@code i}. */
    public final String value(int i) {
        return fields[2 * Objects.checkIndex(i, size) + 1];
    }

    /** The first value with this name, or null when there is none. */
    public final String first(String name) {
        int i = find(fields, size, name, ignoreCase, 0);
        return i < 0 ? null : fields[i + 1];
    }

    /** Every value with this name, in order; empty when there is none. */
    public final List<String> all(String name) {
        List<String> values = null;
        for (int i = find(fields, size, name, ignoreCase, 0); i >= 0; i = find(fields, size, name, ignoreCase, i + 2)) {
            if (values == null) {
                values = new ArrayList<>(2);
            }
            values.add(fields[i + 1]);
        }
        return values == null ? List.of() : Collections.unmodifiableList(values);
    }

    /** Whether a pair with this name is present, with any value (the empty string included). */
    public final boolean contains(String name) {
        return find(fields, size, name, ignoreCase, 0) >= 0;
    }

    /** How many pairs carry this name; package-private because only {@link Headers} offers it. */
    final int countOf(String name) {
        int n = 0;
        for (int i = find(fields, size, name, ignoreCase, 0); i >= 0; i = find(fields, size, name, ignoreCase, i + 2)) {
            n++;
        }
        return n;
    }

    /** The array index of the first name at or after array index {@code from} that matches, or -1. */
    final int find(String name, int from) {
        return find(fields, size, name, ignoreCase, from);
    }

    /**
     * Equal to a list of the same class with the same pairs in the same order, names compared exactly: a
     * {@code Headers} never equals a {@code Params}, and {@code Content-Type} differs from {@code content-type} as a
     * recorded name even where lookups would treat them alike.
     */
    @Override
    public final boolean equals(Object o) {
        return o instanceof PairList p && p.getClass() == getClass() && p.size == size
                && Arrays.equals(fields, 0, size * 2, p.fields, 0, size * 2);
    }

    /** A hash of every name and value in order, consistent with {@link #equals(Object)}. */
    @Override
    public final int hashCode() {
        int h = 1;
        for (int i = 0; i < size * 2; i++) {
            h = 31 * h + fields[i].hashCode();
        }
        return h;
    }

    /**
     * A copy of alternating names and values, checked for the {@code of} factories.
     *
     * @param factory     how the caller is named in the message for an odd count, e.g. {@code "Headers.of"}
     * @param nullMessage the message for a null name or value
     * @throws IllegalArgumentException if the count is odd
     * @throws NullPointerException     if a name or value is null
     */
    static String[] checkedCopy(String[] namesAndValues, String factory, String nullMessage) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException(factory + " takes names and values in pairs; got an odd count");
        }
        for (String s : namesAndValues) {
            Objects.requireNonNull(s, nullMessage);
        }
        return namesAndValues.clone();
    }

    /**
     * The array index of the first name in {@code fields[from, 2 * size)} equal to {@code name}, or -1. {@code from}
     * is an array index, so it is even.
     */
    static int find(String[] fields, int size, String name, boolean ignoreCase, int from) {
        for (int i = from; i < size * 2; i += 2) {
            if (ignoreCase ? fields[i].equalsIgnoreCase(name) : fields[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Puts a pair after the {@code size} pairs of {@code fields}, doubling the array when it is full, and returns the
     * array to keep (the same one, or its grown copy).
     */
    static String[] append(String[] fields, int size, String name, String value) {
        if (size * 2 == fields.length) {
            fields = Arrays.copyOf(fields, fields.length * 2);
        }
        fields[size * 2] = name;
        fields[size * 2 + 1] = value;
        return fields;
    }

    /**
     * Removes every pair with this name from the first {@code size} pairs of {@code fields}, keeping the order of the
     * rest and clearing the freed slots so they hold no stale strings, and returns the pair count left.
     */
    static int removeAll(String[] fields, int size, String name, boolean ignoreCase) {
        int w = 0;
        for (int r = 0; r < size * 2; r += 2) {
            if (!(ignoreCase ? fields[r].equalsIgnoreCase(name) : fields[r].equals(name))) {
                fields[w] = fields[r];
                fields[w + 1] = fields[r + 1];
                w += 2;
            }
        }
        Arrays.fill(fields, w, size * 2, null);
        return w / 2;
    }
}
