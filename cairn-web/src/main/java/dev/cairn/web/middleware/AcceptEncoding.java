package dev.cairn.web.middleware;

import dev.cairn.http.Headers;

/**
 * Reads whether a request's {@code Accept-Encoding} (RFC 9110 §12.5.3) accepts gzip, by scanning the field in
 * place: no splitting, no maps, nothing allocated.
 *
 * <p>
 * The first entry for {@code gzip} (or {@code x-gzip}, its old alias, RFC 9110 §8.4.1.3) decides; without one, the
 * first {@code *} does; without either, gzip is not acceptable. A weight of 0 refuses. An entry whose weight is
 * malformed ({@code q=high}, {@code q=1.5}) is skipped, as if it had not been sent; so is anything that is not a
 * coding.
 */
final class AcceptEncoding {

    private static final int UNSET = -1;

    private AcceptEncoding() {}

    /** Whether any {@code Accept-Encoding} line gives gzip a weight above 0. */
    static boolean acceptsGzip(Headers headers) {
        int gzip = UNSET;
        int any = UNSET;
        for (int i = 0; i < headers.size(); i++) {
            if (!headers.name(i).equalsIgnoreCase("Accept-Encoding")) {
                continue;
            }
            String value = headers.value(i);
            int start = 0;
            while (start <= value.length()) {
                int comma = value.indexOf(',', start);
                int end = comma < 0 ? value.length() : comma;
                int semicolon = value.indexOf(';', start);
                int codingEnd = semicolon < 0 || semicolon > end ? end : semicolon;
                int a = skipSpace(value, start, codingEnd);
                int b = trimSpace(value, a, codingEnd);
                int weight = weight(value, codingEnd, end);
                if (weight != UNSET) {
                    if (gzip == UNSET && (is(value, a, b, "gzip") || is(value, a, b, "x-gzip"))) {
                        gzip = weight;
                    } else if (any == UNSET && is(value, a, b, "*")) {
                        any = weight;
                    }
                }
                start = end + 1;
            }
        }
        return (gzip != UNSET ? gzip : any) > 0;
    }

    /**
     * The weight in thousandths given by the parameters in {@code [from, end)} ({@code ;q=0.5}), 1000 when there
     * is none, {@link #UNSET} when it is malformed.
     */
    static int weight(String value, int from, int end) {
        int weight = 1000;
        int at = from;
        while (at < end) {
            int next = value.indexOf(';', at + 1);
            int paramEnd = next < 0 || next > end ? end : next;
            int a = skipSpace(value, at + 1, paramEnd);
            int b = trimSpace(value, a, paramEnd);
            if (b - a >= 2 && (value.charAt(a) == 'q' || value.charAt(a) == 'Q') && value.charAt(a + 1) == '=') {
                weight = qvalue(value, a + 2, b);
                if (weight == UNSET) {
                    return UNSET;
                }
            }
            at = paramEnd;
        }
        return weight;
    }

    /** A qvalue ({@code 0}, {@code 0.5}, {@code 1.000}; RFC 9110 §12.4.2) in thousandths, or {@link #UNSET}. */
    static int qvalue(String value, int a, int b) {
        int length = b - a;
        if (length < 1 || length > 5 || (length > 1 && value.charAt(a + 1) != '.')) {
            return UNSET;
        }
        char first = value.charAt(a);
        if (first != '0' && first != '1') {
            return UNSET;
        }
        int thousandths = 0;
        for (int i = a + 2, scale = 100; i < b; i++, scale /= 10) {
            char digit = value.charAt(i);
            if (digit < '0' || digit > '9' || (first == '1' && digit != '0')) {
                return UNSET;
            }
            thousandths += (digit - '0') * scale;
        }
        return first == '1' ? 1000 : thousandths;
    }

    private static boolean is(String value, int a, int b, String token) {
        return b - a == token.length() && value.regionMatches(true, a, token, 0, token.length());
    }

    private static int skipSpace(String value, int a, int b) {
        while (a < b && (value.charAt(a) == ' ' || value.charAt(a) == '\t')) {
            a++;
        }
        return a;
    }

    private static int trimSpace(String value, int a, int b) {
        while (b > a && (value.charAt(b - 1) == ' ' || value.charAt(b - 1) == '\t')) {
            b--;
        }
        return b;
    }
}
