package dev.cairn.web.csrf;

import dev.cairn.journey.Journey;
import dev.cairn.web.Middleware;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.View;
import dev.cairn.web.routing.Resolution;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.Set;

/**
 * Refuses cross-site request forgery, as Django's {@code CsrfViewMiddleware}: every request whose method is not
 * safe ({@code GET}, {@code HEAD}, {@code OPTIONS}, {@code TRACE} are) must come from this site's own pages.
 *
 * <p>
 * How a request is treated, each step recorded in the journey:
 * <ol>
 * <li>a safe method passes unchecked: it must not change anything (RFC 9110 §9.2.1);</li>
 * <li>a request no route matches, or whose route does not take its method, passes on to its 404 or 405: no view
 * runs, so there is nothing to protect. The middleware learns which view will run from
 * {@link Request#resolution()}, which the site then dispatches on;</li>
 * <li>an exempt view ({@link Csrf#exempt(View)}, {@link CsrfExempt}) passes unchecked;</li>
 * <li>inside the test client's {@link TestClientBypass}, the request passes unchecked;</li>
 * <li>else the Origin (or, over HTTPS without one, the Referer) and the token are checked ({@link CsrfChecks});
 * a failure is logged as a warning on {@code cairn.security.csrf} with the path and the reason, and answered by
 * the failure view: by default the site's 403 page, which in debug says which check failed and how to fix it.</li>
 * </ol>
 * On the way out, the secret is saved when a page printed a token (see {@link Csrf}).
 *
 * <p>
 * Its place in the stack is after the security, host and common middleware, and before anything that acts on
 * unsafe requests (Django's order); a session middleware must come before it with {@code CSRF_USE_SESSIONS}.
 */
public final class CsrfMiddleware implements Middleware {

    /** The CSRF cookie's name; default {@code csrftoken}. */
    public static final String CSRF_COOKIE_NAME = "CSRF_COOKIE_NAME";
    /** The CSRF cookie's age in seconds; default a year. */
    public static final String CSRF_COOKIE_AGE = "CSRF_COOKIE_AGE";
    /** The CSRF cookie's {@code Domain}; default none (host-only). */
    public static final String CSRF_COOKIE_DOMAIN = "CSRF_COOKIE_DOMAIN";
    /** The CSRF cookie's {@code Path}; default {@code /}. */
    public static final String CSRF_COOKIE_PATH = "CSRF_COOKIE_PATH";
    /** Whether the CSRF cookie is {@code Secure}; default {@code false} (turn it on for a site served over HTTPS). */
    public static final String CSRF_COOKIE_SECURE = "CSRF_COOKIE_SECURE";
    /** Whether the CSRF cookie is {@code HttpOnly}; default {@code false}, so JavaScript can read it. */
    public static final String CSRF_COOKIE_HTTPONLY = "CSRF_COOKIE_HTTPONLY";
    /** The CSRF cookie's {@code SameSite}: {@code Lax} (default), {@code Strict}, {@code None} or {@code false}. */
    public static final String CSRF_COOKIE_SAMESITE = "CSRF_COOKIE_SAMESITE";
    /** The header a token may be sent in instead of the form field; default {@code X-CSRFToken}. */
    public static final String CSRF_HEADER_NAME = "CSRF_HEADER_NAME";
    /** Other origins allowed to send unsafe requests: {@code https://app.example.com, https://*.example.com}. */
    public static final String CSRF_TRUSTED_ORIGINS = "CSRF_TRUSTED_ORIGINS";
    /** Keep the secret in the session instead of a cookie; default {@code false}. */
    public static final String CSRF_USE_SESSIONS = "CSRF_USE_SESSIONS";

    static final String NAME = CsrfMiddleware.class.getSimpleName();
    private static final Logger SECURITY = System.getLogger("cairn.security.csrf");
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final CsrfSecretStore store;
    private final String headerName;
    private final CsrfChecks checks;
    private final View failureView;
    private final Logger log;

    /**
     * The middleware as the settings describe it, with the site's 403 page for failures.
     *
     * @throws SettingsException for a {@code CSRF_*} setting that cannot be used, naming it
     */
    public CsrfMiddleware(Settings settings) {
        this(builder(settings));
    }

