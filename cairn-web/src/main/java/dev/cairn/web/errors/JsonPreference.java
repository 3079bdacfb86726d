package dev.cairn.web.errors;

import dev.cairn.http.QualityValues;

import java.util.Locale;

/**
 * Decides from {@code Accept} (RFC 9110 §12.5.1) whether a client would rather read an error as JSON than as
 * HTML: a {@code fetch()} or htmx call that sends {@code Accept: application/json} gets JSON, a browser gets HTML.
 *
 * <p>
 * Each of {@code application/json} and {@code text/html} takes the weight of the most specific range that matches
 * it ({@code application/json}, then {@code application/*}, then {@code *}{@code /*}). JSON wins when its weight is
 * above zero and higher than HTML's, or equal to it but named more specifically, so that
 * {@code application/json, *}{@code /*} is JSON and a browser's {@code text/html, *}{@code /*;q=0.8} is HTML. No
 * header, or a tie, is HTML: a page is the site's default answer.
 */
final class JsonPreference {

    private static final int UNMATCHED = -1;

    /** A media type's weight in thousandths, and how specifically a range named it (2 exact, 1 type/*, 0 any). */
    private record Rank(int weight, int specificity) {}

    private JsonPreference() {}

    /** Whether the {@code Accept} value (null when absent) ranks JSON above HTML. */
    static boolean prefersJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        Rank json = rank(accept, "application", "json");
        Rank html = rank(accept, "text", "html");
        return json.weight() > 0 && (json.weight() > html.weight()
                || (json.weight() == html.weight() && json.specificity() > html.specificity()));
    }

    private static Rank rank(String accept, String type, String subtype) {
        Rank best = new Rank(0, UNMATCHED);
        for (String range : accept.split(",")) {
            int semicolon = range.indexOf(';');
            String media = (semicolon < 0 ? range : range.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
            int specificity = media.equals(type + "/" + subtype)
                    ? 2
                    : media.equals(type + "/*") ? 1 : media.equals("*/*") ? 0 : UNMATCHED;
            int weight = QualityValues.weight(range, semicolon < 0 ? range.length() : semicolon, range.length());
            if (specificity > best.specificity() && weight >= 0) {
                best = new Rank(weight, specificity);
            }
        }
        return best;
    }
}
