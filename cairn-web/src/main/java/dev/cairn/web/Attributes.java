package dev.cairn.web;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request's attributes: a handful of names (a CSP nonce, a session, a user) in one array, looked up by
 * scanning, which for so few beats hashing and costs one allocation instead of a table and a node each.
 * Names are compared by identity first, since they are nearly always the same constants.
 */
final class Attributes {

    private Object[] pairs = new Object[8];
    private int size;

    Object get(String name) {
        int at = indexOf(name);
        return at < 0 ? null : pairs[at + 1];
    }

    void put(String name, Object value) {
        Objects.requireNonNull(name, "name");
        int at = indexOf(name);
        if (at >= 0) {
            pairs[at + 1] = value;
            return;
        }
        if (size * 2 == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[size * 2] = name;
        pairs[size * 2 + 1] = value;
        size++;
    }

    void remove(String name) {
        int at = indexOf(name);
        if (at >= 0) {
            System.arraycopy(pairs, at + 2, pairs, at, size * 2 - at - 2);
            size--;
            pairs[size * 2] = null;
            pairs[size * 2 + 1] = null;
        }
    }

    /** A read-only snapshot in the order set. */
    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size * 2; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    private int indexOf(String name) {
        int n = size * 2;
        for (int i = 0; i < n; i += 2) {
            if (pairs[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < n; i += 2) {
            if (pairs[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
