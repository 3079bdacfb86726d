package dev.cairn.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks the {@code Host} a request names against {@code ALLOWED_HOSTS}, as Django's {@code validate_host}, so
 * that a forged Host never reaches a URL the site builds (a password-reset link, a redirect).
 *
 * <p>
 * A pattern is an exact name ({@code example.com}), a name and its subdomains ({@code .example.com}), or
 * {@code *} for anything. Ports are ignored when matching; names compare case-insensitively and a trailing dot is
 * dropped. With debug on and no hosts set, {@code localhost} (and subdomains), {@code 127.0.0.1} and
 * {@code [::1]} are allowed, as in Django.
 */
public final class AllowedHosts {

    /** A host is a DNS name or IPv4 address, or a bracketed IPv6 address, with an optional port. */
    private static final Pattern SYNTAX = Pattern.compile("([a-z0-9.-]+|\\[[a-f0-9]*:[a-f0-9.:]+])(:[0-9]{1,5})?");
    private static final List<String> DEBUG_DEFAULTS = List.of(".localhost", "127.0.0.1", "[::1]");

    private final List<String> patterns;

    /**
     * The last host that passed, and what it passed as. Nearly every request names the same host, so this spares
     * the syntax check and the matching on all but the first; a host that fails never replaces it.
     */
    private volatile Passed lastPassed;

    private record Passed(String host, String checked) {}

    private AllowedHosts(List<String> patterns) {
        this.patterns = patterns;
    }

    /** The patterns in force for these settings. */
    public static AllowedHosts of(List<String> allowedHosts, boolean debug) {
        List<String> patterns = allowedHosts.isEmpty() && debug ? DEBUG_DEFAULTS : allowedHosts;
        return new AllowedHosts(patterns.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList());
    }

    /** The patterns in force. */
    public List<String> patterns() {
        return patterns;
    }

    /**
     * Returns the host, lower-cased, if it is well formed and allowed.
     *
     * @throws DisallowedHost when it is empty, malformed (the message does not repeat it) or not allowed (the
     *             message says what to add to {@code ALLOWED_HOSTS})
     */
    public String check(String host) {
        Passed last = lastPassed;
        if (last != null && last.host().equals(host)) {
            return last.checked();
        }
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || !SYNTAX.matcher(lower).matches()) {
            throw new DisallowedHost("Invalid Host header: it is missing or malformed");
        }
        String domain = domain(lower);
        if (!allows(domain)) {
            throw new DisallowedHost("Invalid Host header: '" + lower + "'. You may need to add '" + domain
                    + "' to ALLOWED_HOSTS.");
        }
        lastPassed = new Passed(host, lower);
        return lower;
    }

    /** Whether a domain (no port, lower-case) matches a pattern. */
    public boolean allows(String domain) {
        for (String pattern : patterns) {
            if (pattern.equals("*") || pattern.equals(domain)
                    || (pattern.startsWith(".") && (domain.endsWith(pattern) || domain.equals(pattern.substring(1))))) {
                return true;
            }
        }
        return false;
    }

    /** The host without its port and trailing dot. */
    private static String domain(String host) {
        int colon = host.lastIndexOf(':');
        String domain = colon > host.lastIndexOf(']') ? host.substring(0, colon) : host;
        return domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    }
}
