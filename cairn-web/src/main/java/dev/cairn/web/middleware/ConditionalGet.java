package dev.cairn.web.middleware;

import dev.cairn.gateway.ResponseBody;
import dev.cairn.http.Headers;
import dev.cairn.http.HttpDate;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.internal.Conditional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Conditional GET for responses held in memory, as Django's {@code ConditionalGetMiddleware}: it gives a 200 a
 * strong ETag from its body and answers the request's preconditions with 304 or 412.
 */
final class ConditionalGet {

    /** How many bytes of the SHA-256 go into an ETag: 128 bits, ample against collisions, short on the wire. */
    private static final int ETAG_BYTES = 16;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final MessageDigest SHA_256 = sha256();

    /**
     * What a 304 keeps of the 200 it replaces: RFC 9110 §15.4.5 names Content-Location, Date, ETag, Vary,
     * Cache-Control and Expires; Last-Modified is kept too, as Django does, so the client's copy stays
     * current. The body's own fields (Content-Type, Content-Length, Content-Encoding) go with the body.
     */
    private static final Set<String> KEPT = Set.of("cache-control", "content-location", "date", "etag", "expires",
            "last-modified", "vary");

    private static final String NAME = CommonMiddleware.class.getSimpleName();

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
        if (etag == null && !noStore(response.header("Cache-Control"))) {
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

    /** The strong ETag of a body: the first 128 bits of its SHA-256, in hex, quoted. */
    static String etag(byte[] body) {
        byte[] digest = digest().digest(body);
        byte[] quoted = new byte[ETAG_BYTES * 2 + 2];
        quoted[0] = '"';
        for (int i = 0; i < ETAG_BYTES; i++) {
            quoted[1 + 2 * i] = HEX[(digest[i] >> 4) & 0xf];
            quoted[2 + 2 * i] = HEX[digest[i] & 0xf];
        }
        quoted[quoted.length - 1] = '"';
        return new String(quoted, StandardCharsets.ISO_8859_1);
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
        return headers.contains("If-None-Match") || headers.contains("If-Modified-Since")
                || headers.contains("If-Match") || headers.contains("If-Unmodified-Since");
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

    /** A fresh SHA-256: cloning a prototype skips the provider lookup {@code getInstance} pays every time. */
    private static MessageDigest digest() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
