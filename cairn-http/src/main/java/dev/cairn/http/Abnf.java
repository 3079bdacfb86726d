package dev.cairn.http;

/**
 * The character classes of the ABNF rules that the codecs share (RFC 9110 §5.6, RFC 6265 §4.1.1, RFC 3986 §2), so
 * that a cookie name, a parameter name and a part's field name are all held to the same definition of a token.
 */
final class Abnf {
    /** {@code tchar} (RFC 9110 §5.6.2): the ASCII a token may hold, indexed by char. */
    private static final boolean[] TCHAR = new boolean[128];
    /** {@code cookie-octet} (RFC 6265 §4.1.1): printable ASCII minus DQUOTE, comma, semicolon and backslash. */
    private static final boolean[] COOKIE_OCTET = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            TCHAR[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            TCHAR[c] = true;
            TCHAR[c - 'a' + 'A'] = true;
        }
        for (char c : "!#$%&'*+-.^_`|~".toCharArray()) {
            TCHAR[c] = true;
        }
        for (char c = 0x21; c < 0x7F; c++) {
            COOKIE_OCTET[c] = c != '"' && c != ',' && c != ';' && c != '\\';
        }
    }

    private Abnf() {}

    /** Whether {@code c} is a {@code tchar}. */
    static boolean isTchar(int c) {
        return c < 128 && c >= 0 && TCHAR[c];
    }

    /** Whether {@code s} is a non-empty {@code token} (RFC 9110 §5.6.2). */
    static boolean isToken(String s) {
        return !s.isEmpty() && firstNonToken(s) < 0;
    }

    /** The index of the first char of {@code s} that is not a {@code tchar}, or -1 when there is none. */
    static int firstNonToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isTchar(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code c} is a {@code cookie-octet}. */
    static boolean isCookieOctet(int c) {
        return c < 128 && c >= 0 && COOKIE_OCTET[c];
    }

    /** Whether {@code c} is a control char (RFC 5234 CTL: 0x00–0x1F and DEL), horizontal tab included. */
    static boolean isCtl(int c) {
        return c < 0x20 || c == 0x7F;
    }

    /** Whether {@code c} is optional whitespace (RFC 9110 §5.6.3: SP or HTAB). */
    static boolean isOws(int c) {
        return c == ' ' || c == '\t';
    }

    /** The value of a hex digit, either case, or -1 when {@code c} is not one. */
    static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    /** {@code s[from, to)} without the optional whitespace at either end. */
    static String trimOws(String s, int from, int to) {
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
    static int indexOf(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return to;
    }

    /** Describes a char for an error message without echoing text: {@code 0x3B}. */
    static String describe(int c) {
        return String.format("0x%02X", c);
    }
}
