package dev.cairn.http.internal;

/**
 * Classifies octets by the character sets of RFC 9110 §5.6.2 (tchar), RFC 5234 (VCHAR, HEXDIG) and RFC 9110 §5.5
 * (field-vchar, obs-text), with one table lookup each.
 *
 * <p>
 * The run-skipping methods are the parsers' inner loops: they stop at the first octet outside the set, which is
 * where a parser has something to decide.
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
    private static final byte[] CLASSES = new byte[256];

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
        while (i < end && (CLASSES[buf[i] & 0xFF] & VCHAR) != 0) {
            i++;
        }
        return i;
    }

    /** The index of the first octet in {@code buf[i, end)} that may not appear in a field value, or {@code end}. */
    public static int skipFieldChars(byte[] buf, int i, int end) {
        while (i < end && (CLASSES[buf[i] & 0xFF] & FIELD_CHAR) != 0) {
            i++;
        }
        return i;
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
