package dev.cairn.web.middleware;

import dev.cairn.gateway.ResponseBody;
import dev.cairn.http.Headers;
import dev.cairn.http.HttpDate;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.internal.Conditional;
import java.time.Instant;
import java.util.Locale;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Conditional GET for responses held in memory, as Django's {@code ConditionalGetMiddleware}: it gives a 200 a
 * strong ETag from its body and answers the request's preconditions with 304 or 412.
 */
final class ConditionalGet {

    /**
     * What a 304 keeps of the 200 it replaces: RFC 9110 §15.4.5 names Content-Location, Date, ETag, Vary,
     * Cache-Control and Expires; Last-Modified is kept too, as Django does, so the client's copy stays
     * current. The body's own fields (Content-Type, Content-Length, Content-Encoding) go with the body.
     */
    private static final Set<String> KEPT = Set.of("cache-control", "content-location", "date", "etag", "expires",
            "last-modified", "vary");

    private static final String NAME = CommonMiddleware.class.getSimpleName();

    /**
     * Bodies shorter than this get no ETag of their own: the {@code ETag} line (28 bytes) would cost every response
     * more than a 304 could ever save, so Django's rule is applied only where it pays.
     */
    static final int MIN_BODY_FOR_ETAG = 64;

    private ConditionalGet() {}

    /** Sets the ETag of a 200 and turns it into a 304 or 412 when its preconditions say so. */
    static void apply(Request request, Response response) {
        String method = request.method();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return;
        }
        byte[] body = response.bytes();
        if (body == null) {
            return;
        }
        String etag = response.header("ETag");
        if (etag == null && body.length >= MIN_BODY_FOR_ETAG && !noStore(response.header("Cache-Control"))) {
            etag = etag(body);
            response.header("ETag", etag);
            record("etag added", etag);
        }
        Headers headers = request.headers();
        if (!hasPreconditions(headers)) {
            return;
        }
        String modified = response.header("Last-Modified");
        Instant lastModified = modified == null ? null : HttpDate.parse(modified);
        if (etag == null && lastModified == null) {
            // Nothing to compare against: Django answers as if no precondition had been sent.
            return;
        }
        switch (Conditional.evaluate(method, headers, etag, lastModified)) {
            case NOT_MODIFIED -> strip(response, 304);
            case PRECONDITION_FAILED -> strip(response, 412);
            case PROCEED -> {
                return;
            }
        }
        record(response.status() == 304 ? "not modified" : "precondition failed", etag);
    }

    private static void record(String event, String etag) {
        Decision.record(NAME, event, "etag", etag);
    }

    /**
     * The strong ETag of a body: its CRC-32C and CRC-32 side by side, 64 bits in hex, quoted.
     *
     * <p>
     * A validator only has to change when the body changes (RFC 9110 §8.8.1); it guards the client's own cache, so
     * it need not resist forgery. Two checksums with different polynomials make an accidental match between two
     * versions of one URL's body negligible, and both run as CPU instructions: this runs on every 200, where a
     * SHA-256 cost more than the rest of the middleware together.
     */
    static String etag(byte[] body) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(body);
        CRC32 ieee = new CRC32();
        ieee.update(body);
        return '"' + HexFormat.of().toHexDigits(castagnoli.getValue() << 32 | ieee.getValue()) + '"';
    }

    /** Whether {@code Cache-Control} forbids storing the response, so an ETag would serve nothing. */
    static boolean noStore(String cacheControl) {
        if (cacheControl == null) {
            return false;
        }
        String token = "no-store";
        for (int i = cacheControl.indexOf('-'); i >= 2; i = cacheControl.indexOf('-', i + 1)) {
            if (cacheControl.regionMatches(true, i - 2, token, 0, token.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPreconditions(Headers headers) {
        // One pass that looks further only at names starting "If-": this runs on every response.
        for (int i = 0, n = headers.size(); i < n; i++) {
            String name = headers.name(i);
            if (name.length() >= 8 && name.regionMatches(true, 0, "If-", 0, 3)
                    && (name.equalsIgnoreCase("If-None-Match") || name.equalsIgnoreCase("If-Modified-Since")
                            || name.equalsIgnoreCase("If-Match") || name.equalsIgnoreCase("If-Unmodified-Since"))) {
                return true;
            }
        }
        return false;
    }

    /** Turns the response into a bodiless 304 or 412 that keeps only the validators and caching fields. */
    private static void strip(Response response, int status) {
        Headers headers = response.headers();
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            if (!KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                response.removeHeader(name);
            }
        }
        response.status(status).body(ResponseBody.empty());
    }
}
