package dev.cairn.web;

/**
 * Answers a request the URL resolver matched: Django's view function. The converted path arguments are on
 * {@link Request#kwarg(String)}.
 *
 * <p>
 * A view may throw: {@link HttpError} becomes its status's error page; anything else becomes a 500, logged, and
 * the server keeps serving.
 */
@FunctionalInterface
public interface View {

    /** Returns the response to the request; never null. */
    Response handle(Request request) throws Exception;
}
