package dev.cairn.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One {@code Set-Cookie} response header (RFC 6265 §4.1, with the SameSite and Partitioned attributes of
 * RFC 6265bis and CHIPS), built and checked so that a browser will store what it says.
 *
 * <p>
 * {@link #builder(String, String)} takes the name and value and then each attribute; {@link Builder#build()}
 * refuses, with an {@link IllegalArgumentException} naming the rule, what a browser would silently drop:
 * <ul>
 * <li>a name that is not a token (RFC 9110 §5.6.2);</li>
 * <li>a value that is not {@code cookie-value} (RFC 6265 §4.1.1: cookie-octets, optionally in DQUOTEs; no
 * whitespace, DQUOTE, comma, semicolon, backslash or control char; percent-encode or Base64 anything else);</li>
 * <li>a Domain or Path that is empty or holds a {@code ;} or a control char;</li>
 * <li>{@code SameSite=None} or {@code Partitioned} without {@code Secure};</li>
 * <li>a {@code __Secure-} name without {@code Secure}, or a {@code __Host-} name without {@code Secure}, with a
 * Domain, or with a Path other than {@code /} (RFC 6265bis §4.1.3).</li>
 * </ul>
 * Error messages name the cookie but never repeat its value, which may be a session id.
 *
 * The value is the {@code cookie-value} as it goes on the wire, DQUOTEs included if it has them. Instances are
 * immutable; {@link #toString()} shows the header with the value redacted.
 */
public final class SetCookie {
    private final String name;
    private final String value;
    private final Instant expires;
    private final Duration maxAge;
    private final String domain;
    private final String path;
    private final boolean secure;
    private final boolean httpOnly;
    private final SameSite sameSite;
    private final boolean partitioned;

    /** The {@code SameSite} attribute's values (RFC 6265bis §4.1.2.7): when a browser sends the cookie cross-site. */
    public enum SameSite {
        /** Only with requests from the cookie's own site. */
        STRICT("Strict"),
        /** With same-site requests and with top-level navigations from other sites. */
        LAX("Lax"),
        /** With every request, cross-site included; requires {@code Secure}. */
        NONE("None");

        private final String attribute;

        SameSite(String attribute) {
            this.attribute = attribute;
        }

        /** The value as written in the header: {@code Strict}, {@code Lax} or {@code None}. */
        public String attribute() {
            return attribute;
        }
    }

    private SetCookie(Builder b) {
        name = b.name;
        value = b.value;
        expires = b.expires;
        maxAge = b.maxAge;
        domain = b.domain;
        path = b.path;
        secure = b.secure;
        httpOnly = b.httpOnly;
        sameSite = b.sameSite;
        partitioned = b.partitioned;
    }

    /** A builder for a cookie with this name and value and no attributes yet. */
    public static Builder builder(String name, String value) {
        return new Builder(name, value);
    }

    /** A session cookie with no attributes: {@code name=value}. */
    public static SetCookie of(String name, String value) {
        return builder(name, value).build();
    }

    /**
     * A cookie that tells the browser to delete the cookie of this name set for {@code Path=/}: an empty value,
     * {@code Max-Age=0} and an {@code Expires} in 1970 for clients that predate Max-Age. A cookie is only deleted
     * by one with the same name, Domain and Path, so one set elsewhere needs
     * {@code delete(name).toBuilder().path(...).domain(...).build()}. Names with a {@code __Secure-} or
     * {@code __Host-} prefix get {@code Secure}, without which the browser would ignore the deletion.
     */
    public static SetCookie delete(String name) {
        return builder(name, "").maxAge(0).expires(Instant.EPOCH).path("/").secure(CookieRules.needsSecure(name))
                .build();
    }

    /**
     * Reads a {@code Set-Cookie} header value the way a browser does (RFC 6265 §5.2), for test clients: attribute
     * names are case-insensitive, the last of a repeated attribute wins, unknown attributes and unreadable
     * Expires, Max-Age, Path and SameSite values are ignored, and a Domain loses a leading dot. Expires is read
     * with {@link HttpDate#parse(String)}, not RFC 6265 §5.1.1's more forgiving date algorithm.
     *
     * @throws IllegalArgumentException if the header has no {@code name=} pair, or breaks a rule of
     *                                  {@link Builder#build()}; stricter than a browser, to catch server bugs
     */
    public static SetCookie parse(String setCookieHeader) {
        return SetCookieParser.parse(setCookieHeader);
    }

    /** A builder holding this cookie's name, value and attributes, to derive another from. */
    public Builder toBuilder() {
        return copy(value);
    }

    /**
     * The same cookie with another value, such as its signed form.
     *
     * @throws IllegalArgumentException if the value holds a character a cookie value cannot (RFC 6265 §4.1.1)
     */
    public SetCookie withValue(String newValue) {
        return copy(newValue).build();
    }

    private Builder copy(String newValue) {
        Builder b = new Builder(name, newValue);
        b.expires = expires;
        b.maxAge = maxAge;
        b.domain = domain;
        b.path = path;
        b.secure = secure;
        b.httpOnly = httpOnly;
        b.sameSite = sameSite;
        b.partitioned = partitioned;
        return b;
    }

    /** The cookie's name. */
    public String name() {
        return name;
    }

    /** The cookie's value as written on the wire, DQUOTEs included if it has them. */
    public String value() {
        return value;
    }

    /** When the cookie expires ({@code Expires}), or null for none. */
    public Instant expires() {
        return expires;
    }

    /** How long the cookie lives ({@code Max-Age}), or null for none; zero or negative deletes it. */
    public Duration maxAge() {
        return maxAge;
    }

    /** The {@code Domain} attribute, or null for a host-only cookie. */
    public String domain() {
        return domain;
    }

    /** The {@code Path} attribute, or null to let the browser use the request's directory. */
    public String path() {
        return path;
    }

    /** Whether the cookie is sent over secure channels only ({@code Secure}). */
    public boolean secure() {
        return secure;
    }

    /** Whether scripts are kept from reading the cookie ({@code HttpOnly}). */
    public boolean httpOnly() {
        return httpOnly;
    }

    /** The {@code SameSite} attribute, or null to leave it to the browser's default (Lax in current browsers). */
    public SameSite sameSite() {
        return sameSite;
    }

    /** Whether the cookie is stored per top-level site ({@code Partitioned}, CHIPS). */
    public boolean partitioned() {
        return partitioned;
    }

    /**
     * The header value, attributes in a fixed order:
     * {@code sid=abc; Expires=Sun, 06 Nov 1994 08:49:37 GMT; Max-Age=3600; Domain=example.com; Path=/; Secure;
     * HttpOnly; SameSite=Lax; Partitioned}. A negative Max-Age is written as 0, which RFC 6265 §5.2.2 treats alike.
     */
    public String toHeaderValue() {
        return write(value);
    }

    private String write(String shownValue) {
        StringBuilder sb = new StringBuilder(64).append(name).append('=').append(shownValue);
        if (expires != null) {
            sb.append("; Expires=").append(HttpDate.format(expires));
        }
        if (maxAge != null) {
            sb.append("; Max-Age=").append(Math.max(0, maxAge.toSeconds()));
        }
        if (domain != null) {
            sb.append("; Domain=").append(domain);
        }
        if (path != null) {
            sb.append("; Path=").append(path);
        }
        sb.append(secure ? "; Secure" : "").append(httpOnly ? "; HttpOnly" : "");
        sb.append(sameSite == null ? "" : "; SameSite=" + sameSite.attribute());
        return sb.append(partitioned ? "; Partitioned" : "").toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SetCookie c && c.toHeaderValue().equals(toHeaderValue());
    }

    @Override
    public int hashCode() {
        return toHeaderValue().hashCode();
    }

    /** The header value with the cookie's value replaced by {@code [redacted]}. */
    @Override
    public String toString() {
        return write("[redacted]");
    }

    /** Collects a cookie's attributes; {@link #build()} checks them together. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final String value;
        private Instant expires;
        private Duration maxAge;
        private String domain;
        private String path;
        private boolean secure;
        private boolean httpOnly;
        private SameSite sameSite;
        private boolean partitioned;

        private Builder(String name, String value) {
            this.name = Objects.requireNonNull(name, "cookie name");
            this.value = Objects.requireNonNull(value, "cookie value");
        }

        /** Sets {@code Expires}, written as an IMF-fixdate; null removes it. */
        public Builder expires(Instant expires) {
            this.expires = expires;
            return this;
        }

        /** Sets {@code Max-Age}, written in whole seconds; zero or negative deletes the cookie; null removes it. */
        public Builder maxAge(Duration maxAge) {
            this.maxAge = maxAge;
            return this;
        }

        /** Sets {@code Max-Age} in seconds; zero or negative deletes the cookie. */
        public Builder maxAge(long seconds) {
            return maxAge(Duration.ofSeconds(seconds));
        }

        /** Sets {@code Domain}, which also sends the cookie to subdomains; null makes it host-only. */
        public Builder domain(String domain) {
            this.domain = domain;
            return this;
        }

        /** Sets {@code Path}, the path prefix the cookie is sent for; null removes it. */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /** Sets or clears {@code Secure}. */
        public Builder secure(boolean secure) {
            this.secure = secure;
            return this;
        }

        /** Sets or clears {@code HttpOnly}. */
        public Builder httpOnly(boolean httpOnly) {
            this.httpOnly = httpOnly;
            return this;
        }

        /** Sets {@code SameSite}; null removes it. */
        public Builder sameSite(SameSite sameSite) {
            this.sameSite = sameSite;
            return this;
        }

        /** Sets or clears {@code Partitioned}. */
        public Builder partitioned(boolean partitioned) {
            this.partitioned = partitioned;
            return this;
        }

        /**
         * Checks the attributes together and returns the cookie.
         *
         * @throws IllegalArgumentException naming the rule broken (see {@link SetCookie})
         */
        public SetCookie build() {
            SetCookie cookie = new SetCookie(this);
            CookieRules.check(cookie);
            return cookie;
        }
    }
}
