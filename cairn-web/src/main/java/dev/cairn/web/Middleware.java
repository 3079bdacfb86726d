package dev.cairn.web;

/**
 * One layer of the onion around every view: it sees the request on the way in and the response on the way out,
 * and may answer at once without calling the rest.
 *
 * <p>
 * Middleware run top to bottom on the way in, bottom to top on the way out. A middleware calls
 * {@link Chain#proceed(Request)} at most once; a second call fails with an error naming it. {@code proceed} never
 * throws what an inner layer threw: an exception is turned into an error response at every boundary, so every
 * outer middleware still sees a response on its way out (as Django's {@code convert_exception_to_response}).
 */
@FunctionalInterface
public interface Middleware {

    /**
     * Handles the request, usually by calling {@code next.proceed(request)} and adjusting its response.
     *
     * @param request the request on its way in
     * @param next    the rest of the stack, ending with the URL resolver and the view
     * @return the response; never null
     */
    Response handle(Request request, Chain next) throws Exception;

    /** The rest of the middleware stack, then the view. */
    interface Chain {

        /**
         * Passes the request on and returns the response that came back: the view's, an inner middleware's, or
         * the error page an inner exception became. Call it at most once, and while {@code handle} runs: the chain
         * belongs to the request's way in and out, not to a later moment.
         *
         * @throws IllegalStateException when called a second time by the same middleware
         */
        Response proceed(Request request);
    }
}
