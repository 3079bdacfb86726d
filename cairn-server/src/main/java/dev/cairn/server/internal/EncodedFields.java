package dev.cairn.server.internal;

import java.util.Arrays;

/**
 * Header lines already checked and encoded, remembered by the identity of their name and value strings.
 *
 * <p>
 * A framework sends the same long values on every response (a Content-Security-Policy is a few hundred
 * characters, built once at start-up), and checking and copying them a char at a time cost more than the rest of
 * the head. A pair seen twice in a row in its slot is encoded once and then copied as bytes. The strings'
 * identity, not their content, is the key: a String is immutable, so the same object always encodes the same,
 * and comparing references costs nothing. A remembered line keeps its slot: values made per response (an ETag, a
 * Location) pass through empty or unsettled slots and never push out the constants.
 *
 * <p>
 * Shared by every connection's thread without locks: the slots hold immutable {@link Line}s, whose final fields
 * make a racy publication safe; a lost update only means one more encoding.
 */
final class EncodedFields {

    /** Values shorter than this are copied about as cheaply as they are looked up. */
    static final int MIN_VALUE_LENGTH = 8;
    private static final int SLOTS = 256;

    /** A name and value, and their encoded line ({@code name: value\r\n}) once the pair has been seen twice. */
    private record Line(String name, String value, byte[] bytes) {}

    private static final Line[] LINES = new Line[SLOTS];

    private EncodedFields() {}

    /** The encoded line for exactly these strings, or null if it is not (yet) remembered. */
    static byte[] find(String name, String value) {
        Line line = LINES[slot(name, value)];
        return line != null && line.value() == value && line.name() == name ? line.bytes() : null;
    }

    /**
     * Notes that this pair was just checked and written as {@code buf[from, to)}: the first time it is only
     * noted; the second time its bytes are kept.
     */
    static void written(String name, String value, byte[] buf, int from, int to) {
        int slot = slot(name, value);
        Line line = LINES[slot];
        boolean seen = line != null && line.value() == value && line.name() == name;
        if (seen) {
            LINES[slot] = new Line(name, value, Arrays.copyOfRange(buf, from, to));
        } else if (line == null || line.bytes() == null) {
            LINES[slot] = new Line(name, value, null);
        }
    }

    private static int slot(String name, String value) {
        return (System.identityHashCode(value) * 31 + System.identityHashCode(name)) & (SLOTS - 1);
    }
}
