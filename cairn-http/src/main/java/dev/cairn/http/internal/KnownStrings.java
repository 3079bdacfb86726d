package dev.cairn.http.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns octets into Strings, handing back a shared constant when the octets spell one of a few common methods,
 * field names or field values exactly, so a typical request head allocates no String for them.
 *
 * <p>
 * The match is exact and case-sensitive: {@code host} and {@code Host} are both listed because both are common
 * on the wire, and an unlisted spelling simply gets a new String. Strings are ISO-8859-1, one char per octet, so
 * the original bytes stay recoverable.
 */
public final class KnownStrings {
    /** The methods of RFC 9110 §9 and PATCH (RFC 5789). */
    public static final KnownStrings METHODS = new KnownStrings("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT",
            "OPTIONS", "TRACE", "PATCH");

    /** Field names sent by browsers, curl and load generators, in their usual spellings. */
    public static final KnownStrings FIELD_NAMES = new KnownStrings("Host", "host", "Connection", "connection",
            "Content-Length", "content-length", "Content-Type", "content-type", "Transfer-Encoding",
            "transfer-encoding", "Accept", "accept", "Accept-Encoding", "accept-encoding", "Accept-Language",
            "accept-language", "User-Agent", "user-agent", "Cookie", "cookie", "Cache-Control", "Upgrade", "Origin",
            "Referer", "Authorization", "Expect", "Pragma", "If-None-Match", "If-Modified-Since", "Keep-Alive",
            "X-Forwarded-For", "X-Forwarded-Proto", "X-Request-Id", "Sec-Fetch-Mode", "Sec-Fetch-Site",
            "Sec-Fetch-Dest", "Upgrade-Insecure-Requests", "Content-Encoding", "TE", "Range");

    /** Field values common enough to be worth sharing. */
    public static final KnownStrings FIELD_VALUES = new KnownStrings("keep-alive", "Keep-Alive", "close", "*/*",
            "chunked", "100-continue", "gzip", "gzip, deflate", "gzip, deflate, br", "gzip, deflate, br, zstd",
            "no-cache", "max-age=0", "1", "en-US,en;q=0.9", "websocket", "Upgrade", "text/plain",
            "application/json", "application/x-www-form-urlencoded");

    /** Open hashing on length, first and last octet: most lookups find one candidate or none. */
    private static final int BUCKETS = 256;
    private final String[][] strings = new String[BUCKETS][];
    private final byte[][][] bytes = new byte[BUCKETS][][];

    private KnownStrings(String... values) {
        List<List<String>> buckets = new ArrayList<>();
        for (int b = 0; b < BUCKETS; b++) {
            buckets.add(new ArrayList<>());
        }
        for (String v : values) {
            byte[] octets = v.getBytes(StandardCharsets.ISO_8859_1);
            buckets.get(bucket(octets, 0, octets.length)).add(v);
        }
        for (int b = 0; b < BUCKETS; b++) {
            strings[b] = buckets.get(b).toArray(String[]::new);
            bytes[b] = buckets.get(b).stream().map(s -> s.getBytes(StandardCharsets.ISO_8859_1)).toArray(byte[][]::new);
        }
    }

    /** The String for {@code buf[off, off + len)}: a shared constant when known, otherwise a new String. */
    public String of(byte[] buf, int off, int len) {
        if (len == 0) {
            return "";
        }
        int b = bucket(buf, off, len);
        byte[][] candidates = bytes[b];
        for (int k = 0; k < candidates.length; k++) {
            if (candidates[k].length == len && matches(candidates[k], buf, off)) {
                return strings[b][k];
            }
        }
        return new String(buf, off, len, StandardCharsets.ISO_8859_1);
    }

    private static int bucket(byte[] buf, int off, int len) {
        return (len * 31 + buf[off] * 7 + buf[off + len - 1]) & (BUCKETS - 1);
    }

    private static boolean matches(byte[] candidate, byte[] buf, int off) {
        return Arrays.equals(candidate, 0, candidate.length, buf, off, off + candidate.length);
    }
}
