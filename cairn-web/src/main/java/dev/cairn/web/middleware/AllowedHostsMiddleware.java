package dev.cairn.web.middleware;

import dev.cairn.web.DisallowedHost;
import dev.cairn.web.Middleware;
import dev.cairn.web.Request;
import dev.cairn.web.Response;

/**
 * Refuses, with 400, a request whose {@code Host} (or {@code X-Forwarded-Host} under {@code USE_X_FORWARDED_HOST})
 * is missing, malformed or not in {@code ALLOWED_HOSTS}, before any view can build a URL from it.
 *
 * <p>
 * Django checks the host only when something asks for it; checking every request on the way in means a forged
 * host never reaches a view, a template or a log line that trusts it. The check itself is {@link Request#host()}:
 * its {@link DisallowedHost} becomes the 400 page and a warning on {@code cairn.security.DisallowedHost}.
 */
public final class AllowedHostsMiddleware implements Middleware {

    private static final String NAME = AllowedHostsMiddleware.class.getSimpleName();

    /** The hosts come from the site's {@code ALLOWED_HOSTS}, already read by {@link dev.cairn.web.WebApp}. */
    public AllowedHostsMiddleware() {}

    @Override
    public Response handle(Request request, Chain next) {
        String host;
        try {
            host = request.host();
        } catch (DisallowedHost e) {
            Decision.record(NAME, "host refused", "reason", e.getMessage());
            throw e;
        }
        Decision.record(NAME, "host allowed", "host", host);
        return next.proceed(request);
    }
}
