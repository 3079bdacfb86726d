package dev.cairn.web.csrf;

import java.util.List;

/**
 * Why a request failed the CSRF check: Django's reasons, word for word ({@code %s} is filled with the detail), each
 * with what to do about it for the debug page.
 *
 * @param format the reason as logged and shown, with {@code %s} for a detail
 * @param advice what the debug page says about it, a paragraph each
 */
record Reason(String format, List<String> advice) {

    static final Reason BAD_ORIGIN = new Reason("Origin checking failed - %s does not match any trusted origins.",
            "The browser says the request comes from a page of that origin, and it is neither this site (scheme and "
                    + "host as the request reached the site) nor in CSRF_TRUSTED_ORIGINS.",
            "If that origin is yours (another subdomain, a front end on another port), add it to "
                    + "CSRF_TRUSTED_ORIGINS, e.g. https://app.example.com or https://*.example.com. Behind a proxy "
                    + "that ends TLS, make the server trust the proxy so that the request's scheme is https.");
    static final Reason NO_REFERER = new Reason("Referer checking failed - no Referer.",
            "Over HTTPS, a request without an Origin header must carry a Referer naming this site.",
            "A Referrer-Policy of no-referrer, or a browser extension, removes it: use same-origin or "
                    + "strict-origin-when-cross-origin (the SecurityMiddleware default is same-origin).");
    static final Reason MALFORMED_REFERER = new Reason("Referer checking failed - Referer is malformed.",
            "The Referer header is not an absolute URL with a scheme and a host.");
    static final Reason INSECURE_REFERER = new Reason(
            "Referer checking failed - Referer is insecure while host is secure.",
            "The request came over HTTPS from a page loaded over plain HTTP, which anyone on the path could have "
                    + "written.",
            "Serve every page over HTTPS (SECURE_SSL_REDIRECT).");
    static final Reason BAD_REFERER = new Reason("Referer checking failed - %s does not match any trusted origins.",
            "The page the request came from is on another host than this site.",
            "If that host is yours, add its origin to CSRF_TRUSTED_ORIGINS, or set CSRF_COOKIE_DOMAIN to the domain "
                    + "your subdomains share.");
    static final Reason NO_COOKIE = new Reason("CSRF cookie not set.",
            "The client sent no CSRF secret: the cookie never reached it, or it does not send cookies.",
            "The page with the form must print the token ({{ csrf_input }} in the form, or {{ csrf_htmx }} on the "
                    + "body for htmx): printing it is what sets the cookie. Check that the browser accepts cookies "
                    + "and that CSRF_COOKIE_SECURE is off for a site served over plain HTTP.");
    static final Reason BAD_COOKIE = new Reason("CSRF cookie %s.",
            "The CSRF cookie is not a 32-character secret; a fresh one is set with this response.",
            "Reload the page with the form and send it again.");
    static final Reason TOKEN_MISSING = new Reason("CSRF token missing.",
            "The request carried neither the form field csrfmiddlewaretoken nor the CSRF header.",
            "Put {{ csrf_input }} inside the <form>; for htmx put {{ csrf_htmx }} on the <body>; for fetch send the "
                    + "header (CSRF_HEADER_NAME, X-CSRFToken by default) with the value of {{ csrf_token }}.");
    static final Reason BAD_TOKEN = new Reason("CSRF token %s.",
            "The token sent is not one this site makes: 64 characters (a masked token) or 32 (the secret), letters "
                    + "and digits only.",
            "Send the value of {{ csrf_token }} unchanged.");
    static final Reason TOKEN_INCORRECT = new Reason("CSRF token incorrect.",
            "The token sent was made from another secret than the one the client holds: a page older than the "
                    + "cookie (the secret changes at login), or a token from another site.",
            "Reload the page with the form and send it again; a page cached across logins must not hold a token.");

    private Reason(String format, String... advice) {
        this(format, List.of(advice));
    }

    /** The reason with its detail filled in, as logged and shown. */
    String message(String detail) {
        return format.contains("%s") ? String.format(format, detail) : format;
    }
}
