package dev.cairn.web.middleware;

import dev.cairn.web.HttpError;
import dev.cairn.web.Middleware;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Django's {@code SecurityMiddleware}, with {@code XFrameOptionsMiddleware} and the Content-Security-Policy folded
 * in: it sends plain-HTTP requests to HTTPS when asked, and adds the security headers to responses on their way
 * out, never replacing one the view set.
 *
 * <p>
 * The headers, each from its setting (an empty value turns it off):
 * <ul>
 * <li>{@code Strict-Transport-Security: max-age=N[; includeSubDomains][; preload]} on HTTPS responses when
 * {@code SECURE_HSTS_SECONDS} is above 0 (RFC 6797; default 0, since a browser remembers it for N seconds);</li>
 * <li>{@code X-Content-Type-Options: nosniff} ({@code SECURE_CONTENT_TYPE_NOSNIFF}, default on);</li>
 * <li>{@code Referrer-Policy} ({@code SECURE_REFERRER_POLICY}, default {@code same-origin});</li>
 * <li>{@code Cross-Origin-Opener-Policy} ({@code SECURE_CROSS_ORIGIN_OPENER_POLICY}, default
 * {@code same-origin});</li>
 * <li>{@code X-Frame-Options} ({@code X_FRAME_OPTIONS}, default {@code DENY});</li>
 * <li>{@code Content-Security-Policy} ({@code CONTENT_SECURITY_POLICY}, default {@link #DEFAULT_POLICY}), or
 * {@code Content-Security-Policy-Report-Only} when {@code CONTENT_SECURITY_POLICY_REPORT_ONLY} is on. Its
 * {@code {nonce}} placeholders become the request's {@link CspNonce} if a template used it, and disappear
 * otherwise.</li>
 * </ul>
 *
 * <p>
 * HSTS, {@code nosniff} and {@code X-Frame-Options} go on every response. The other three govern a document (what
 * it may load and run, what it tells the sites it links to, which windows share its process), so they are left
 * off a body a browser shows without running anything ({@link InertContent}: plain text, JSON, images, ...) while
 * {@code nosniff} keeps it from being taken for HTML; OWASP's advice for APIs is the same. The policy is also left
 * off a 304, whose headers would replace those of the stored page.
 *
 * <p>
 * With {@code SECURE_SSL_REDIRECT} on, a request that did not come over HTTPS gets a 301 to the same URL on
 * {@code https://}, on {@code SECURE_SSL_HOST} if set, else on the request's checked host; paths (without their
 * leading slash) matching a {@code SECURE_REDIRECT_EXEMPT} expression are left on HTTP.
 */
public final class SecurityMiddleware implements Middleware {

    /** Seconds browsers are told to use HTTPS only; default 0, no header. */
    public static final String SECURE_HSTS_SECONDS = "SECURE_HSTS_SECONDS";
    /** Adds {@code includeSubDomains} to HSTS; default false. */
    public static final String SECURE_HSTS_INCLUDE_SUBDOMAINS = "SECURE_HSTS_INCLUDE_SUBDOMAINS";
    /** Adds {@code preload} to HSTS; default false. */
    public static final String SECURE_HSTS_PRELOAD = "SECURE_HSTS_PRELOAD";
    /** Sends {@code X-Content-Type-Options: nosniff}; default true. */
    public static final String SECURE_CONTENT_TYPE_NOSNIFF = "SECURE_CONTENT_TYPE_NOSNIFF";
    /** The {@code Referrer-Policy}; default {@code same-origin}. */
    public static final String SECURE_REFERRER_POLICY = "SECURE_REFERRER_POLICY";
    /** The {@code Cross-Origin-Opener-Policy}; default {@code same-origin}. */
    public static final String SECURE_CROSS_ORIGIN_OPENER_POLICY = "SECURE_CROSS_ORIGIN_OPENER_POLICY";
    /** The {@code X-Frame-Options}; default {@code DENY}. */
    public static final String X_FRAME_OPTIONS = "X_FRAME_OPTIONS";
    /** Redirects plain-HTTP requests to HTTPS; default false. */
    public static final String SECURE_SSL_REDIRECT = "SECURE_SSL_REDIRECT";
    /** The host HTTPS redirects go to; default the request's host. */
    public static final String SECURE_SSL_HOST = "SECURE_SSL_HOST";
    /** Regular expressions for paths (without the leading slash) kept on HTTP; default none. */
    public static final String SECURE_REDIRECT_EXEMPT = "SECURE_REDIRECT_EXEMPT";
    /** The Content-Security-Policy, {@code {nonce}} marking where the nonce goes; empty turns it off. */
    public static final String CONTENT_SECURITY_POLICY = "CONTENT_SECURITY_POLICY";
    /** Sends the policy as {@code Content-Security-Policy-Report-Only}, to try it out; default false. */
    public static final String CONTENT_SECURITY_POLICY_REPORT_ONLY = "CONTENT_SECURITY_POLICY_REPORT_ONLY";

    /** The policy a new project starts with: its own origin only, inline code only with the request's nonce. */
    public static final String DEFAULT_POLICY = "default-src 'self'; script-src 'self' {nonce}; "
            + "style-src 'self' {nonce}; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'; form-action 'self'";

    private static final String NAME = SecurityMiddleware.class.getSimpleName();

    private final String hsts;
    private final String nosniff;
    private final String referrerPolicy;
    private final String openerPolicy;
    private final String frameOptions;
    private final ContentSecurityPolicy policy;
    private final String policyHeader;
    private final boolean sslRedirect;
    private final String sslHost;
    private final List<Pattern> redirectExempt;

    /**
     * Reads the settings above.
     *
     * @throws SettingsException for a value that is not of its kind, or a header value with a line break
     */
    public SecurityMiddleware(Settings settings) {
        long seconds = settings.integer(SECURE_HSTS_SECONDS, 0);
        this.hsts = seconds <= 0
                ? null
                : "max-age=" + seconds
                        + (settings.bool(SECURE_HSTS_INCLUDE_SUBDOMAINS, false) ? "; includeSubDomains" : "")
                        + (settings.bool(SECURE_HSTS_PRELOAD, false) ? "; preload" : "");
        this.nosniff = settings.bool(SECURE_CONTENT_TYPE_NOSNIFF, true) ? "nosniff" : null;
        this.referrerPolicy = headerValue(settings, SECURE_REFERRER_POLICY, "same-origin");
        this.openerPolicy = headerValue(settings, SECURE_CROSS_ORIGIN_OPENER_POLICY, "same-origin");
        this.frameOptions = headerValue(settings, X_FRAME_OPTIONS, "DENY");
        String csp = headerValue(settings, CONTENT_SECURITY_POLICY, DEFAULT_POLICY);
        this.policy = csp == null ? null : new ContentSecurityPolicy(csp);
        this.policyHeader = settings.bool(CONTENT_SECURITY_POLICY_REPORT_ONLY, false)
                ? "Content-Security-Policy-Report-Only"
                : "Content-Security-Policy";
        this.sslRedirect = settings.bool(SECURE_SSL_REDIRECT, false);
        this.sslHost = headerValue(settings, SECURE_SSL_HOST, null);
        this.redirectExempt = RegexList.compile(settings, SECURE_REDIRECT_EXEMPT);
    }

    @Override
    public Response handle(Request request, Chain next) {
        if (policy != null && policy.usesNonce()) {
            request.attribute(CspNonce.ATTRIBUTE, new CspNonce());
        }
        Response response = sslRedirect && !request.isSecure() ? httpsRedirect(request, next) : next.proceed(request);
        secure(request, response);
        return response;
    }

    /**
     * The 301 to HTTPS, or the request passed on when its path is exempt. A host or path that cannot be read gets
     * its error page here, so that it still leaves with the security headers.
     */
    private Response httpsRedirect(Request request, Chain next) {
        String location;
        try {
            if (exempt(request)) {
                return next.proceed(request);
            }
            location = "https://" + (sslHost != null ? sslHost : request.host())
                    + (request.rawPath().startsWith("/") ? request.fullPath() : "/");
        } catch (HttpError e) {
            return request.app().errors().respond(request, e);
        }
        Decision.record(NAME, "https redirect", "location", location);
        return Response.permanentRedirect(location);
    }

    /**
     * Adds each header that is on and that the response does not have yet. The document policies go only where
     * there may be a document: not on an inert body while {@code nosniff} keeps the browser from taking it for
     * something else (a policy there is bytes that change nothing), and the CSP not on a 304, whose headers would
     * replace those of the page the browser keeps (RFC 9111 §4.3.4) while its nonce was never made.
     */
    private void secure(Request request, Response response) {
        if (hsts != null && request.isSecure()) {
            setDefault(response, "Strict-Transport-Security", hsts);
        }
        setDefault(response, "X-Content-Type-Options", nosniff);
        setDefault(response, "X-Frame-Options", frameOptions);
        String type = response.header("Content-Type");
        if (nosniff != null && InertContent.is(type)) {
            Decision.record(NAME, "document policies skipped", "contentType", type);
            return;
        }
        setDefault(response, "Referrer-Policy", referrerPolicy);
        setDefault(response, "Cross-Origin-Opener-Policy", openerPolicy);
        if (policy == null || response.header(policyHeader) != null) {
            return;
        }
        if (response.status() == 304) {
            Decision.record(NAME, "policy skipped", "status", 304);
            return;
        }
        CspNonce nonce = policy.usesNonce() ? CspNonce.of(request) : null;
        boolean used = nonce != null && nonce.used();
        response.addHeader(policyHeader, used ? policy.withNonce(nonce.value()) : policy.withoutNonce());
        Decision.record(NAME, "policy", "header", policyHeader, "nonce", used);
    }

    private boolean exempt(Request request) {
        if (redirectExempt.isEmpty()) {
            return false;
        }
        String path = request.path();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        for (Pattern pattern : redirectExempt) {
            if (pattern.matcher(relative).find()) {
                Decision.record(NAME, "https redirect exempt", "pattern", pattern.pattern());
                return true;
            }
        }
        return false;
    }

    /** Adds a header the response lacks; {@code addHeader}, since there is no line to replace. */
    private static void setDefault(Response response, String name, String value) {
        if (value != null && response.header(name) == null) {
            response.addHeader(name, value);
        }
    }

    /** A header's value from a setting: null when set empty, and never with a line break. */
    private static String headerValue(Settings settings, String key, String fallback) {
        String value = settings.get(key, fallback);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new SettingsException(key + " must be one line: a header value cannot hold a line break");
        }
        return value.strip();
    }
}
