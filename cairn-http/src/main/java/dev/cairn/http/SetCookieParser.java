package dev.cairn.http;

import dev.cairn.http.internal.Ascii;

import java.time.Instant;
import java.util.Locale;

/**
 * Reads a {@code Set-Cookie} header value into a {@link SetCookie} the way a user agent does (RFC 6265 §5.2); the
 * rules are documented on {@link SetCookie#parse(String)}.
 */
final class SetCookieParser {
    private SetCookieParser() {}

    // > sid=abc; Path=/; Max-Age=3600; Secure; HttpOnly; SameSite=Lax
    static SetCookie parse(String header) {
        int pairEnd = Ascii.indexOf(header, ';', 0, header.length());
        int eq = Ascii.indexOf(header, '=', 0, pairEnd);
        if (eq == pairEnd) {
            throw new IllegalArgumentException("Set-Cookie has no name=value pair before its attributes "
                    + "(RFC 6265 §5.2 step 2)");
        }
        SetCookie.Builder b = SetCookie.builder(Ascii.trimOws(header, 0, eq), Ascii.trimOws(header, eq + 1, pairEnd));
        int start = pairEnd + 1;
        while (start < header.length()) {
            int next = header.indexOf(';', start);
            int end = next < 0 ? header.length() : next;
            applyAttribute(b, header, start, end);
            start = end + 1;
        }
        return b.build();
    }

    /** Applies the attribute in {@code header[from, to)} (RFC 6265 §5.2 steps 3–6 and §5.2.1–§5.2.6). */
    private static void applyAttribute(SetCookie.Builder b, String header, int from, int to) {
        int eq = Ascii.indexOf(header, '=', from, to);
        String name = Ascii.trimOws(header, from, eq).toLowerCase(Locale.ROOT);
        String value = eq == to ? "" : Ascii.trimOws(header, eq + 1, to);
        switch (name) {
            case "expires" -> {
                Instant expires = HttpDate.parse(value);
                if (expires != null) {
                    b.expires(expires);
                }
            }
            case "max-age" -> applyMaxAge(b, value);
            case "domain" -> {
                // §5.2.3: a leading dot is ignored; an empty Domain is ignored (RFC 6265bis §5.6.3)
                String domain = value.startsWith(".") ? value.substring(1) : value;
                if (!domain.isEmpty()) {
                    b.domain(domain.toLowerCase(Locale.ROOT));
                }
            }
            case "path" -> b.path(value.startsWith("/") ? value : null);
            case "secure" -> b.secure(true);
            case "httponly" -> b.httpOnly(true);
            case "partitioned" -> b.partitioned(true);
            case "samesite" -> applySameSite(b, value);
            default -> {
                // §5.2 step 6: unknown attributes are ignored
            }
        }
    }

    /** §5.2.2: an optional '-' then digits, else ignored; too many digits saturate rather than overflow. */
    private static void applyMaxAge(SetCookie.Builder b, String value) {
        int digitsFrom = value.startsWith("-") ? 1 : 0;
        if (value.length() == digitsFrom) {
            return;
        }
        long seconds = 0;
        for (int i = digitsFrom; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return;
            }
            seconds = seconds > (Long.MAX_VALUE - (c - '0')) / 10 ? Long.MAX_VALUE : seconds * 10 + (c - '0');
        }
        b.maxAge(digitsFrom == 1 ? -seconds : seconds);
    }

    /** RFC 6265bis §5.6.7: Strict, Lax or None in any case; anything else leaves the browser's default. */
    private static void applySameSite(SetCookie.Builder b, String value) {
        for (SetCookie.SameSite s : SetCookie.SameSite.values()) {
            if (s.attribute().equalsIgnoreCase(value)) {
                b.sameSite(s);
            }
        }
    }
}
