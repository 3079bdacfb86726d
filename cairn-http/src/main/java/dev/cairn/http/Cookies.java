package dev.cairn.http;

import dev.cairn.http.internal.Ascii;

import java.util.List;

/**
 * Parses the {@code Cookie} request header (RFC 6265 §4.2, §5.4) into {@link Params}: {@code a=1; b=2}.
 *
 * <p>
 * Parsing is lenient the way browsers are when they send cookies, because a cookie is state the server set
 * earlier, not something the user typed: one bad pair must not turn every page into a 400. So a pair that breaks
 * a rule is skipped and the rest are kept. A pair is skipped when it
 * <ul>
 * <li>has no {@code =} (a bare {@code flag});</li>
 * <li>has an empty name ({@code =value}), which no lookup could find;</li>
 * <li>holds a control char other than HTAB in its name or value, the rule RFC 6265bis §5.6 applies before it
 * stores a cookie.</li>
 * </ul>
 * Otherwise any char is accepted, so names like {@code a[b]} and values with spaces or commas that a script set
 * through {@code document.cookie} survive. Pairs are split on {@code ;} only, never on {@code ,}; spaces and tabs
 * around names and values are dropped; a value wrapped in DQUOTEs (RFC 6265 §4.1.1 {@code cookie-value}) has
 * them removed.
 *
 * <p>
 * Every pair is kept in order. A name may repeat when cookies with the same name were set for different paths or
 * domains; browsers send the one with the longest path first (RFC 6265 §5.4 step 2), so {@link Params#first}
 * finds the most specific and {@link Params#all} finds them all. Values are the header's chars as received
 * (octets as ISO-8859-1, like {@link Headers}), not percent-decoded: how a value is encoded is the application's
 * choice.
 */
public final class Cookies {
    private Cookies() {}

    /** The cookies of one {@code Cookie} header value, in order; empty for null or blank input. */
    public static Params parse(String cookieHeader) {
        Params.Builder out = Params.builder();
        if (cookieHeader != null) {
            parseInto(cookieHeader, out);
        }
        return out.build();
    }

    /**
     * The cookies of several {@code Cookie} header lines, in order. HTTP/2 and HTTP/3 clients may split the
     * cookies over many lines (RFC 9113 §8.2.3); an HTTP/1.1 proxy may pass them on as they are.
     */
    public static Params parse(List<String> cookieHeaders) {
        Params.Builder out = Params.builder();
        for (String line : cookieHeaders) {
            parseInto(line, out);
        }
        return out.build();
    }

    /** The cookies of every {@code Cookie} line of these request headers, in order. */
    public static Params parse(Headers headers) {
        return parse(headers.all("Cookie"));
    }

    private static void parseInto(String header, Params.Builder out) {
        int start = 0;
        int n = header.length();
        while (start < n) {
            int semi = header.indexOf(';', start);
            int end = semi < 0 ? n : semi;
            addPair(header, start, end, out);
            start = end + 1;
        }
    }

    /** Adds the pair in {@code header[from, to)}, or nothing when it is malformed. */
    private static void addPair(String header, int from, int to, Params.Builder out) {
        int eq = Ascii.indexOf(header, '=', from, to);
        if (eq == to) {
            return;
        }
        String name = Ascii.trimOws(header, from, eq);
        String value = Ascii.trimOws(header, eq + 1, to);
        if (name.isEmpty() || hasControl(name) || hasControl(value)) {
            return;
        }
        if (value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"') {
            value = value.substring(1, value.length() - 1);
        }
        out.add(name, value);
    }

    /** Whether {@code s} holds a control char other than HTAB (RFC 6265bis §5.6). */
    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Ascii.isCtl(c) && c != '\t') {
                return true;
            }
        }
        return false;
    }
}
