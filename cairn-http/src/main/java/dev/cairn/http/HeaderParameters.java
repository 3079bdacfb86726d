package dev.cairn.http;

import dev.cairn.http.internal.Ascii;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the parameters of a field value such as {@code multipart/form-data; boundary="x"} or
 * {@code form-data; name="f"; filename*=UTF-8''a%20b.txt} (RFC 9110 §5.6.6, RFC 8187).
 *
 * <p>
 * Lenient where senders differ and strict where the meaning would be lost: a parameter without {@code =} is
 * skipped; an unquoted value runs to the next {@code ;} or whitespace, so a boundary with a {@code :} or
 * {@code /} that should have been quoted still works; in a quoted string {@code \"} and {@code \\} are escapes but
 * any other backslash is kept, because old browsers sent Windows paths ({@code C:\dir\a.txt}) unescaped. An
 * unterminated quoted string, or text after a quoted string before the next {@code ;}, makes the whole value
 * malformed.
 */
final class HeaderParameters {
    private HeaderParameters() {}

    /** The value before the first {@code ;}, without surrounding whitespace: {@code multipart/form-data}. */
    static String mainValue(String field) {
        return Ascii.trimOws(field, 0, Ascii.indexOf(field, ';', 0, field.length()));
    }

    /** The parameters after the main value, names lower-cased, in order; null when malformed. */
    static Params parse(String field) {
        Params.Builder out = Params.builder();
        int n = field.length();
        int i = Ascii.indexOf(field, ';', 0, n);
        while (i < n) {
            i = skipOws(field, i + 1);
            int eq = i;
            while (eq < n && field.charAt(eq) != '=' && field.charAt(eq) != ';') {
                eq++;
            }
            if (eq == n || field.charAt(eq) == ';') {
                i = eq; // no '=': skip this parameter
                continue;
            }
            String name = Ascii.trimOws(field, i, eq).toLowerCase(Locale.ROOT);
            int valueStart = skipOws(field, eq + 1);
            StringBuilder value = new StringBuilder();
            i = valueStart < n && field.charAt(valueStart) == '"'
                    ? quoted(field, valueStart + 1, value)
                    : unquoted(field, valueStart, value);
            if (i < 0) {
                return null;
            }
            out.add(name, value.toString());
        }
        return out.build();
    }

    /** Reads a quoted string's content from {@code s[from]} into {@code out}; the index of the next ';' or -1. */
    private static int quoted(String s, int from, StringBuilder out) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                int end = skipOws(s, i + 1);
                return end == s.length() || s.charAt(end) == ';' ? end : -1;
            }
            if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\\')) {
                c = s.charAt(++i);
            }
            out.append(c);
            i++;
        }
        return -1;
    }

    /** Reads a bare value into {@code out}; the index of the next ';' or -1 when text follows it first. */
    private static int unquoted(String s, int from, StringBuilder out) {
        int i = from;
        while (i < s.length() && s.charAt(i) != ';' && !Ascii.isOws(s.charAt(i))) {
            out.append(s.charAt(i));
            i++;
        }
        int end = skipOws(s, i);
        return end == s.length() || s.charAt(end) == ';' ? end : -1;
    }

    private static int skipOws(String s, int i) {
        while (i < s.length() && Ascii.isOws(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Decodes an RFC 8187 {@code ext-value} such as {@code UTF-8''na%C3%AFve.txt}; null when it is malformed or
     * names a charset other than UTF-8 or ISO-8859-1, the two RFC 8187 §3.2.1 requires.
     */
    static String decodeExtValue(String extValue) {
        int q1 = extValue.indexOf('\'');
        int q2 = q1 < 0 ? -1 : extValue.indexOf('\'', q1 + 1);
        if (q2 < 0) {
            return null;
        }
        String charsetName = extValue.substring(0, q1);
        Charset charset = charsetName.equalsIgnoreCase("UTF-8")
                ? StandardCharsets.UTF_8
                : charsetName.equalsIgnoreCase("ISO-8859-1") ? StandardCharsets.ISO_8859_1 : null;
        if (charset == null) {
            return null;
        }
        for (int i = q2 + 1; i < extValue.length(); i++) {
            char c = extValue.charAt(i);
            if (c != '%' && !isAttrChar(c)) {
                return null;
            }
        }
        try {
            return PercentCodec.decode(extValue, q2 + 1, extValue.length(), false, charset);
        } catch (HttpException e) {
            return null;
        }
    }

    /** RFC 8187 {@code attr-char}: a token char other than {@code *}, {@code '} and {@code %}. */
    private static boolean isAttrChar(char c) {
        return Ascii.isTchar(c) && c != '*' && c != '\'' && c != '%';
    }
}
