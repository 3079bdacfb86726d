package dev.cairn.web.middleware;

import dev.cairn.web.settings.SettingsException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The origins a site shares its responses with: exact origins, regular expressions over the whole origin, or all.
 *
 * <p>
 * An origin is {@code scheme://host[:port]} (RFC 6454 §6.2), or {@code null} for a sandboxed document or a
 * redirect across origins. A malformed {@code Origin} is never allowed. {@code null} is allowed only when listed
 * exactly, never by a pattern or by allowing all: any page can make its requests come from {@code null} by
 * sandboxing itself.
 */
final class CorsOrigins {

    static final String NULL = "null";

    private final Set<String> exact;
    private final List<Pattern> patterns;
    private final boolean all;

    /**
     * The origins to allow.
     *
     * @throws SettingsException for an exact origin that is not {@code scheme://host[:port]} or {@code null}
     */
    CorsOrigins(String key, List<String> exact, List<Pattern> patterns, boolean all) {
        Set<String> origins = new HashSet<>();
        for (String origin : exact) {
            if (!wellFormed(origin)) {
                throw new SettingsException(key + " holds '" + origin + "', which is not an origin: write "
                        + "scheme://host[:port] with no path, not even a trailing slash (or null)");
            }
            origins.add(origin.toLowerCase(Locale.ROOT));
        }
        this.exact = Set.copyOf(origins);
        this.patterns = List.copyOf(patterns);
        this.all = all;
    }

    /** Whether any origin at all is allowed. */
    boolean all() {
        return all;
    }

    /** Whether {@code origin}, as the request sent it, may see the response. */
    boolean allows(String origin) {
        if (!wellFormed(origin)) {
            return false;
        }
        String lower = origin.toLowerCase(Locale.ROOT);
        if (exact.contains(lower)) {
            return true;
        }
        if (lower.equals(NULL)) {
            return false;
        }
        if (all) {
            return true;
        }
        for (Pattern pattern : patterns) {
            if (pattern.matcher(origin).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code origin} is {@code null} or {@code scheme://host[:port]}: a scheme of letters, digits, '+',
     * '-' and '.' starting with a letter; a host of letters, digits, '-', '.' and '_', or an IPv6 literal in
     * brackets; a port of 1-5 digits; nothing else.
     */
    static boolean wellFormed(String origin) {
        if (origin.equalsIgnoreCase(NULL)) {
            return true;
        }
        int separator = origin.indexOf("://");
        if (separator < 1 || !isLetter(origin.charAt(0))) {
            return false;
        }
        for (int i = 1; i < separator; i++) {
            char c = origin.charAt(i);
            if (!isLetter(c) && !isDigit(c) && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        int host = separator + 3;
        int hostEnd = hostEnd(origin, host);
        if (hostEnd <= host) {
            return false;
        }
        if (hostEnd == origin.length()) {
            return true;
        }
        int port = origin.length() - hostEnd - 1;
        if (origin.charAt(hostEnd) != ':' || port < 1 || port > 5) {
            return false;
        }
        for (int i = hostEnd + 1; i < origin.length(); i++) {
            if (!isDigit(origin.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where the host that starts at {@code from} ends, or -1 when it holds a character no host may. */
    private static int hostEnd(String origin, int from) {
        if (from < origin.length() && origin.charAt(from) == '[') {
            int close = origin.indexOf(']', from);
            for (int i = from + 1; i < close; i++) {
                char c = origin.charAt(i);
                if (!isDigit(c) && !isHexLetter(c) && c != ':' && c != '.') {
                    return -1;
                }
            }
            return close < from + 3 ? -1 : close + 1;
        }
        int i = from;
        while (i < origin.length()) {
            char c = origin.charAt(i);
            if (c == ':') {
                break;
            }
            if (!isLetter(c) && !isDigit(c) && c != '-' && c != '.' && c != '_') {
                return -1;
            }
            i++;
        }
        return i;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexLetter(char c) {
        return (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
