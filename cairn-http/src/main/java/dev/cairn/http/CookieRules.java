package dev.cairn.http;

import dev.cairn.http.internal.Ascii;

/**
 * The rules a {@link SetCookie} must meet for a browser to store it (RFC 6265 §4.1.1, RFC 6265bis §4.1.2–§4.1.3,
 * CHIPS), each failure an {@link IllegalArgumentException} that names the rule and how to satisfy it.
 */
final class CookieRules {
    private static final String SECURE_PREFIX = "__Secure-";
    private static final String HOST_PREFIX = "__Host-";

    private CookieRules() {}

    /** Checks every rule, in the order a reader of the header would meet them. */
    static void check(SetCookie c) {
        checkName(c.name());
        checkValue(c.name(), c.value());
        checkAttribute(c.name(), "Domain", c.domain());
        checkAttribute(c.name(), "Path", c.path());
        if (c.expires() != null) {
            HttpDate.format(c.expires()); // throws for a year outside 0000–9999
        }
        checkSecureNeeds(c);
        checkPrefixes(c);
    }

    /** Whether a cookie of this name is only stored when Secure, by its prefix (RFC 6265bis §4.1.3). */
    static boolean needsSecure(String name) {
        return startsWithIgnoreCase(name, SECURE_PREFIX) || startsWithIgnoreCase(name, HOST_PREFIX);
    }

    private static void checkName(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Cookie name must not be empty (RFC 6265 §4.1.1)");
        }
        int bad = Ascii.firstNonToken(name);
        if (bad >= 0) {
            throw new IllegalArgumentException("Cookie name must be a token (RFC 6265 §4.1.1, RFC 9110 §5.6.2): "
                    + "found " + Ascii.describe(name.charAt(bad)) + " at index " + bad);
        }
    }

    private static void checkValue(String name, String value) {
        boolean quoted = value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"';
        int from = quoted ? 1 : 0;
        int to = quoted ? value.length() - 1 : value.length();
        for (int i = from; i < to; i++) {
            if (!Ascii.isCookieOctet(value.charAt(i))) {
                throw new IllegalArgumentException("Value of cookie '" + name + "' must be cookie-octets, optionally "
                        + "in DQUOTEs (RFC 6265 §4.1.1): no whitespace, DQUOTE, comma, semicolon, backslash, control "
                        + "or non-ASCII char; percent-encode or Base64 it. Found " + Ascii.describe(value.charAt(i))
                        + " at index " + i);
            }
        }
    }

    private static void checkAttribute(String name, String attribute, String value) {
        if (value == null) {
            return;
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException(attribute + " of cookie '" + name + "' must not be empty; leave it "
                    + "unset instead");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ';' || Ascii.isCtl(c) || c > 0x7E) {
                throw new IllegalArgumentException(attribute + " of cookie '" + name + "' must not hold ';', "
                        + "control or non-ASCII chars (RFC 6265 §4.1.1): found " + Ascii.describe(c) + " at index "
                        + i);
            }
        }
    }

    private static void checkSecureNeeds(SetCookie c) {
        if (c.secure()) {
            return;
        }
        if (c.sameSite() == SetCookie.SameSite.NONE) {
            throw new IllegalArgumentException("Cookie '" + c.name() + "' has SameSite=None, which requires Secure: "
                    + "browsers reject it otherwise (RFC 6265bis §4.1.2.7); call secure(true)");
        }
        if (c.partitioned()) {
            throw new IllegalArgumentException("Cookie '" + c.name() + "' is Partitioned, which requires Secure: "
                    + "browsers reject it otherwise (CHIPS); call secure(true)");
        }
        if (needsSecure(c.name())) {
            throw new IllegalArgumentException("Cookie '" + c.name() + "' has a __Secure- or __Host- prefix, which "
                    + "requires Secure (RFC 6265bis §4.1.3); call secure(true)");
        }
    }

    private static void checkPrefixes(SetCookie c) {
        if (!startsWithIgnoreCase(c.name(), HOST_PREFIX)) {
            return;
        }
        if (c.domain() != null || !"/".equals(c.path())) {
            throw new IllegalArgumentException("Cookie '" + c.name() + "' has the __Host- prefix, which requires "
                    + "Path=/ and no Domain (RFC 6265bis §4.1.3.2)");
        }
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
