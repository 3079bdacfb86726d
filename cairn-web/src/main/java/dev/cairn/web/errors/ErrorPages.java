package dev.cairn.web.errors;

import dev.cairn.http.HttpException;
import dev.cairn.web.DisallowedHost;
import dev.cairn.web.HttpError;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.View;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what went wrong into the page the client sees: 400, 403, 404, 405 and 500, each replaceable by the
 * project (Django's {@code handler404} and friends).
 *
 * <p>
 * Out of debug, a page says what the status says and nothing more. A 500 is logged with its stack; a
 * {@link DisallowedHost} is logged as a warning on {@code cairn.security.DisallowedHost}.
 */
public final class ErrorPages {

    /** The request attribute a replacement page finds the error under, as a {@link Failure}. */
    public static final String FAILURE = "cairn.error";

    private static final Logger LOG = System.getLogger("cairn.request");
    private static final Logger SECURITY = System.getLogger("cairn.security.DisallowedHost");

    private final boolean debug;
    private final Map<Integer, View> pages;

    private ErrorPages(Builder builder) {
        this.debug = builder.debug;
        this.pages = Map.copyOf(builder.pages);
    }

    /** Starts with the built-in pages and debug off. */
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
        View replacement = pages.get(failure.status());
        if (replacement != null) {
            request.attribute(FAILURE, failure);
            try {
                Response response = replacement.handle(request);
                if (response != null) {
                    return response.status(failure.status());
                }
            } catch (Exception e) {
                LOG.log(Level.ERROR, "The " + failure.status() + " page itself failed; the built-in page is sent", e);
            }
        }
        return BuiltinPages.render(request, failure, debug);
    }

    /** Chooses the pages. */
    public static final class Builder {
        private boolean debug;
        private final Map<Integer, View> pages = new HashMap<>();

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

        /** The pages. */
        public ErrorPages build() {
            return new ErrorPages(this);
        }
    }
}
