package dev.cairn.http.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Classifies octets by the character sets of RFC 9110 §5.6.2 (tchar), RFC 5234 (VCHAR, HEXDIG) and RFC 9110 §5.5
 * (field-vchar, obs-text), with one table lookup each.
 *
 * <p>
 * The run-skipping methods are the parsers' inner loops: they stop at the first octet outside the set, which is
 * where a parser has something to decide. The two that cross long runs (targets, field values) look at eight
 * octets at a time first, with the SWAR tests of Hacker's Delight §6-1 ("find a byte less than n").
 */
public final class Ascii {
    /** Carriage return, the first octet of a line ending. */
    public static final byte CR = '\r';
    /** Line feed, the second octet of a line ending. */
    public static final byte LF = '\n';
    /** Space. */
    public static final byte SP = ' ';
    /** Horizontal tab, which with SP makes up OWS (RFC 9110 §5.6.3). */
    public static final byte HTAB = '\t';

    private static final byte TCHAR = 1;
    private static final byte VCHAR = 2;
    private static final byte FIELD_CHAR = 4;
    private static final byte HEXDIG = 8;
    private static final byte REG_NAME = 16;
    private static final byte[] CLASSES = new byte[256];
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    static {
        for (int c = 0x21; c <= 0x7E; c++) {
            CLASSES[c] |= VCHAR | FIELD_CHAR;
        }
        // obs-text, SP and HTAB may appear inside a field value (RFC 9110 §5.5).
        for (int c = 0x80; c <= 0xFF; c++) {
            CLASSES[c] |= FIELD_CHAR;
        }
        CLASSES[' '] |= FIELD_CHAR;
        CLASSES['\t'] |= FIELD_CHAR;
        for (char c : "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray()) {
            CLASSES[c] |= TCHAR;
        }
        for (char c : "0123456789abcdefABCDEF".toCharArray()) {
            CLASSES[c] |= HEXDIG;
        }
        // reg-name = *( unreserved / pct-encoded / sub-delims ) (RFC 3986 §3.2.2)
        for (char c : "-._~%!$&'()*+,;=0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray()) {
            CLASSES[c] |= REG_NAME;
        }
    }

    private Ascii() {}

    /** Whether the octet may appear in a token (RFC 9110 §5.6.2). */
    public static boolean isTchar(byte b) {
        return (CLASSES[b & 0xFF] & TCHAR) != 0;
    }

    /** Whether the octet is a visible US-ASCII character, 0x21 to 0x7E. */
    public static boolean isVchar(byte b) {
        return (CLASSES[b & 0xFF] & VCHAR) != 0;
    }

    /** Whether the octet may appear inside a field value: VCHAR, obs-text, SP or HTAB. */
    public static boolean isFieldChar(byte b) {
        return (CLASSES[b & 0xFF] & FIELD_CHAR) != 0;
    }

    /** Whether the char may appear in a URI's reg-name: unreserved, sub-delims or {@code %} (RFC 3986 §3.2.2). */
    public static boolean isRegNameChar(char c) {
        return c <= 0xFF && (CLASSES[c] & REG_NAME) != 0;
    }

    /** Whether the char is SP or HTAB, the optional whitespace of RFC 9110 §5.6.3. */
    public static boolean isOws(int c) {
        return c == ' ' || c == '\t';
    }

    /** The value of a hexadecimal digit, or -1 if the octet is not one. */
    public static int hexValue(byte b) {
        if ((CLASSES[b & 0xFF] & HEXDIG) == 0) {
            return -1;
        }
        return b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
    }

    /** The index of the first octet in {@code buf[i, end)} that is not a tchar, or {@code end}. */
    public static int skipTchars(byte[] buf, int i, int end) {
        while (i < end && (CLASSES[buf[i] & 0xFF] & TCHAR) != 0) {
            i++;
        }
        return i;
    }

    /** The index of the first octet in {@code buf[i, end)} that is not a VCHAR, or {@code end}. */
    public static int skipVchars(byte[] buf, int i, int end) {
        // Eight at a time while no octet is below 0x21, 0x7F, or above it; the loop below finds which one.
        while (i + 8 <= end) {
            long x = (long) LONGS.get(buf, i);
            if ((below(x, 0x21) | zero(x ^ 0x7F * ONES) | (x & HIGHS)) != 0) {
                break;
            }
            i += 8;
        }
        while (i < end && (CLASSES[buf[i] & 0xFF] & VCHAR) != 0) {
            i++;
        }
        return i;
    }

    /** The index of the first octet in {@code buf[i, end)} that may not appear in a field value, or {@code end}. */
    public static int skipFieldChars(byte[] buf, int i, int end) {
        // Eight at a time while no octet is a control (below SP, or DEL); HTAB also stops it, and is rare.
        while (i + 8 <= end) {
            long x = (long) LONGS.get(buf, i);
            if ((below(x, 0x20) | zero(x ^ 0x7F * ONES)) != 0) {
                break;
            }
            i += 8;
        }
        while (i < end && (CLASSES[buf[i] & 0xFF] & FIELD_CHAR) != 0) {
            i++;
        }
        return i;
    }

    /** Non-zero if some octet of x below 0x80 is below n; never zero when one is (false alarms only cost time). */
    private static long below(long x, int n) {
        return (x - n * ONES) & ~x & HIGHS;
    }

    /** Non-zero if some octet of x is zero; never zero when one is. */
    private static long zero(long x) {
        return (x - ONES) & ~x & HIGHS;
    }

    /** Whether the string is a non-empty token. */
    public static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c > 0xFF || (CLASSES[c] & TCHAR) == 0) {
                return false;
            }
        }
        return true;
    }
}
