package dev.cairn.web.checks;

import dev.cairn.web.csrf.CsrfMiddleware;
import dev.cairn.web.middleware.SecurityMiddleware;
import dev.cairn.web.sessions.SessionSettings;
import dev.cairn.web.settings.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * The deployment checks of the cookies and of the origins that may post: security.W012, W015, W016, W030, W031;
 * {@link DeployChecks} documents them.
 */
final class CookieChecks {

    private CookieChecks() {}

    /** security.W012 and W015: the session cookie is not Secure or not HttpOnly. */
    static List<CheckMessage> session(CheckContext context) {
        Settings settings = context.settings();
        if (!SecurityChecks.uses(context, "SessionMiddleware")) {
            return List.of();
        }
        List<CheckMessage> messages = new ArrayList<>();
        if (!SecurityChecks.flag(settings, SessionSettings.SESSION_COOKIE_SECURE, false)) {
            messages.add(CheckMessage.warning("security.W012", "SESSION_COOKIE_SECURE is off, so the session cookie "
                    + "also travels over plain HTTP, where anyone on the path can steal the session.",
                    "Set SESSION_COOKIE_SECURE=true.").concerning(SessionSettings.SESSION_COOKIE_SECURE));
        }
        if (!SecurityChecks.flag(settings, SessionSettings.SESSION_COOKIE_HTTPONLY, true)) {
            messages.add(CheckMessage.warning("security.W015", "SESSION_COOKIE_HTTPONLY is off, so any script on the "
                    + "page, an injected one too, can read the session key.",
                    "Set SESSION_COOKIE_HTTPONLY=true (the default).")
                    .concerning(SessionSettings.SESSION_COOKIE_HTTPONLY));
        }
        return messages;
    }

    /** security.W016: the CSRF secret lives in a cookie that is not Secure. */
    static List<CheckMessage> csrf(CheckContext context) {
        Settings settings = context.settings();
        if (!SecurityChecks.uses(context, "CsrfMiddleware")
                || SecurityChecks.flag(settings, CsrfMiddleware.CSRF_USE_SESSIONS, false)
                || SecurityChecks.flag(settings, CsrfMiddleware.CSRF_COOKIE_SECURE, false)) {
            return List.of();
        }
        return List.of(CheckMessage.warning("security.W016", "CSRF_COOKIE_SECURE is off, so the CSRF secret also "
                + "travels over plain HTTP, where it can be read and used to forge posts.",
                "Set CSRF_COOKIE_SECURE=true.").concerning(CsrfMiddleware.CSRF_COOKIE_SECURE));
    }

    /** security.W030 and W031: origins over plain HTTP trusted, or none listed behind an HTTPS proxy. */
    static List<CheckMessage> trustedOrigins(CheckContext context) {
        Settings settings = context.settings();
        List<String> origins = settings.list(CsrfMiddleware.CSRF_TRUSTED_ORIGINS);
        List<String> plain = origins.stream().filter(origin -> !origin.toLowerCase(java.util.Locale.ROOT)
                .startsWith("https://")).toList();
        if (!plain.isEmpty()) {
            return List.of(CheckMessage.warning("security.W030", "CSRF_TRUSTED_ORIGINS trusts " + plain + ", not "
                    + "over HTTPS: a page served there can be changed on the way by anyone on the path, and then "
                    + "post to this site.", "List https:// origins only.")
                    .concerning(CsrfMiddleware.CSRF_TRUSTED_ORIGINS));
        }
        List<String> hosts = settings.allowedHosts();
        boolean proxied = SecurityChecks.flag(settings, Settings.USE_X_FORWARDED_HOST, false);
        boolean https = SecurityChecks.flag(settings, SecurityMiddleware.SECURE_SSL_REDIRECT, false);
        if (!origins.isEmpty() || !proxied || !https || hosts.isEmpty() || hosts.contains("*")) {
            return List.of();
        }
        List<String> wanted = hosts.stream().map(host -> "https://" + (host.startsWith(".") ? "*" : "") + host)
                .toList();
        return List.of(CheckMessage.warning("security.W031", "The site runs behind a proxy (USE_X_FORWARDED_HOST) "
                + "on HTTPS (SECURE_SSL_REDIRECT) and CSRF_TRUSTED_ORIGINS is empty: unless the server trusts the "
                + "proxy's X-Forwarded-Proto, the site sees http:// while browsers send Origin: https://, and every "
                + "form post is refused.",
                "Set CSRF_TRUSTED_ORIGINS=" + String.join(",", wanted) + ", or give the server the proxy's address "
                        + "with Server.builder().trustedProxies(...).")
                .concerning(CsrfMiddleware.CSRF_TRUSTED_ORIGINS));
    }
}
