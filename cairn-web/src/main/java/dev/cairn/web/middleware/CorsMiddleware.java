package dev.cairn.web.middleware;

import dev.cairn.web.Middleware;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.settings.Settings;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cross-Origin Resource Sharing (WHATWG Fetch, "CORS protocol"), as the {@code django-cors-headers} package does
 * it: which other origins' scripts may read this site's responses.
 *
 * <p>
 * On paths matching {@code CORS_URLS_REGEX}:
 * <ul>
 * <li>a preflight ({@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}) is answered at
 * once with an empty 200, never reaching the view; when its origin is allowed the answer carries
 * {@code Access-Control-Allow-Origin}, {@code -Allow-Methods}, {@code -Allow-Headers}, {@code -Max-Age} and, with
 * credentials, {@code -Allow-Credentials}; when it is not, none of them, and the browser refuses the request;</li>
 * <li>any other request from an allowed origin gets {@code Access-Control-Allow-Origin} ({@code *} when all
 * origins are allowed without credentials, else the origin itself, since browsers refuse {@code *} with
 * credentials), {@code -Expose-Headers} and {@code -Allow-Credentials};</li>
 * <li>every response gets {@code Vary: Origin}, since whether it carries these headers depends on it.</li>
 * </ul>
 *
 * <p>
 * An origin is allowed when it is listed exactly (compared case-insensitively), matches one of the regular
 * expressions in whole, or all are allowed. A malformed {@code Origin} (anything but {@code scheme://host[:port]})
 * is treated as a disallowed one: no CORS headers, no error. {@code null}, which any page can make its requests
 * carry by sandboxing itself, is allowed only when listed.
 */
public final class CorsMiddleware implements Middleware {

    /** Exact origins ({@code https://app.example.com}) allowed; default none. */
    public static final String CORS_ALLOWED_ORIGINS = "CORS_ALLOWED_ORIGINS";
    /** Regular expressions an allowed origin matches in whole; default none. */
    public static final String CORS_ALLOWED_ORIGIN_REGEXES = "CORS_ALLOWED_ORIGIN_REGEXES";
    /** Allows every origin; default false. */
    public static final String CORS_ALLOW_ALL_ORIGINS = "CORS_ALLOW_ALL_ORIGINS";
    /** The methods a preflight allows; default {@link #DEFAULT_METHODS}. */
    public static final String CORS_ALLOW_METHODS = "CORS_ALLOW_METHODS";
    /** The request headers a preflight allows; default {@link #DEFAULT_HEADERS}. */
    public static final String CORS_ALLOW_HEADERS = "CORS_ALLOW_HEADERS";
    /** Lets cross-origin requests carry cookies and credentials; default false. */
    public static final String CORS_ALLOW_CREDENTIALS = "CORS_ALLOW_CREDENTIALS";
    /** Response headers scripts of other origins may read; default none. */
    public static final String CORS_EXPOSE_HEADERS = "CORS_EXPOSE_HEADERS";
    /** How long, in seconds, a browser may cache a preflight's answer; default 86400, 0 for no header. */
    public static final String CORS_PREFLIGHT_MAX_AGE = "CORS_PREFLIGHT_MAX_AGE";
    /** The paths CORS applies to, a regular expression matched from the start; default {@code ^.*$}. */
    public static final String CORS_URLS_REGEX = "CORS_URLS_REGEX";

    /** The methods allowed by default. */
    public static final List<String> DEFAULT_METHODS = List.of("DELETE", "GET", "OPTIONS", "PATCH", "POST", "PUT");
    /** The request headers allowed by default: {@code django-cors-headers}' list, and the headers htmx sends. */
    public static final List<String> DEFAULT_HEADERS = List.of("accept", "authorization", "content-type",
            "user-agent", "x-csrftoken", "x-requested-with", "hx-boosted", "hx-current-url",
            "hx-history-restore-request", "hx-prompt", "hx-request", "hx-target", "hx-trigger", "hx-trigger-name");

    private static final String ALL_PATHS = "^.*$";
    private static final String NAME = CorsMiddleware.class.getSimpleName();

    private final CorsOrigins origins;
    private final boolean credentials;
    private final String methods;
    private final String headers;
    private final String expose;
    private final String maxAge;
    private final Pattern urls;

    /** Reads the settings above; a malformed origin or expression stops start-up, naming the setting. */
    public CorsMiddleware(Settings settings) {
        this.origins = new CorsOrigins(CORS_ALLOWED_ORIGINS, settings.list(CORS_ALLOWED_ORIGINS),
                RegexList.compile(settings, CORS_ALLOWED_ORIGIN_REGEXES),
                settings.bool(CORS_ALLOW_ALL_ORIGINS, false));
        this.credentials = settings.bool(CORS_ALLOW_CREDENTIALS, false);
        this.methods = joined(settings, CORS_ALLOW_METHODS, DEFAULT_METHODS);
        this.headers = joined(settings, CORS_ALLOW_HEADERS, DEFAULT_HEADERS);
        this.expose = joined(settings, CORS_EXPOSE_HEADERS, List.of());
        long seconds = settings.integer(CORS_PREFLIGHT_MAX_AGE, 24 * 60 * 60);
        this.maxAge = seconds > 0 ? Long.toString(seconds) : null;
        Pattern url = RegexList.one(settings, CORS_URLS_REGEX);
        this.urls = url == null || url.pattern().equals(ALL_PATHS) ? null : url;
    }

    @Override
    public Response handle(Request request, Chain next) {
        if (urls != null && !urls.matcher(request.path()).lookingAt()) {
            return next.proceed(request);
        }
        String origin = request.header("Origin");
        boolean preflight = origin != null && request.method().equals("OPTIONS")
                && request.header("Access-Control-Request-Method") != null;
        Response response = preflight ? Response.of(200) : next.proceed(request);
        Vary.add(response, "Origin");
        if (origin == null) {
            return response;
        }
        if (!origins.allows(origin)) {
            Decision.record(NAME, preflight ? "preflight refused" : "origin refused", "origin", origin);
            return response;
        }
        response.header("Access-Control-Allow-Origin", origins.all() && !credentials ? "*" : origin);
        if (credentials) {
            response.header("Access-Control-Allow-Credentials", "true");
        }
        if (expose != null) {
            response.header("Access-Control-Expose-Headers", expose);
        }
        if (preflight) {
            response.header("Access-Control-Allow-Methods", methods);
            response.header("Access-Control-Allow-Headers", headers);
            if (maxAge != null) {
                response.header("Access-Control-Max-Age", maxAge);
            }
        }
        Decision.record(NAME, preflight ? "preflight allowed" : "origin allowed", "origin", origin);
        return response;
    }

    /** A list setting as a header's comma-separated value, or null when it is empty. */
    private static String joined(Settings settings, String key, List<String> fallback) {
        List<String> items = settings.get(key) == null ? fallback : settings.list(key);
        return items.isEmpty() ? null : String.join(", ", items);
    }
}
