package dev.cairn.web.staticfiles;

import dev.cairn.http.QualityValues;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks which stored coding of a static file to send, from the request's {@code Accept-Encoding} (RFC 9110 §12.5.3).
 *
 * <p>
 * Among the codings the client accepts (q above 0) and the file has, the server's order decides: Brotli, then gzip,
 * then the file as it is. The client's q-values only say yes or no, because every variant here is the same content
 * and the smaller one is better for both sides.
 */
public final class Negotiation {
    private Negotiation() {}

    /**
     * Returns the coding to serve {@code file} in, or empty when the client refuses even the identity coding and no
     * variant it accepts exists (a server then answers 406, or ignores the header as RFC 9110 permits).
     *
     * <p>
     * A missing or blank header gets the identity coding: RFC 9110 lets a server send any coding then, but a client
     * that says nothing may not be able to decode anything. {@code identity} is acceptable unless the header says
     * {@code identity;q=0}, or {@code *;q=0} without an {@code identity} entry. Malformed entries are skipped.
     *
     * @param acceptEncoding
     *            the header's value, several lines joined with commas; may be {@code null}
     * @param file
     *            the file, whose {@link StaticFile#variants()} say which codings exist
     */
    public static Optional<Encoding> pick(String acceptEncoding, StaticFile file) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return Optional.of(Encoding.IDENTITY);
        }
        Map<String, Integer> weights = weights(acceptEncoding);
        for (Encoding encoding : List.of(Encoding.BROTLI, Encoding.GZIP)) {
            if (file.variant(encoding).isPresent() && accepts(weights, encoding) > 0) {
                return Optional.of(encoding);
            }
        }
        return accepts(weights, Encoding.IDENTITY) > 0 ? Optional.of(Encoding.IDENTITY) : Optional.empty();
    }

    /** Returns the weight, in thousandths, the header gives {@code encoding}. */
    private static int accepts(Map<String, Integer> weights, Encoding encoding) {
        Integer weight = weights.get(encoding.token());
        if (weight == null && encoding == Encoding.GZIP) {
            // RFC 9110 §8.4.1.3: recipients should treat x-gzip as gzip.
            weight = weights.get("x-gzip");
        }
        if (weight == null) {
            weight = weights.get("*");
        }
        if (weight == null) {
            // Unlisted codings are not acceptable, except identity, which always is unless excluded.
            return encoding == Encoding.IDENTITY ? 1000 : 0;
        }
        return weight;
    }

    /** Each coding's weight in thousandths; entries with a malformed {@code q} are left out. */
    static Map<String, Integer> weights(String header) {
        Map<String, Integer> weights = new HashMap<>();
        for (String entry : header.split(",")) {
            int semicolon = entry.indexOf(';');
            String coding = (semicolon < 0 ? entry : entry.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
            if (coding.isEmpty()) {
                continue;
            }
            int weight = QualityValues.weight(entry, semicolon < 0 ? entry.length() : semicolon, entry.length());
            if (weight != QualityValues.MALFORMED) {
                // A repeated coding keeps its first weight, so a later entry cannot re-enable a refused one.
                weights.putIfAbsent(coding, weight);
            }
        }
        return weights;
    }
}
