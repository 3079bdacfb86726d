package dev.cairn.web.errors;

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
            String[] parts = range.split(";");
            String media = parts[0].strip().toLowerCase(Locale.ROOT);
            int specificity = media.equals(type + "/" + subtype)
                    ? 2
                    : media.equals(type + "/*") ? 1 : media.equals("*/*") ? 0 : UNMATCHED;
            int weight = weight(parts);
            if (specificity > best.specificity() && weight >= 0) {
                best = new Rank(weight, specificity);
            }
        }
        return best;
    }

    /** The {@code q} parameter in thousandths, 1000 when absent, -1 when malformed (the range is then ignored). */
    private static int weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                String q = parameter.substring(2);
                if (!q.matches("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?")) {
                    return -1;
                }
                return q.charAt(0) == '1'
                        ? 1000
                        : q.length() <= 2
                                ? 0
                                : Integer.parseInt((q.substring(2) + "00")
                                        .substring(0, 3));
            }
        }
        return 1000;
    }
}
