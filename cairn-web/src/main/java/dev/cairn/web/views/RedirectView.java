package dev.cairn.web.views;

import dev.cairn.http.PercentCodec;
import dev.cairn.web.HttpError;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.routing.NoReverseMatch;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A view that redirects every request it gets: Django's {@code RedirectView}.
 *
 * <pre>{@code
 * Routes.path("old/<slug:slug>/", RedirectView.to("/articles/{slug}/").permanent(true), "old-article")
 * Routes.path("p/<int:pk>/", RedirectView.toRoute("blog:post"), "short-post")
 * }</pre>
 *
 * <p>
 * The target is either a URL whose {@code {name}} placeholders are filled with the path arguments, each
 * percent-encoded as UTF-8 so that it cannot change the URL's structure (only unreserved characters and {@code /}
 * stay as they are), or a named route reversed with the path arguments. When there is no target ({@link #target}
 * returns null, or the route does not reverse with these arguments) the answer is {@code 410 Gone}, as Django's.
 *
 * <p>
 * The status is 302 Found, or 301 Moved Permanently with {@link #permanent(boolean)}; with
 * {@link #preserveMethod(boolean)} they become 307 and 308, which tell the client to repeat the same method and body
 * (RFC 9110 §15.4). With {@link #queryString(boolean)} the request's query string is passed on. Every method is
 * redirected alike.
 *
 * <p>
 * Configure the view while building the routes; after that it is shared by every request and must not change.
 */
public class RedirectView extends ClassView {

    private static final Logger LOG = System.getLogger("cairn.request");
    /** A placeholder: a Java-like identifier in braces, as route parameters are named. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final String url;
    private final String route;
    private boolean permanent;
    private boolean preserveMethod;
    private boolean queryString;

    /**
     * A view redirecting to {@code url} (with placeholders) or, when it is null, to the named {@code route}; for
     * subclasses, which may pass both null and override {@link #target(Request)}.
     */
    protected RedirectView(String url, String route) {
        if (url != null && route != null) {
            throw new IllegalArgumentException("a RedirectView goes to a URL or to a route, not both");
        }
        if (url != null && (url.indexOf('\r') >= 0 || url.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException("a redirect URL must not contain a line break");
        }
        this.url = url;
        this.route = route;
    }

    /** Returns a view redirecting to {@code url}, its {@code {name}} placeholders filled from the path arguments. */
    public static RedirectView to(String url) {
        return new RedirectView(Objects.requireNonNull(url, "url"), null);
    }

    /** Returns a view redirecting to the named route ({@code "blog:post"}), reversed with the path arguments. */
    public static RedirectView toRoute(String name) {
        return new RedirectView(null, Objects.requireNonNull(name, "name"));
    }

    /** Makes the redirect permanent (301, or 308 preserving the method) or not (302, or 307); returns this view. */
    public RedirectView permanent(boolean permanent) {
        this.permanent = permanent;
        return this;
    }

    /** Makes the client repeat the request's method and body at the target (307 or 308); returns this view. */
    public RedirectView preserveMethod(boolean preserveMethod) {
        this.preserveMethod = preserveMethod;
        return this;
    }

    /** Passes the request's query string on to the target; returns this view. */
    public RedirectView queryString(boolean queryString) {
        this.queryString = queryString;
        return this;
    }

    /** Returns the status this view redirects with: 301, 302, 307 or 308. */
    public int status() {
        if (preserveMethod) {
            return permanent ? 308 : 307;
        }
        return permanent ? 301 : 302;
    }

    /**
     * Returns where to send this request, before any query string is added, or null when there is nowhere (the
     * answer is then 410). A subclass may override it to compute the target.
     *
     * @throws IllegalStateException when the URL names a placeholder the route has no argument for: a mistake in
     *             the routes, answered 500
     */
    protected String target(Request request) {
        if (url != null) {
            return fill(url, request.kwargs());
        }
        if (route == null) {
            return null;
        }
        try {
            return request.app().resolver().reverse(route, request.kwargs());
        } catch (NoReverseMatch e) {
            return null;
        }
    }

    @Override
    protected Response get(Request request) {
        String target = target(request);
        if (target == null) {
            LOG.log(Level.WARNING, "Gone: " + request.method() + " " + request.rawPath());
            throw new HttpError(410, "RedirectView has no target for this request"
                    + (route == null ? "" : ": route '" + route + "' does not reverse with " + request.kwargs()));
        }
        if (queryString && !request.queryString().isEmpty()) {
            target += (target.indexOf('?') < 0 ? "?" : "&") + request.queryString();
        }
        return Response.redirect(target, status());
    }

    @Override
    protected Response head(Request request) {
        return get(request);
    }

    @Override
    protected Response post(Request request) {
        return get(request);
    }

    @Override
    protected Response put(Request request) {
        return get(request);
    }

    @Override
    protected Response patch(Request request) {
        return get(request);
    }

    @Override
    protected Response delete(Request request) {
        return get(request);
    }

    @Override
    protected Response options(Request request) {
        return get(request);
    }

    /** Replaces each {@code {name}} with the argument's text, percent-encoded. */
    static String fill(String url, Map<String, Object> kwargs) {
        Matcher placeholder = PLACEHOLDER.matcher(url);
        StringBuilder filled = new StringBuilder(url.length() + 16);
        while (placeholder.find()) {
            Object value = kwargs.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("RedirectView URL '" + url + "' names {" + placeholder.group(1)
                        + "}, but the route's path arguments are " + kwargs.keySet());
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(encode(value.toString())));
        }
        placeholder.appendTail(filled);
        String result = filled.toString();
        if (result.startsWith("//") && !url.startsWith("//")) {
            // An argument made the URL scheme-relative ("//evil.example"), which would send the client off-site.
            return "/%2F" + result.substring(2);
        }
        return result;
    }

    /** Percent-encodes every UTF-8 byte but RFC 3986's unreserved characters and {@code /}. */
    static String encode(String value) {
        return PercentCodec.encodePathStrict(value);
    }

    @Override
    public String toString() {
        return "RedirectView[" + (url != null ? url : "route " + route) + " " + status() + "]";
    }
}
