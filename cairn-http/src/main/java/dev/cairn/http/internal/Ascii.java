package dev.cairn.http.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Classifies octets and chars by the character sets of RFC 9110 §5.6.2 (tchar), RFC 5234 (VCHAR, HEXDIG, CTL),
 * RFC 9110 §5.5 (field-vchar, obs-text) and RFC 6265 §4.1.1 (cookie-octet), with one table lookup each, so that the
 * request parser and the codecs (a cookie name, a parameter name, a part's field name) hold text to one definition
 * of each set.
 *
 * <p>
 * The {@code byte} methods serve the parsers, which read octets; the {@code int} methods serve the codecs, which
 * read the chars of a {@code String} and must answer false (or -1) for any char outside the set, however large.
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
    private static final byte COOKIE_OCTET = 32;
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
        // cookie-octet: printable ASCII minus DQUOTE, comma, semicolon and backslash (RFC 6265 §4.1.1).
        for (char c = 0x21; c <= 0x7E; c++) {
            if (c != '"' && c != ',' && c != ';' && c != '\\') {
                CLASSES[c] |= COOKIE_OCTET;
            }
        }
    }

    private Ascii() {}

    /** Whether the octet may appear in a token (RFC 9110 §5.6.2). */
    public static boolean isTchar(byte b) {
        return (CLASSES[b & 0xFF] & TCHAR) != 0;
    }

    /** Whether the char may appear in a token (RFC 9110 §5.6.2); false for any value outside 0 to 0xFF. */
    public static boolean isTchar(int c) {
        return c >= 0 && c <= 0xFF && (CLASSES[c] & TCHAR) != 0;
    }

    /** Whether the char is a cookie-octet (RFC 6265 §4.1.1); false for any value outside 0 to 0xFF. */
    public static boolean isCookieOctet(int c) {
        return c >= 0 && c <= 0xFF && (CLASSES[c] & COOKIE_OCTET) != 0;
    }

    /** Whether the char is a control (RFC 5234 CTL: 0x00 to 0x1F and DEL), horizontal tab included. */
    public static boolean isCtl(int c) {
        return c < 0x20 || c == 0x7F;
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

    /** The value of a hexadecimal digit, either case, or -1 if the char is not one. */
    public static int hexValue(int c) {
        // Narrowing is safe only inside 0 to 0xFF; outside it, (byte) c could land on a digit.
        return c >= 0 && c <= 0xFF ? hexValue((byte) c) : -1;
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

    /** Whether the string is a non-empty token (RFC 9110 §5.6.2). */
    public static boolean isToken(String s) {
        return !s.isEmpty() && firstNonToken(s) < 0;
    }

    /** The index of the first char of {@code s} that is not a tchar, or -1 when there is none. */
    public static int firstNonToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isTchar(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code s[from, to)} without the optional whitespace (SP, HTAB) at either end. */
    public static String trimOws(String s, int from, int to) {
        while (from < to && isOws(s.charAt(from))) {
            from++;
        }
        while (to > from && isOws(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    /**
     * The index of {@code c} in {@code s[from, to)}, or {@code to} when it is not there. Bounded, unlike
     * {@link String#indexOf(int, int)}, so splitting {@code a;b;c;...} does not scan the rest of the text once per
     * piece.
     */
    public static int indexOf(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return to;
    }

    /** Describes a char for an error message without echoing text: {@code 0x3B}. */
    public static String describe(int c) {
        return String.format("0x%02X", c);
    }
}
