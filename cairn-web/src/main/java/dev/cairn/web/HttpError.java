package dev.cairn.web;

/**
 * Thrown by a view or middleware to answer with an error status and its error page, as Django's {@code Http404}
 * and {@code PermissionDenied} do.
 *
 * <p>
 * The message is shown on the debug page only; out of debug, the error page reveals nothing of it.
 */
public class HttpError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /** An error answered with {@code status} (400-599). */
    public HttpError(int status, String message) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an HttpError needs a 4xx or 5xx status, not " + status);
        }
        this.status = status;
    }

    /** 400 Bad Request. */
    public static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    /** 403 Forbidden: the request is understood and refused (Django's {@code PermissionDenied}). */
    public static HttpError forbidden(String message) {
        return new HttpError(403, message);
    }

    /** 404 Not Found (Django's {@code Http404}). */
    public static HttpError notFound(String message) {
        return new HttpError(404, message);
    }

    /** The status the error is answered with. */
    public int status() {
        return status;
    }
}
