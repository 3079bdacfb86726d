package dev.cairn.web.middleware;

import dev.cairn.http.Headers;
import dev.cairn.http.QualityValues;

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

    private static final int UNSET = QualityValues.MALFORMED;

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
                int a = QualityValues.skipSpace(value, start, codingEnd);
                int b = QualityValues.trimSpace(value, a, codingEnd);
                int weight = QualityValues.weight(value, codingEnd, end);
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

    private static boolean is(String value, int a, int b, String token) {
        return b - a == token.length() && value.regionMatches(true, a, token, 0, token.length());
    }
}
