package dev.cairn.web.checks;

import dev.cairn.web.middleware.SecurityMiddleware;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The deployment checks of the security middleware, DEBUG and the hosts; {@link DeployChecks} lists their ids. */
final class SecurityChecks {

    /** What HSTS preload lists ask for, and what a site settled on HTTPS sends. */
    static final long HSTS_YEAR = Duration.ofDays(365).toSeconds();

    private SecurityChecks() {}

    /** security.W001 and W003: the security or CSRF middleware is missing. */
    static List<CheckMessage> middleware(CheckContext context) {
        List<CheckMessage> messages = new ArrayList<>();
        if (!uses(context, "SecurityMiddleware")) {
            messages.add(CheckMessage.warning("security.W001", "SecurityMiddleware is not in the site's middleware, "
                    + "so no response carries HSTS, nosniff, X-Frame-Options or a Content-Security-Policy, and no "
                    + "request is redirected to HTTPS.",
                    "Start the middleware with Middlewares.defaults(settings), or add new SecurityMiddleware(settings) "
                            + "first."));
        }
        if (!uses(context, "CsrfMiddleware")) {
            messages.add(CheckMessage.warning("security.W003", "CsrfMiddleware is not in the site's middleware, so "
                    + "any other site can make a visitor's browser post forms to this one.",
                    "Add new CsrfMiddleware(settings) after the security and host middleware, as "
                            + "Middlewares.defaults(settings) does."));
        }
        return messages;
    }

    /** security.W018: DEBUG is on. */
    static List<CheckMessage> debug(CheckContext context) {
        if (!SettingsChecks.debug(context.settings())) {
            return List.of();
        }
        return List.of(CheckMessage.warning("security.W018", "DEBUG is on: error pages show source code, the "
                + "request, the settings and the journey to anyone.", "Set CAIRN_DEBUG=false in production."));
    }

    /** security.W020: no allowed hosts in DEBUG, or a wildcard that lets any Host in. */
    static List<CheckMessage> allowedHosts(CheckContext context) {
        List<String> hosts = context.settings().allowedHosts();
        if (hosts.contains("*")) {
            return List.of(CheckMessage.warning("security.W020", "ALLOWED_HOSTS lets any host in ('*'), so links "
                    + "the site builds from the Host header (password resets, redirects) can point at an attacker's "
                    + "site.",
                    "List the names the site answers to, e.g. CAIRN_ALLOWED_HOSTS=example.com,"
                            + "www.example.com.")
                    .concerning(Settings.ALLOWED_HOSTS));
        }
        if (hosts.isEmpty() && SettingsChecks.debug(context.settings())) {
            return List.of(CheckMessage.warning("security.W020", "ALLOWED_HOSTS is empty: only the local names "
                    + "that DEBUG allows are served, and with DEBUG off the site refuses to start (hosts.E001).",
                    "Set CAIRN_ALLOWED_HOSTS to the names the site answers to, e.g. example.com.")
                    .concerning(Settings.ALLOWED_HOSTS));
        }
        return List.of();
    }

    /** security.W004, I005, I021: HSTS off or short, without subdomains or preload. */
    static List<CheckMessage> hsts(CheckContext context) {
        Settings settings = context.settings();
        if (!uses(context, "SecurityMiddleware")) {
            return List.of();
        }
        long seconds = integer(settings, SecurityMiddleware.SECURE_HSTS_SECONDS);
        if (seconds <= 0) {
            return List.of(CheckMessage.warning("security.W004", "SECURE_HSTS_SECONDS is not set, so browsers "
                    + "may be talked into plain HTTP (SSL stripping) on every first visit.",
                    "Once the whole site is served over HTTPS, set SECURE_HSTS_SECONDS=" + HSTS_YEAR
                            + " (a year); try a short value first, as browsers remember it.")
                    .concerning(SecurityMiddleware.SECURE_HSTS_SECONDS));
        }
        List<CheckMessage> messages = new ArrayList<>();
        if (seconds < HSTS_YEAR) {
            messages.add(CheckMessage.warning("security.W004", "SECURE_HSTS_SECONDS is " + seconds + ", under a "
                    + "year: browsers forget the site is HTTPS-only between visits.",
                    "Raise it to " + HSTS_YEAR + " once HTTPS has worked for a while.")
                    .concerning(SecurityMiddleware.SECURE_HSTS_SECONDS));
        }
        if (!flag(settings, SecurityMiddleware.SECURE_HSTS_INCLUDE_SUBDOMAINS, false)) {
            messages.add(CheckMessage.info("security.I005", "HSTS does not cover subdomains, whose cookies an "
                    + "attacker on plain HTTP could set for the whole domain.",
                    "Set SECURE_HSTS_INCLUDE_SUBDOMAINS=true when every subdomain is served over HTTPS."));
        }
        if (!flag(settings, SecurityMiddleware.SECURE_HSTS_PRELOAD, false)) {
            messages.add(CheckMessage.info("security.I021", "HSTS is not marked for preloading, so a browser's "
                    + "very first visit can still go over plain HTTP.",
                    "Set SECURE_HSTS_PRELOAD=true and submit the domain at https://hstspreload.org."));
        }
        return messages;
    }

