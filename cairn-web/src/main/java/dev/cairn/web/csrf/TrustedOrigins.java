package dev.cairn.web.csrf;

import dev.cairn.web.settings.SettingsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The origins {@code CSRF_TRUSTED_ORIGINS} lets post to the site besides its own: exact origins
 * ({@code https://app.example.com}) and a scheme with a domain and its subdomains ({@code https://*.example.com},
 * which matches {@code https://example.com} and {@code https://a.b.example.com} but never
 * {@code https://evil-example.com}).
 *
 * <p>
 * An Origin header is matched with its scheme; a Referer, which the middleware has already required to be https,
 * by its host (and port) alone, as Django does.
 */
final class TrustedOrigins {

    /**
     * {@code scheme://host[:port]}, the host possibly starting with {@code *.}; a host of letters, digits, dots,
     * hyphens and underscores, or an IPv6 literal.
     */
    private static final Pattern ORIGIN = Pattern
            .compile("[a-z][a-z0-9+.-]*://(\\*\\.)?([a-z0-9_-]+(\\.[a-z0-9_-]+)*|\\[[0-9a-f:.]+])(:[0-9]{1,5})?");

    /** One trusted origin: its scheme, and its host as a domain pattern ({@code .example.com} for a wildcard). */
    private record Trusted(String scheme, String host) {}

    private final List<Trusted> origins;

    private TrustedOrigins(List<Trusted> origins) {
        this.origins = origins;
    }

    /**
     * Reads the setting's values.
     *
     * @throws SettingsException for a value that is not an origin, naming it and showing the form wanted
     */
    static TrustedOrigins of(String key, List<String> values) {
        List<Trusted> origins = new ArrayList<>();
        for (String value : values) {
            String origin = value.toLowerCase(Locale.ROOT);
            if (!ORIGIN.matcher(origin).matches()) {
                throw new SettingsException(key + " holds '" + value + "', which is not an origin: write "
                        + "scheme://host[:port] with no path, such as https://example.com, or https://*.example.com "
                        + "for a domain and its subdomains");
            }
            int separator = origin.indexOf("://");
            String host = origin.substring(separator + 3);
            boolean wildcard = host.startsWith("*.");
            origins.add(new Trusted(origin.substring(0, separator), wildcard ? host.substring(1) : host));
        }
        return new TrustedOrigins(List.copyOf(origins));
    }

    /** Whether an Origin header's value ({@code scheme://host[:port]}) is trusted. */
    boolean allowsOrigin(String origin) {
        String lower = origin.toLowerCase(Locale.ROOT);
        int separator = lower.indexOf("://");
        if (separator < 0) {
            return false;
        }
        String scheme = lower.substring(0, separator);
        String host = lower.substring(separator + 3);
        for (Trusted trusted : origins) {
            if (trusted.scheme().equals(scheme) && sameDomain(host, trusted.host())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a Referer's host (with its port, if it had one) is the host of a trusted origin. */
    boolean allowsRefererHost(String host) {
        for (Trusted trusted : origins) {
            if (sameDomain(host, trusted.host())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a host matches a pattern, both lower-case: the same host, or for a pattern starting with a dot the
     * domain itself or any subdomain of it (Django's {@code is_same_domain}). A port is part of the host here, so
     * {@code .example.com} does not match {@code a.example.com:8443}.
     */
    static boolean sameDomain(String host, String pattern) {
        if (pattern.startsWith(".")) {
            return host.endsWith(pattern) || host.equals(pattern.substring(1));
        }
        return host.equals(pattern);
    }
}
