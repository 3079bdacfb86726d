package dev.cairn.web;

/** Parses a {@code Range: bytes=...} header (RFC 9110 §14.1.2) for one range of a representation. */
final class ByteRange {

    private static final long[] UNSATISFIABLE = new long[0];

    private ByteRange() {}

    /**
     * Returns {@code {first, last}} (inclusive, clamped to the size) for a single satisfiable range; an empty
     * array when no byte of the range exists (416); null when the header is to be ignored (malformed, another
     * unit, or several ranges), which means sending the whole representation.
     */
    static long[] parse(String header, long size) {
        String value = header.strip();
        if (!value.regionMatches(true, 0, "bytes=", 0, 6)) {
            return null;
        }
        String spec = value.substring(6).strip();
        if (spec.indexOf(',') >= 0) {
            return null;
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        String first = spec.substring(0, dash).strip();
        String last = spec.substring(dash + 1).strip();
        if (!digits(first) && !first.isEmpty() || !digits(last) && !last.isEmpty()
                || first.isEmpty() && last.isEmpty()) {
            return null;
        }
        if (first.isEmpty()) {
            long suffix = Long.parseLong(last);
            if (suffix == 0 || size == 0) {
                return UNSATISFIABLE;
            }
            return new long[]{Math.max(0, size - suffix), size - 1};
        }
        long start = Long.parseLong(first);
        if (!last.isEmpty() && Long.parseLong(last) < start) {
            // RFC 9110 §14.1.1: a last-pos before the first-pos makes the range invalid, so it is ignored.
            return null;
        }
        if (start >= size) {
            // Open-ended or not, a range starting past the end has no byte to send (§14.1.2).
            return UNSATISFIABLE;
        }
        long end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
        return new long[]{start, end};
    }

    /** One to eighteen ASCII digits, so the value fits a long. */
    private static boolean digits(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
