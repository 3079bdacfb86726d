package dev.cairn.web.csrf;

import dev.cairn.journey.Journey;
import dev.cairn.web.DisallowedHost;
import dev.cairn.web.Request;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The checks an unsafe request must pass, in Django's order: where it came from, then the token.
 *
 * <ol>
 * <li>With an {@code Origin} header (every current browser sends one on a cross-site POST), the origin must be the
 * request's own scheme and host, or trusted ({@code CSRF_TRUSTED_ORIGINS}).</li>
 * <li>Without one, over HTTPS, the {@code Referer} must be present, https, and name this host (or the CSRF cookie's
 * domain, or a trusted origin's host): a man in the middle of a plain-HTTP page of the same domain cannot forge
 * it.</li>
 * <li>The client must hold a well-formed secret, and send a token made from it in the form field
 * {@code csrfmiddlewaretoken} (POST) or the CSRF header; the comparison takes constant time.</li>
 * </ol>
 * Each check is recorded in the journey with its verdict; the token and the secret never are.
 */
final class CsrfChecks {

    private final TrustedOrigins trusted;
    private final String headerName;
    private final String cookieDomain;

    CsrfChecks(TrustedOrigins trusted, String headerName, String cookieDomain) {
        this.trusted = trusted;
        this.headerName = headerName;
        this.cookieDomain = cookieDomain;
    }

    /** Runs the checks; returns null when the request passes them all, else why it does not. */
    CsrfRejected check(Request request, CsrfState state) {
        String origin = request.header("Origin");
        if (origin != null) {
            if (!originVerified(request, origin)) {
                return failed("origin", Reason.BAD_ORIGIN, origin);
            }
            passed("origin", origin);
        } else if (request.isSecure()) {
            CsrfRejected refused = referer(request);
            if (refused != null) {
                return refused;
            }
        }
        return token(request, state);
    }

    private boolean originVerified(Request request, String origin) {
        try {
            if (origin.equalsIgnoreCase(request.scheme() + "://" + request.host())) {
                return true;
            }
        } catch (DisallowedHost e) {
            // Not a host of this site: only a trusted origin can pass.
        }
        return trusted.allowsOrigin(origin);
    }

    private CsrfRejected referer(Request request) {
        String referer = request.header("Referer");
        if (referer == null) {
            return failed("referer", Reason.NO_REFERER, null);
        }
        URI uri;
        try {
            uri = new URI(referer.strip());
        } catch (URISyntaxException e) {
            return failed("referer", Reason.MALFORMED_REFERER, null);
        }
        String authority = uri.getRawAuthority();
        if (uri.getScheme() == null || authority == null || authority.isEmpty()) {
            return failed("referer", Reason.MALFORMED_REFERER, null);
        }
        if (!uri.getScheme().equalsIgnoreCase("https")) {
            return failed("referer", Reason.INSECURE_REFERER, null);
        }
        String host = authority.toLowerCase(Locale.ROOT);
        if (!trusted.allowsRefererHost(host) && !TrustedOrigins.sameDomain(host, goodReferer(request))) {
            return failed("referer", Reason.BAD_REFERER, referer);
        }
        passed("referer", referer);
        return null;
    }

    /**
     * The host a Referer must name: the CSRF cookie's domain (with the request's port, unless 80 or 443) when one is
     * set, so that subdomains sharing the cookie may post to each other; else the request's own host.
     */
    private String goodReferer(Request request) {
        String host;
        try {
            host = request.host();
        } catch (DisallowedHost e) {
            return "";
        }
        if (cookieDomain == null) {
            return host;
        }
        int colon = host.lastIndexOf(':');
        String port = colon > host.lastIndexOf(']') ? host.substring(colon + 1) : "";
        boolean usual = port.isEmpty() || port.equals("80") || port.equals("443");
        return cookieDomain.toLowerCase(Locale.ROOT) + (usual ? "" : ":" + port);
    }

    private CsrfRejected token(Request request, CsrfState state) {
        if (state.problem() != null) {
            return failed("cookie", Reason.BAD_COOKIE, state.problem());
        }
        String secret = state.held();
        if (secret == null) {
            return failed("cookie", Reason.NO_COOKIE, null);
        }
        String token = request.method().equals("POST") ? request.form(Csrf.FORM_FIELD) : null;
        String source = "form field " + Csrf.FORM_FIELD;
        if (token == null || token.isEmpty()) {
            token = request.header(headerName);
            source = "header " + headerName;
            if (token == null) {
                return failed("token", Reason.TOKEN_MISSING, null);
            }
        }
        String problem = CsrfTokens.formatProblem(token, true);
        if (problem != null) {
            return failed("token", Reason.BAD_TOKEN, problem);
        }
        if (!CsrfTokens.matches(token, secret)) {
            return failed("token", Reason.TOKEN_INCORRECT, null);
        }
        passed("token", source);
        return null;
    }

    private static void passed(String check, String detail) {
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record("middleware", "csrf check", "name", CsrfMiddleware.NAME, "check", check, "verdict",
                    "passed", "detail", detail);
        }
    }

    private static CsrfRejected failed(String check, Reason reason, String detail) {
        CsrfRejected rejected = new CsrfRejected(reason, detail);
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record("middleware", "csrf check", "name", CsrfMiddleware.NAME, "check", check, "verdict",
                    "failed", "detail", rejected.reason());
        }
        return rejected;
    }
}
