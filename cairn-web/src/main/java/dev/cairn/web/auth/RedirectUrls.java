package dev.cairn.web.auth;

import dev.cairn.web.Request;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Which redirect targets a site may follow when a request names one ({@code ?next=/orders/}), so that a link on the
 * site cannot send a visitor to another one after they log in (an open redirect). Django's
 * {@code url_has_allowed_host_and_scheme}, read the way browsers read URLs:
 * <ul>
 * <li>a relative path ({@code /orders/}, {@code page/2/}, {@code ?tab=x}) is safe;</li>
 * <li>an absolute URL is safe only on an allowed host ({@code https://example.com/orders/}), with {@code http} or
 * {@code https}, and only {@code https} when the request came over HTTPS;</li>
 * <li>a scheme-relative URL ({@code //evil.com}) names a host as an absolute one does, and so does
 * {@code /\evil.com}, since browsers read {@code \} as {@code /}: each is checked both ways;</li>
 * <li>{@code ///evil.com}, a scheme without a host ({@code https:evil.com}, {@code javascript:alert(1)}), an
 * unbalanced IPv6 bracket, and any control character (browsers drop tabs and line breaks before parsing, so
 * {@code /\t/evil.com} is {@code //evil.com} to them) are refused.</li>
 * </ul>
 * The value is checked as it arrived, once decoded by the query or form parser: {@code %2F%2Fevil.com} in a query is
 * {@code //evil.com} here, and refused; {@code %252F%252Fevil.com} is the relative path {@code %2F%2Fevil.com}.
 */
public final class RedirectUrls {

    /** The parameter a page names its redirect target with (Django's {@code REDIRECT_FIELD_NAME}). */
    public static final String NEXT = "next";

    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");
    private static final Set<String> SECURE_SCHEMES = Set.of("https");

    private RedirectUrls() {}

    /**
     * Whether {@code url} may be redirected to: a relative reference, or an absolute one on one of {@code hosts}
     * ({@code host} or {@code host:port}, as {@link Request#host()} gives them).
     *
     * @param requireHttps refuse absolute {@code http} URLs (when the request itself came over HTTPS)
     */
    public static boolean isSafe(String url, Collection<String> hosts, boolean requireHttps) {
        if (url == null) {
            return false;
        }
        String trimmed = url.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        Set<String> allowed = new HashSet<>(hosts);
        return isSafeAsWritten(trimmed, allowed, requireHttps)
                && isSafeAsWritten(trimmed.replace('\\', '/'), allowed, requireHttps);
    }

    /**
     * The redirect target a request names in {@value #NEXT} (the form's field, else the query's), when it is safe
     * for this request's host (and {@code extraHosts}); null when there is none or it is not safe.
     */
    public static String next(Request request, Collection<String> extraHosts) {
        String next = request.form(NEXT);
        if (next == null || next.isEmpty()) {
            next = request.query(NEXT);
        }
        if (next == null || next.isEmpty()) {
            return null;
        }
        Set<String> hosts = new HashSet<>(extraHosts);
        hosts.add(request.host());
        return isSafe(next, hosts, request.isSecure()) ? toUri(next.strip()) : null;
    }

    /** The target a request names, safe for its own host only; see {@link #next(Request, Collection)}. */
    public static String next(Request request) {
        return next(request, List.of());
    }

    /**
     * {@code url} with every character a header cannot carry as it is (controls, spaces, non-ASCII) written as
     * UTF-8 {@code %XX} (Django's {@code iri_to_uri}); what is already escaped is kept.
     */
    static String toUri(String url) {
        StringBuilder out = new StringBuilder(url.length());
        HexFormat hex = HexFormat.of().withUpperCase();
        for (int i = 0; i < url.length(); i = url.offsetByCodePoints(i, 1)) {
            int c = url.codePointAt(i);
            if (c > 0x20 && c < 0x7f && c != '"' && c != '<' && c != '>' && c != '`' && c != '{' && c != '}'
                    && c != '|' && c != '^') {
                out.append((char) c);
            } else {
                for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(hex.toHexDigits(b));
                }
            }
        }
        return out.toString();
    }

    private static boolean isSafeAsWritten(String url, Set<String> hosts, boolean requireHttps) {
        // Browsers take any number of slashes past two for a host to come, which a split by the RFC does not.
        if (url.startsWith("///")) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            if (Character.getType(url.charAt(i)) == Character.CONTROL) {
                return false;
            }
        }
        Split split = Split.of(url);
        if (split == null) {
            return false;
        }
        // http:///evil.com has no host by the RFC, and evil.com for a browser.
        if (split.netloc().isEmpty() && (!split.scheme().isEmpty() || url.startsWith("//"))) {
            return false;
        }
        String scheme = split.scheme().isEmpty() && !split.netloc().isEmpty() ? "http" : split.scheme();
        boolean hostAllowed = split.netloc().isEmpty() || hosts.contains(split.netloc());
        boolean schemeAllowed = scheme.isEmpty() || (requireHttps ? SECURE_SCHEMES : WEB_SCHEMES).contains(scheme);
        return hostAllowed && schemeAllowed;
    }

    /**
     * A URL's scheme (lower-case, empty when there is none) and its authority ({@code user@host:port}, empty when
     * there is none), split as Python's {@code urlsplit} does.
     */
    private record Split(String scheme, String netloc) {

        /** The parts, or null for what cannot be a URL: an unbalanced IPv6 bracket, a host that changes by NFKC. */
        static Split of(String url) {
            String scheme = "";
            String rest = url;
            int colon = url.indexOf(':');
            if (colon > 0 && isAsciiLetter(url.charAt(0)) && isScheme(url, colon)) {
                scheme = url.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
                rest = url.substring(colon + 1);
            }
            String netloc = "";
            if (rest.startsWith("//")) {
                int end = 2;
                while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
                    end++;
                }
                netloc = rest.substring(2, end);
            }
            if (netloc.contains("[") != netloc.contains("]") || !keepsItsShape(netloc)) {
                return null;
            }
            return new Split(scheme, netloc);
        }

        private static boolean isScheme(String url, int colon) {
            for (int i = 0; i < colon; i++) {
                char c = url.charAt(i);
                if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                    return false;
                }
            }
            return true;
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        /** Whether a host with non-ASCII letters keeps its delimiters under NFKC, as browsers normalise hosts. */
        private static boolean keepsItsShape(String netloc) {
            if (netloc.chars().allMatch(c -> c < 0x80)) {
                return true;
            }
            String plain = netloc.replace("@", "").replace(":", "");
            String normalised = Normalizer.normalize(plain, Normalizer.Form.NFKC);
            return normalised.chars().noneMatch(c -> "/?#@:".indexOf(c) >= 0);
        }
    }
}
