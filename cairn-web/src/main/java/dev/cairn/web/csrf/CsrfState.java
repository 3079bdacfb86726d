package dev.cairn.web.csrf;

import dev.cairn.journey.Journey;
import dev.cairn.web.Request;
import dev.cairn.web.Response;

/**
 * One request's CSRF secret and token, kept on the request by {@link CsrfMiddleware}.
 *
 * <p>
 * The secret is read from the store when first needed: by the check of an unsafe request, or by a page asking for
 * a token. A secret the client holds is kept as long as it is well formed; a malformed one is replaced by a new
 * one (the check still refuses the request it came with). A page's token is made once per response, masked, and
 * asking for it marks the secret to be saved on the way out, which also renews a cookie's age. A page that never
 * asks costs nothing and sets nothing.
 */
final class CsrfState {

    private final CsrfSecretStore store;
    private final Request request;
    private final String headerName;
    private boolean loaded;
    /** The well-formed secret the client sent, or null. */
    private String held;
    /** What was wrong with the secret the client sent, or null. */
    private String problem;
    /** The secret this response works with: the one held, or a new one; null until one is needed. */
    private String secret;
    private boolean save;
    private boolean rotated;
    private String token;

    CsrfState(CsrfSecretStore store, Request request, String headerName) {
        this.store = store;
        this.request = request;
        this.headerName = headerName;
    }

    /** The header a client may send the token in, for {@code csrf_htmx}. */
    String headerName() {
        return headerName;
    }

    /** The well-formed secret the client sent, or null when it sent none or a malformed one. */
    String held() {
        load();
        return held;
    }

    /** What was wrong with the secret the client sent ({@code "has incorrect length"}), or null. */
    String problem() {
        load();
        return problem;
    }

    /** This response's masked token, made on the first call; the secret is then saved on the way out. */
    String token() {
        if (token == null) {
            load();
            if (secret == null) {
                secret = CsrfTokens.newSecret();
            }
            token = CsrfTokens.mask(secret);
        }
        save = true;
        return token;
    }

    /** Replaces the secret with a new one, so that tokens printed before no longer verify (at login). */
    void rotate() {
        load();
        secret = CsrfTokens.newSecret();
        token = null;
        save = true;
        rotated = true;
    }

    /** Saves the secret on the response when a page used it, or it was made, replaced or rotated. */
    void save(Response response) {
        if (!save) {
            return;
        }
        store.save(request, response, secret);
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record("middleware", "csrf secret saved", "name", CsrfMiddleware.NAME, "store", store.describe(),
                    "new", !secret.equals(held), "rotated", rotated);
        }
    }

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        String sent = store.load(request);
        if (sent == null) {
            return;
        }
        problem = CsrfTokens.formatProblem(sent, false);
        if (problem == null) {
            held = sent;
            secret = sent;
        } else {
            // As Django: the client's malformed secret is replaced at once, so the next form it gets works.
            secret = CsrfTokens.newSecret();
            save = true;
        }
    }

    /** Names the store only: the secret and the token never reach a log or a debug page. */
    @Override
    public String toString() {
        return "CsrfState[" + store.describe() + (token != null ? ", token used" : "") + (rotated ? ", rotated" : "")
                + "]";
    }
}