    /** security.W008: plain-HTTP requests are not redirected to HTTPS. */
    static List<CheckMessage> sslRedirect(CheckContext context) {
        if (!uses(context, "SecurityMiddleware")
                || flag(context.settings(), SecurityMiddleware.SECURE_SSL_REDIRECT, false)) {
            return List.of();
        }
        return List.of(CheckMessage.warning("security.W008", "SECURE_SSL_REDIRECT is off, so requests over plain "
                + "HTTP are answered over plain HTTP.",
                "Set SECURE_SSL_REDIRECT=true, or if the proxy in front already redirects to HTTPS, silence "
                        + "security.W008 with SILENCED_SYSTEM_CHECKS."));
    }

    /** security.W006, W019, W022: nosniff off, frames allowed, no referrer policy. */
    static List<CheckMessage> headers(CheckContext context) {
        Settings settings = context.settings();
        if (!uses(context, "SecurityMiddleware")) {
            return List.of();
        }
        List<CheckMessage> messages = new ArrayList<>();
        if (!flag(settings, SecurityMiddleware.SECURE_CONTENT_TYPE_NOSNIFF, true)) {
            messages.add(CheckMessage.warning("security.W006", "SECURE_CONTENT_TYPE_NOSNIFF is off, so browsers may "
                    + "run an upload or a text response as HTML or script.",
                    "Leave SECURE_CONTENT_TYPE_NOSNIFF on (the default)."));
        }
        String frames = settings.get(SecurityMiddleware.X_FRAME_OPTIONS, "DENY").strip();
        if (!frames.toUpperCase(Locale.ROOT).equals("DENY")) {
            messages.add(CheckMessage.warning("security.W019", "X_FRAME_OPTIONS is '" + frames + "', not DENY, so "
                    + "the site's pages can be framed (clickjacking)" + (frames.isEmpty() ? "." : " by its own."),
                    "Set X_FRAME_OPTIONS=DENY unless the site frames its own pages.")
                    .concerning(SecurityMiddleware.X_FRAME_OPTIONS));
        }
        if (settings.get(SecurityMiddleware.SECURE_REFERRER_POLICY, "same-origin").isBlank()) {
            messages.add(CheckMessage.warning("security.W022", "SECURE_REFERRER_POLICY is empty, so full URLs, "
                    + "with their query strings, leak to every site the pages link to.",
                    "Set SECURE_REFERRER_POLICY=same-origin (the default)."));
        }
        return messages;
    }

    /** Whether a middleware of that class name is in the site's stack. */
    static boolean uses(CheckContext context, String middleware) {
        return context.app().middleware().contains(middleware);
    }

    /**
     * A boolean setting; an unreadable one reads as {@code fallback}, since the middleware that reads it has
     * already refused the site.
     */
    static boolean flag(Settings settings, String key, boolean fallback) {
        try {
            return settings.bool(key, fallback);
        } catch (SettingsException e) {
            return fallback;
        }
    }

    private static long integer(Settings settings, String key) {
        try {
            return settings.integer(key, 0);
        } catch (SettingsException e) {
            return 0;
        }
    }
}