    private CsrfMiddleware(Builder builder) {
        Settings settings = builder.settings;
        boolean sessions = settings.bool(CSRF_USE_SESSIONS, false);
        CookieSecretStore cookie = sessions ? null : CookieSecretStore.of(settings);
        this.store = builder.store != null ? builder.store : sessions ? new SessionSecretStore() : cookie;
        this.headerName = settings.get(CSRF_HEADER_NAME, "X-CSRFToken").strip();
        if (!headerName.matches("[A-Za-z0-9-]+")) {
            throw new SettingsException(CSRF_HEADER_NAME + " must be a header name of letters, digits and hyphens, "
                    + "not '" + headerName + "'");
        }
        String domain = sessions ? settings.get("SESSION_COOKIE_DOMAIN") : cookie.cookieDomain();
        this.checks = new CsrfChecks(TrustedOrigins.of(CSRF_TRUSTED_ORIGINS, settings.list(CSRF_TRUSTED_ORIGINS)),
                headerName, domain == null || domain.isBlank() ? null : domain.strip());
        this.failureView = builder.failureView;
        this.log = builder.log;
    }

    /** Starts a middleware read from these settings, whose store and failure view can be replaced. */
    public static Builder builder(Settings settings) {
        return new Builder(settings);
    }

    @Override
    public Response handle(Request request, Chain next) {
        CsrfState state = new CsrfState(store, request, headerName);
        request.attribute(Csrf.STATE, state);
        CsrfRejected rejected = verdict(request, state);
        Response response = rejected == null ? next.proceed(request) : reject(request, rejected);
        state.save(response);
        return response;
    }

    /** Null when the request may go on, else why not; each outcome is recorded. */
    private CsrfRejected verdict(Request request, CsrfState state) {
        if (SAFE.contains(request.method())) {
            return skipped("safe method");
        }
        if (!(request.resolution() instanceof Resolution.Match<View> match)) {
            return skipped("no view matches: the request gets its 404 or 405");
        }
        if (Csrf.isExempt(match.view())) {
            return skipped("exempt view");
        }
        if (TestClientBypass.active()) {
            return skipped("checks off for the in-process test client");
        }
        CsrfRejected rejected = checks.check(request, state);
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record("middleware", rejected == null ? "csrf accepted" : "csrf rejected", "name", NAME,
                    "reason", rejected == null ? "origin and token verified" : rejected.reason());
        }
        return rejected;
    }

    private static CsrfRejected skipped(String reason) {
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record("middleware", "csrf skipped", "name", NAME, "reason", reason);
        }
        return null;
    }

    /** Logs the refusal and answers with the failure view, or the site's 403 page. */
    private Response reject(Request request, CsrfRejected rejected) {
        log.log(Level.WARNING, "Forbidden (" + rejected.reason() + "): " + request.method() + " "
                + request.rawPath());
        request.attribute(Csrf.REJECTION, rejected);
        if (failureView != null) {
            try {
                Response response = failureView.handle(request);
                if (response != null) {
                    return response;
                }
            } catch (Exception e) {
                return request.app().errors().respond(request, e);
            }
        }
        return request.app().errors().respond(request, rejected);
    }

    /** Replaces the parts a project may want its own of. */
    public static final class Builder {
        private final Settings settings;
        private CsrfSecretStore store;
        private View failureView;
        private Logger log = SECURITY;

        private Builder(Settings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        /** Keeps the secret in this store instead of the one {@code CSRF_USE_SESSIONS} chooses. */
        public Builder store(CsrfSecretStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Answers refused requests with this view instead of the site's 403 page (Django's
         * {@code CSRF_FAILURE_VIEW}); it finds why with {@link Csrf#rejection(Request)}, and should answer 403.
         */
        public Builder failureView(View view) {
            this.failureView = Objects.requireNonNull(view, "view");
            return this;
        }

        /** Logs refusals here instead of on {@code cairn.security.csrf}, for tests. */
        Builder log(Logger log) {
            this.log = Objects.requireNonNull(log, "log");
            return this;
        }

        /**
         * The middleware.
         *
         * @throws SettingsException for a {@code CSRF_*} setting that cannot be used, naming it
         */
        public CsrfMiddleware build() {
            return new CsrfMiddleware(this);
        }
    }
}
