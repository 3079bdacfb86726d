package dev.cairn.web.middleware;

import dev.cairn.web.Middleware;
import dev.cairn.web.Request;
import dev.cairn.web.Response;

/**
 * Measures the time the layers below it and the view take, and reports it to the browser's developer tools as
 * {@code Server-Timing: app;dur=12.345} (W3C Server Timing; milliseconds).
 *
 * <p>
 * Put it high in the stack to time nearly everything, or just above the view to time the view alone. The timing
 * tells anyone who can see the response how long the server worked, which can leak what a request touched (a
 * user that exists, a cache miss), so it is not in {@link Middlewares#defaults}.
 */
public final class TimingMiddleware implements Middleware {

    private static final String NAME = TimingMiddleware.class.getSimpleName();

    /** A timer; it takes no settings. */
    public TimingMiddleware() {}

    @Override
    public Response handle(Request request, Chain next) {
        long start = System.nanoTime();
        Response response = next.proceed(request);
        long micros = (System.nanoTime() - start) / 1000;
        response.addHeader("Server-Timing", "app;dur=" + milliseconds(micros));
        Decision.record(NAME, "timed", "micros", micros);
        return response;
    }

    /** Microseconds as milliseconds with three decimals: {@code 12345} is {@code 12.345}. */
    static String milliseconds(long micros) {
        long fraction = micros % 1000;
        return (micros / 1000) + (fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".") + fraction;
    }
}
