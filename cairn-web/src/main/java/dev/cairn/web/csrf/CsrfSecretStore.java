package dev.cairn.web.csrf;

import dev.cairn.web.Request;
import dev.cairn.web.Response;

/**
 * Where a client's CSRF secret is kept between its requests: a cookie ({@link CookieSecretStore}, the default) or
 * the session ({@link SessionSecretStore}, with {@code CSRF_USE_SESSIONS=true}).
 *
 * <p>
 * The store holds the bare 32-character secret; pages only ever print it masked. {@link CsrfMiddleware} loads it
 * once per unsafe request, or when a page asks for a token, and saves it on the way out when a page used it (which
 * renews a cookie's age) or it was made or rotated.
 */
public interface CsrfSecretStore {

    /** The secret as the client holds it, not yet checked, or null when it holds none. */
    String load(Request request);

    /** Keeps a secret for the client's next requests, on the response that leaves. */
    void save(Request request, Response response, String secret);

    /** What the store is, for the journey and the debug page: {@code "cookie 'csrftoken'"}, {@code "session"}. */
    String describe();
}
