package dev.cairn.web.middleware;

import dev.cairn.http.HttpException;
import dev.cairn.web.Middleware;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.View;
import dev.cairn.web.routing.Resolution;
import dev.cairn.web.routing.Resolver;
import dev.cairn.web.settings.Settings;

/**
 * Django's {@code CommonMiddleware} with its {@code ConditionalGetMiddleware} folded in: it redirects
 * {@code /path} to {@code /path/} when only the latter exists, and answers conditional GETs of responses held in
 * memory with 304 or 412.
 *
 * <p>
 * Both act on the way out, so a request that matched a route and got a 200 pays for the ETag and nothing else:
 *
 * <ul>
 * <li>a 404 for a path without a trailing slash, when the path does not resolve but the path with a slash does,
 * becomes a 301 to the path with the slash, query kept ({@code APPEND_SLASH}, on by default). A POST, PUT or
 * PATCH would lose its body on the way (browsers follow a 301 with GET), so in debug it fails with a 500 saying
 * how to fix the form instead; out of debug it is redirected anyway, as in Django;</li>
 * <li>a 200 to GET or HEAD whose body is in memory gets a strong {@code ETag} (unless it has one, or
 * {@code Cache-Control: no-store}), and its preconditions are evaluated as RFC 9110 §13.2.2 says
 * (If-Match, If-Unmodified-Since, If-None-Match, If-Modified-Since). Streamed and file bodies are left alone: files are answered where they are sent.</li>
 * </ul>
 */
public final class CommonMiddleware implements Middleware {

    /** Redirect {@code /path} to {@code /path/} when only the latter resolves; default {@code true}. */
    public static final String APPEND_SLASH = Settings.APPEND_SLASH;

    private static final String NAME = CommonMiddleware.class.getSimpleName();

    private final boolean appendSlash;
    private final boolean debug;

    /** Reads {@code APPEND_SLASH} and {@code DEBUG}. */
    public CommonMiddleware(Settings settings) {
        this.appendSlash = settings.bool(APPEND_SLASH, true);
        this.debug = settings.debug();
    }

    @Override
    public Response handle(Request request, Chain next) {
        Response response = next.proceed(request);
        int status = response.status();
        if (status == 404 && appendSlash) {
            return appendSlash(request, response);
        }
        if (status == 200) {
            ConditionalGet.apply(request, response);
        }
        return response;
    }

    /** The redirect to the path with a slash, or the 404 as it was. */
    private Response appendSlash(Request request, Response notFound) {
        String path = request.rawPath();
        if (!path.startsWith("/") || path.endsWith("/") || !onlyWithSlashResolves(request, path)) {
            return notFound;
        }
        String method = request.method();
        String location = escapeLeadingSlashes(path + "/");
        if (debug && (method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))) {
            throw new IllegalStateException("You called this URL via " + method + ", but the URL doesn't end in a "
                    + "slash and APPEND_SLASH is on. Cairn can't redirect to the slash URL while keeping the "
                    + method + " data. Change your form to point to " + location + " (note the trailing slash), "
                    + "or set APPEND_SLASH=false in your settings.");
        }
        if (!request.queryString().isEmpty()) {
            location = location + "?" + request.queryString();
        }
        Decision.record(NAME, "append slash", "location", location);
        return Response.permanentRedirect(location);
    }

    /**
     * Whether the path resolves to nothing (so the 404 is the resolver's, not a view's) while the path with a
     * slash resolves, for any method as Django's {@code is_valid_path}: a 405 there is still worth the redirect.
     */
    private static boolean onlyWithSlashResolves(Request request, String path) {
        Resolver<View> resolver = request.app().resolver();
        try {
            return resolver.resolve(request.method(), path) instanceof Resolution.NotFound
                    && !(resolver.resolve(request.method(), path + "/") instanceof Resolution.NotFound);
        } catch (HttpException e) {
            return false;
        }
    }

    /**
     * Keeps a path that starts with {@code //} (or {@code /\}, which browsers read alike) from becoming a
     * protocol-relative URL to another site in {@code Location}, as Django's {@code escape_leading_slashes}.
     */
    static String escapeLeadingSlashes(String path) {
        if (path.length() > 1 && path.charAt(0) == '/' && (path.charAt(1) == '/' || path.charAt(1) == '\\')) {
            return "/%" + (path.charAt(1) == '/' ? "2F" : "5C") + path.substring(2);
        }
        return path;
    }
}
