package dev.cairn.web.checks;

import java.util.List;

/**
 * The deployment checks, Django's {@code check --deploy}: what is unsafe for a public site, run only when asked
 * ({@code cairn check --deploy}), never when a site starts, since a development site is meant to have most of
 * them. Each id is stable (modelled on Django's {@code security.W001}...) and each message's hint says how to fix
 * it.
 *
 * <table>
 * <caption>Deployment checks</caption>
 * <tr><th>Id</th><th>Level</th><th>Fires when</th><th>Fix</th></tr>
 * <tr><td>{@code security.W001}</td><td>WARNING</td><td>{@code SecurityMiddleware} is not in the site's
 * middleware: no HSTS, nosniff, X-Frame-Options, CSP or HTTPS redirect (the header checks below are then
 * skipped)</td><td>start the stack with {@code Middlewares.defaults(settings)}</td></tr>
 * <tr><td>{@code security.W003}</td><td>WARNING</td><td>{@code CsrfMiddleware} is not in the middleware</td><td>add
 * it, as {@code Middlewares.defaults} does</td></tr>
 * <tr><td>{@code security.W004}</td><td>WARNING</td><td>{@code SECURE_HSTS_SECONDS} is unset, 0 or under a year
 * (31,536,000 s)</td><td>set it to 31536000 once the whole site is on HTTPS</td></tr>
 * <tr><td>{@code security.I005}</td><td>INFO</td><td>HSTS is on without {@code SECURE_HSTS_INCLUDE_SUBDOMAINS}</td>
 * <td>set it to true when every subdomain is on HTTPS</td></tr>
 * <tr><td>{@code security.W006}</td><td>WARNING</td><td>{@code SECURE_CONTENT_TYPE_NOSNIFF} is off</td><td>leave it
 * on (the default)</td></tr>
 * <tr><td>{@code security.W008}</td><td>WARNING</td><td>{@code SECURE_SSL_REDIRECT} is off</td><td>set it to true,
 * or have the proxy redirect HTTP to HTTPS and silence the id</td></tr>
 * <tr><td>{@code security.W009}</td><td>WARNING</td><td>{@code SECRET_KEY} is unset in DEBUG, shorter than 50
 * characters, has fewer than 5 distinct characters, or is a development key (the examples' and benchmark's keys,
 * one starting {@code django-insecure-}, or containing {@code insecure}, {@code not-for-production} or the word
 * {@code dev}/{@code development}); it replaces {@code settings.W001}</td><td>set {@code CAIRN_SECRET_KEY} to the
 * output of {@code openssl rand -base64 48}</td></tr>
 * <tr><td>{@code security.W012}</td><td>WARNING</td><td>{@code SessionMiddleware} is used and
 * {@code SESSION_COOKIE_SECURE} is off</td><td>set it to true</td></tr>
 * <tr><td>{@code security.W015}</td><td>WARNING</td><td>{@code SessionMiddleware} is used and
 * {@code SESSION_COOKIE_HTTPONLY} is off</td><td>set it to true (the default)</td></tr>
 * <tr><td>{@code security.W016}</td><td>WARNING</td><td>{@code CsrfMiddleware} keeps its secret in a cookie and
 * {@code CSRF_COOKIE_SECURE} is off</td><td>set it to true</td></tr>
 * <tr><td>{@code security.W018}</td><td>WARNING</td><td>{@code DEBUG} is on; it replaces {@code settings.W002}</td>
 * <td>set {@code CAIRN_DEBUG=false}</td></tr>
 * <tr><td>{@code security.W019}</td><td>WARNING</td><td>{@code X_FRAME_OPTIONS} is not {@code DENY}</td><td>set it
 * to DENY unless the site frames its own pages</td></tr>
 * <tr><td>{@code security.W020}</td><td>WARNING</td><td>{@code ALLOWED_HOSTS} is empty in DEBUG (out of DEBUG
 * {@code hosts.E001} stops the site) or lets any host in ({@code *})</td><td>list the site's names</td></tr>
 * <tr><td>{@code security.I021}</td><td>INFO</td><td>HSTS is on without {@code SECURE_HSTS_PRELOAD}</td><td>set it
 * and submit the domain to hstspreload.org</td></tr>
 * <tr><td>{@code security.W022}</td><td>WARNING</td><td>{@code SECURE_REFERRER_POLICY} is empty</td><td>set
 * {@code same-origin} (the default)</td></tr>
 * <tr><td>{@code security.W025}</td><td>WARNING</td><td>a {@code SECRET_KEY_FALLBACKS} entry is weak as
 * {@code security.W009} says</td><td>drop it once the cookies it signed have expired</td></tr>
 * <tr><td>{@code security.W030}</td><td>WARNING</td><td>a {@code CSRF_TRUSTED_ORIGINS} entry is not
 * {@code https://}: pages served over plain HTTP, which anyone on the path can change, may post</td><td>use
 * {@code https://} origins only</td></tr>
 * <tr><td>{@code security.W031}</td><td>WARNING</td><td>the site is behind a proxy ({@code USE_X_FORWARDED_HOST})
 * on HTTPS ({@code SECURE_SSL_REDIRECT}), with {@code ALLOWED_HOSTS} set, and {@code CSRF_TRUSTED_ORIGINS} is
 * empty: unless the server trusts the proxy's {@code X-Forwarded-Proto}, the site sees {@code http} while browsers
 * send {@code Origin: https://...}, and every form post fails</td><td>list {@code https://} and each allowed host
 * (the hint lists them), or give the server {@code trustedProxies}</td></tr>
 * </table>
 *
 * <p>
 * Modules above the framework add their own: contrib's password hashing check ({@code security.W040}...). Cairn
 * has no {@code SECURE_PROXY_SSL_HEADER}: which proxies may set the scheme is the server's
 * {@code trustedProxies}, outside the settings these checks see.
 */
public final class DeployChecks {

    private static final List<Check> CHECKS = List.of(SecurityChecks::middleware, SecurityChecks::debug,
            SecretKeyChecks::secretKey, SecretKeyChecks::fallbacks, SecurityChecks::allowedHosts,
            SecurityChecks::hsts, SecurityChecks::sslRedirect, SecurityChecks::headers, CookieChecks::session,
            CookieChecks::csrf, CookieChecks::trustedOrigins);

    private DeployChecks() {}

    /**
     * The deployment checks, to run with the system checks: {@code SystemChecks.report(context,
     * DeployChecks.checks())}.
     */
    public static List<Check> checks() {
        return CHECKS;
    }
}
