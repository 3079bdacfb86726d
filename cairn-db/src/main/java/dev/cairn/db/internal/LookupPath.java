package dev.cairn.db.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A lookup path's parts ({@code "author__name__icontains"} is author, name, icontains), split without a regular
 * expression: {@code String.split} compiles one for a two-character separator, on every lookup of every query.
 */
public final class LookupPath {

    private static final String SEPARATOR = "__";

    private LookupPath() {}

    /** Every part, empty ones included ({@code "a____b"} has an empty middle part, which no field matches). */
    public static List<String> parts(String path) {
        List<String> parts = new ArrayList<>(4);
        int from = 0;
        for (int at = path.indexOf(SEPARATOR); at >= 0; at = path.indexOf(SEPARATOR, from)) {
            parts.add(path.substring(from, at));
            from = at + SEPARATOR.length();
        }
        parts.add(path.substring(from));
        return parts;
    }

    /** The first part: the field or annotation a lookup starts from. */
    public static String first(String path) {
        int at = path.indexOf(SEPARATOR);
        return at < 0 ? path : path.substring(0, at);
    }
}
