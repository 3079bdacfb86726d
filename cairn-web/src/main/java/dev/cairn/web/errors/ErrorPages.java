package dev.cairn.web.errors;

import dev.cairn.http.HttpException;
import dev.cairn.http.Status;
import dev.cairn.web.DisallowedHost;
import dev.cairn.web.HttpError;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.View;
import dev.cairn.web.templates.Templates;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what went wrong into the page the client sees: 400, 403, 404, 405, 500 or any other error status, each
 * replaceable by the project (Django's {@code handler404} and friends).
 *
 * <p>
 * How a page is chosen:
 * <ol>
 * <li>In debug, the debug pages: the URL patterns tried for a 404, the allowed methods for a 405, the message for
 * other client errors, and the technical page (stack with source, request, settings, journey) for a server error.
 * As in Django, the project's replacements are not used in debug.</li>
 * <li>Out of debug, a view given with {@link Builder#page(int, View)} for the status;</li>
 * <li>else JSON ({@code {"status":404,"error":"Not Found"}}) when the request's {@code Accept} ranks JSON above
 * HTML (in debug too, with a {@code "detail"});</li>
 * <li>else the template {@code <status>.html} when {@link Builder#templates(Templates)} was given and holds it,
 * rendered with {@code status}, {@code reason} and {@code request_path} (autoescaped);</li>
 * <li>else the built-in page: the status and its reason, and nothing else.</li>
 * </ol>
 * A replacement that fails is logged and the built-in page sent; a debug page that cannot be built is logged and
 * the built-in page sent. No method here throws. A 500 is logged with its stack; a {@link DisallowedHost} is logged
 * as a warning on {@code cairn.security.DisallowedHost}.
 */
public final class ErrorPages {

    /** The request attribute a replacement page finds the error under, as a {@link Failure}. */
    public static final String FAILURE = "cairn.error";

    /** The setting listing extra folders of Java sources for the debug page, comma-separated. */
    public static final String SOURCE_ROOTS = "SOURCE_ROOTS";

    private static final Logger LOG = System.getLogger("cairn.request");
    private static final Logger SECURITY = System.getLogger("cairn.security.DisallowedHost");

    private final boolean debug;
    private final Map<Integer, View> pages;
    private final Templates templates;
    private volatile SourceExcerpts sources;

    private ErrorPages(Builder builder) {
        this.debug = builder.debug;
        this.pages = Map.copyOf(builder.pages);
        this.templates = builder.templates;
    }

    /** Starts with the built-in pages, no templates and debug off. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * What went wrong, for a replacement page.
     *
     * @param status  the status being answered
     * @param error   the exception, or null for a 404 or 405 decided by the resolver
     * @param tried   the patterns the resolver tried, for a 404 (empty otherwise)
     * @param allowed the methods the path accepts, for a 405 (empty otherwise)
     */
    public record Failure(int status, Throwable error, List<String> tried, Set<String> allowed) {}

    /** The status an exception is answered with: its own for HTTP errors, else 500. */
    public static int statusOf(Throwable error) {
        return switch (error) {
            case HttpError e -> e.status();
            case HttpException e -> e.status();
            default -> 500;
        };
    }

    /** Whether the debug pages are shown. */
    public boolean debug() {
        return debug;
    }

    /** The response to an exception thrown by a view or a middleware; it is logged as its status deserves. */
    public Response respond(Request request, Throwable error) {
        int status = statusOf(error);
        if (error instanceof DisallowedHost) {
            SECURITY.log(Level.WARNING, error.getMessage());
        } else if (status >= 500) {
            LOG.log(Level.ERROR, "Internal Server Error: " + request.method() + " " + request.rawPath(), error);
        }
        return page(request, new Failure(status, error, List.of(), Set.of()));
    }

    /** The 404 for a path no route matched. */
    public Response notFound(Request request, List<String> tried) {
        return page(request, new Failure(404, null, tried, Set.of()));
    }

    /** The 405 for a path whose routes do not accept the method; it carries {@code Allow}. */
    public Response methodNotAllowed(Request request, Set<String> allowed) {
        Response response = page(request, new Failure(405, null, List.of(), allowed));
        return response.header("Allow", String.join(", ", allowed));
    }

    private Response page(Request request, Failure failure) {
        try {
            return chosen(request, failure);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.ERROR, "The " + failure.status() + " page could not be built; the plain page is sent", e);
            return BuiltinPages.plain(failure.status());
        }
    }

    private Response chosen(Request request, Failure failure) {
        boolean json = JsonPreference.prefersJson(request.header("Accept"));
        if (debug) {
            Response response = json
                    ? BuiltinPages.json(failure.status(), detail(request, failure))
                    : DebugPages.render(request, failure, sources(request), templates);
            return response.header("Vary", "Accept");
        }
        Response replaced = replacement(request, failure);
        if (replaced != null) {
            return replaced;
        }
        Response response = json ? BuiltinPages.json(failure.status(), null) : fromTemplate(request, failure);
        return (response != null ? response : BuiltinPages.plain(failure.status())).header("Vary", "Accept");
    }

    /** The project's view for the status, or null when there is none or it failed. */
    private Response replacement(Request request, Failure failure) {
        View view = pages.get(failure.status());
        if (view == null) {
            return null;
        }
        request.attribute(FAILURE, failure);
        try {
            Response response = view.handle(request);
            return response == null ? null : response.status(failure.status());
        } catch (Exception e) {
            LOG.log(Level.ERROR, "The " + failure.status() + " page itself failed; the built-in page is sent", e);
            return null;
        }
    }

    /** The project's {@code <status>.html}, or null when there is none or it failed. */
    private Response fromTemplate(Request request, Failure failure) {
        String name = failure.status() + ".html";
        if (templates == null || !templates.exists(name)) {
            return null;
        }
        try {
            Map<String, Object> context = Map.of("status", failure.status(), "reason",
                    Status.reason(failure.status()), "request_path", DebugPages.path(request));
            return Response.html(templates.render(name, context, request)).status(failure.status()).rendered(name,
                    context);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "The template " + name + " failed; the built-in page is sent", e);
            return null;
        }
    }

    /** What a debug JSON answer says went wrong. */
    private static String detail(Request request, Failure failure) {
        if (failure.error() != null) {
            return DebugPages.message(failure.error());
        }
        if (failure.status() == 405) {
            return "Allowed methods: " + String.join(", ", failure.allowed());
        }
        return "No route matches " + DebugPages.path(request) + "; tried: " + String.join(", ", failure.tried());
    }

    /** The source finder, made on first use from the working folder and the {@code SOURCE_ROOTS} setting. */
    private SourceExcerpts sources(Request request) {
        SourceExcerpts found = sources;
        if (found == null) {
            found = SourceExcerpts.forProject(Path.of("").toAbsolutePath(), request.settings().list(SOURCE_ROOTS));
            sources = found;
        }
        return found;
    }

    /** Chooses the pages. */
    public static final class Builder {
        private boolean debug;
        private final Map<Integer, View> pages = new HashMap<>();
        private Templates templates;

        private Builder() {}

        /** Shows what went wrong (debug) or nothing (production). */
        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        /**
         * Replaces the page for a status with a view; the view finds the {@link Failure} under the request
         * attribute {@link #FAILURE}, and its response is sent with that status.
         */
        public Builder page(int status, View view) {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("an error page is for a 4xx or 5xx status, not " + status);
            }
            pages.put(status, view);
            return this;
        }

        /**
         * Looks for the project's error templates ({@code 404.html}, {@code 500.html}, ...) in these templates;
         * each is rendered with {@code status}, {@code reason} and {@code request_path}.
         */
        public Builder templates(Templates templates) {
            this.templates = templates;
            return this;
        }

        /** The pages. */
        public ErrorPages build() {
            return new ErrorPages(this);
        }
    }
}
