package dev.cairn.web.internal;

import dev.cairn.http.Headers;
import dev.cairn.http.HttpDate;
import java.time.Instant;

/**
 * Evaluates a request's preconditions against a representation's validators, in the order RFC 9110 §13.2.2
 * gives: If-Match, If-Unmodified-Since, If-None-Match, If-Modified-Since.
 */
public final class Conditional {

    /** What the preconditions decide. */
    public enum Outcome {
        /** Send the representation (or the part asked for). */
        PROCEED,
        /** 304 Not Modified: the client's copy is current. */
        NOT_MODIFIED,
        /** 412 Precondition Failed: the client's copy is stale for a state-changing request. */
        PRECONDITION_FAILED
    }

    private Conditional() {}

    /**
     * Decides for a request with these headers and method, of a representation with this ETag (or null) and
     * last-modified time (or null).
     */
    public static Outcome evaluate(String method, Headers request, String etag, Instant lastModified) {
        boolean safe = method.equals("GET") || method.equals("HEAD");
        String ifMatch = request.first("If-Match");
        if (ifMatch != null) {
            if (!matchesStrong(ifMatch, etag)) {
                return Outcome.PRECONDITION_FAILED;
            }
        } else {
            Instant unmodifiedSince = date(request.first("If-Unmodified-Since"));
            if (unmodifiedSince != null && lastModified != null && seconds(lastModified) > seconds(unmodifiedSince)) {
                return Outcome.PRECONDITION_FAILED;
            }
        }
        String ifNoneMatch = request.first("If-None-Match");
        if (ifNoneMatch != null) {
            if (matchesWeak(ifNoneMatch, etag)) {
                return safe ? Outcome.NOT_MODIFIED : Outcome.PRECONDITION_FAILED;
            }
            return Outcome.PROCEED;
        }
        Instant modifiedSince = date(request.first("If-Modified-Since"));
        if (safe && modifiedSince != null && lastModified != null && seconds(lastModified) <= seconds(modifiedSince)) {
            return Outcome.NOT_MODIFIED;
        }
        return Outcome.PROCEED;
    }

    /** Whether an {@code If-Range} validator still holds, so a Range may be honoured (RFC 9110 §13.1.5). */
    public static boolean ifRangeHolds(String ifRange, String etag, Instant lastModified) {
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.strip();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            // If-Range needs a strong comparison, so a weak ETag never matches.
            return etag != null && !etag.startsWith("W/") && value.equals(etag);
        }
        Instant date = date(value);
        return date != null && lastModified != null && seconds(date) == seconds(lastModified);
    }

    /** Weak comparison: {@code W/"x"} equals {@code "x"}; {@code *} matches any current representation. */
    static boolean matchesWeak(String list, String etag) {
        if (etag == null) {
            return false;
        }
        String opaque = opaque(etag);
        for (String candidate : list.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || opaque(c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesStrong(String list, String etag) {
        if (etag == null) {
            return false;
        }
        for (String candidate : list.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || (!etag.startsWith("W/") && c.equals(etag))) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }

    private static Instant date(String value) {
        return value == null ? null : HttpDate.parse(value.strip());
    }

    /** HTTP dates have one-second resolution, so file times compare in whole seconds. */
    private static long seconds(Instant instant) {
        return instant.getEpochSecond();
    }
}
