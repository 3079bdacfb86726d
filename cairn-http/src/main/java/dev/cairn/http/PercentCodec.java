package dev.cairn.http;

import dev.cairn.http.internal.Ascii;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding (RFC 3986 §2.1) of paths and query components, decoded strictly and encoded for building URLs.
 *
 * <p>
 * Decoding turns each {@code %XX} into the byte {@code 0xXX} and reads each run of such bytes as UTF-8 (or a given
 * charset). A {@code %} not followed by two hex digits is answered 400 {@code Invalid percent-encoding}, and bytes
 * that are not valid UTF-8 (overlong forms such as {@code %C0%AF}, surrogates, truncated sequences) are answered
 * 400 {@code Invalid UTF-8 in percent-encoded text}: a lenient decoder that let {@code %C0%AF} through as
 * {@code /} is how path traversal bugs start. Chars that are not percent-encoded are kept as they are. Text without
 * a {@code %} (and, for query components, without a {@code +}) is returned as it is, with no copy.
 *
 * <p>
 * {@link #decodePath(String)} decodes {@code %2F} to {@code /} like every other escape, so the decoded path can
 * no longer tell {@code /a%2Fb} from {@code /a/b}. A router that must keep that difference splits the raw path
 * on {@code /} first and decodes each segment. A file server must also reject {@code ..} segments and NUL chars
 * in the decoded path; this codec decodes, it does not judge.
 */
public final class PercentCodec {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** RFC 3986 §3.3 {@code pchar} minus {@code pct-encoded}: unreserved, sub-delims, {@code :} and {@code @}. */
    private static final boolean[] PATH_SEGMENT_SAFE = safe("-._~!$&'()*+,;=:@");
    /** A whole path: {@code pchar} and the {@code /} between segments. */
    private static final boolean[] PATH_SAFE = safe("-._~!$&'()*+,;=:@/");
    /** Unreserved and {@code /}: text that cannot bring a scheme, query, fragment or parameter into a URL. */
    private static final boolean[] STRICT_PATH_SAFE = safe("-._~/");
    /** The WHATWG application/x-www-form-urlencoded byte set's complement: what is left as it is. */
    private static final boolean[] QUERY_SAFE = safe("*-._");

    private PercentCodec() {}

    /**
     * Decodes a path or path segment as UTF-8; {@code +} stays {@code +} (RFC 3986 gives it no meaning in a path).
     *
     * @throws HttpException 400 for a bad escape or invalid UTF-8
     */
    public static String decodePath(String path) throws HttpException {
        return decode(path, 0, path.length(), false, StandardCharsets.UTF_8);
    }

    /**
     * Decodes one name or value of a query string or form body as UTF-8, reading {@code +} as a space (WHATWG URL
     * §5.1, application/x-www-form-urlencoded).
     *
     * @throws HttpException 400 for a bad escape or invalid UTF-8
     */
    public static String decodeQueryComponent(String component) throws HttpException {
        return decode(component, 0, component.length(), true, StandardCharsets.UTF_8);
    }

    /**
     * Decodes one name or value of a query string or form body in this charset, reading {@code +} as a space.
     *
     * @throws HttpException 400 for a bad escape or bytes that are invalid in the charset
     */
    public static String decodeQueryComponent(String component, Charset charset) throws HttpException {
        return decode(component, 0, component.length(), true, charset);
    }

    /**
     * Encodes text as one path segment: everything but unreserved chars, sub-delims, {@code :} and {@code @}
     * (RFC 3986 §3.3) is written as UTF-8 {@code %XX}, so {@code /}, {@code ?}, {@code #} and {@code %} cannot
     * change the URL's structure.
     */
    public static String encodePathSegment(String segment) {
        return encode(segment, PATH_SEGMENT_SAFE, false, StandardCharsets.UTF_8);
    }

    /**
     * Encodes a whole path as UTF-8: RFC 3986 §3.3 {@code pchar} and {@code /} stay, everything else becomes
     * {@code %XX}. For paths the application chose, such as a static file's name.
     */
    public static String encodePath(String path) {
        return encode(path, PATH_SAFE, false, StandardCharsets.UTF_8);
    }

    /**
     * Encodes text to be placed in a URL path as UTF-8, keeping only RFC 3986's unreserved characters and
     * {@code /}: a value from a request cannot add a scheme ({@code :}), a query, a fragment or parameters to the
     * URL it goes into.
     */
    public static String encodePathStrict(String text) {
        return encode(text, STRICT_PATH_SAFE, false, StandardCharsets.UTF_8);
    }

    /**
     * Encodes a query name or value the way browsers encode form fields (WHATWG URL §5.2): letters, digits and
     * {@code *-._} stay, a space becomes {@code +}, everything else becomes UTF-8 {@code %XX}.
     */
    public static String encodeQueryComponent(String component) {
        return encode(component, QUERY_SAFE, true, StandardCharsets.UTF_8);
    }

    /**
     * Encodes a query name or value like {@link #encodeQueryComponent(String)}, in an ASCII-compatible charset;
     * chars the charset cannot hold become {@code ?}.
     */
    public static String encodeQueryComponent(String component, Charset charset) {
        return encode(component, QUERY_SAFE, true, charset);
    }

    /** Decodes {@code s[from, to)}; the shared core of the string decoders and {@link FormUrlEncoded}. */
    static String decode(String s, int from, int to, boolean plusIsSpace, Charset charset) throws HttpException {
        int i = from;
        while (i < to && s.charAt(i) != '%' && !(plusIsSpace && s.charAt(i) == '+')) {
            i++;
        }
        if (i == to) {
            return from == 0 && to == s.length() ? s : s.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from).append(s, from, i);
        byte[] run = new byte[(to - i) / 3 + 1];
        while (i < to) {
            char c = s.charAt(i);
            if (c != '%') {
                out.append(plusIsSpace && c == '+' ? ' ' : c);
                i++;
                continue;
            }
            int n = 0;
            while (i < to && s.charAt(i) == '%') {
                int hi = i + 2 < to ? Ascii.hexValue(s.charAt(i + 1)) : -1;
                int lo = i + 2 < to ? Ascii.hexValue(s.charAt(i + 2)) : -1;
                if (hi < 0 || lo < 0) {
                    throw new HttpException(400, "Invalid percent-encoding");
                }
                run[n++] = (byte) (hi << 4 | lo);
                i += 3;
            }
            out.append(decodeBytes(run, 0, n, charset));
        }
        return out.toString();
    }

    /**
     * Decodes {@code b[from, to)}, already split out of a form body: {@code %XX} and {@code +} are undone, then
     * every byte, escaped or not, is read in the charset.
     */
    static String decode(byte[] b, int from, int to, boolean plusIsSpace, Charset charset) throws HttpException {
        byte[] out = null;
        int n = 0;
        for (int i = from; i < to; i++) {
            int c = b[i];
            if (c != '%' && !(plusIsSpace && c == '+')) {
                if (out != null) {
                    out[n++] = (byte) c;
                }
                continue;
            }
            if (out == null) {
                out = new byte[to - from];
                n = i - from;
                System.arraycopy(b, from, out, 0, n);
            }
            if (c == '+') {
                out[n++] = ' ';
                continue;
            }
            int hi = i + 2 < to ? Ascii.hexValue(b[i + 1]) : -1;
            int lo = i + 2 < to ? Ascii.hexValue(b[i + 2]) : -1;
            if (hi < 0 || lo < 0) {
                throw new HttpException(400, "Invalid percent-encoding");
            }
            out[n++] = (byte) (hi << 4 | lo);
            i += 2;
        }
        return out == null ? decodeBytes(b, from, to - from, charset) : decodeBytes(out, 0, n, charset);
    }

    /** Reads bytes in a charset, refusing malformed input rather than replacing it with U+FFFD. */
    private static String decodeBytes(byte[] b, int off, int len, Charset charset) throws HttpException {
        if (isAsciiCompatible(charset) && isAscii(b, off, len)) {
            return new String(b, off, len, StandardCharsets.ISO_8859_1);
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, off, len))
                    .toString();
        } catch (CharacterCodingException e) {
            String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
            throw new HttpException(400, "Invalid " + name + " in percent-encoded text");
        }
    }

    private static boolean isAsciiCompatible(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.ISO_8859_1)
                || charset.equals(StandardCharsets.US_ASCII);
    }

    private static boolean isAscii(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static String encode(String s, boolean[] safe, boolean spaceAsPlus, Charset charset) {
        int i = 0;
        while (i < s.length() && isSafe(s.charAt(i), safe)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (byte b : s.substring(i).getBytes(charset)) {
            int c = b & 0xFF;
            if (isSafe(c, safe)) {
                out.append((char) c);
            } else if (spaceAsPlus && c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isSafe(int c, boolean[] safe) {
        return c < 128 && safe[c];
    }

    /** ALPHA and DIGIT plus these ASCII chars. */
    private static boolean[] safe(String extra) {
        boolean[] safe = new boolean[128];
        for (int c = 0; c < 128; c++) {
            safe[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || extra.indexOf(c) >= 0;
        }
        return safe;
    }
}
