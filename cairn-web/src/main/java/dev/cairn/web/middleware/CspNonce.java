package dev.cairn.web.middleware;

import dev.cairn.web.Request;
import dev.cairn.web.templates.ContextProcessor;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The Content-Security-Policy nonce of one request: 128 random bits, base64, made only when something asks for
 * it.
 *
 * <p>
 * {@link SecurityMiddleware} puts one on each request under {@link #ATTRIBUTE} when its policy has a
 * {@code {nonce}} placeholder. A template asks for it with {@code <script nonce="{{ csp_nonce }}">} (through
 * {@link #contextProcessor()}); a view with {@code CspNonce.of(request).value()}. On the way out the policy names
 * the nonce only if it was made, so a page without inline scripts pays for no random bytes and its policy allows
 * none. A streamed page must ask for the nonce before its view returns, since the headers leave first.
 */
public final class CspNonce {

    /** The request attribute the nonce is kept under, and the template variable that prints it. */
    public static final String ATTRIBUTE = "csp_nonce";

    private static final int BYTES = 128 / 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private String value;

    /** A nonce not yet made. */
    public CspNonce() {}

    /** The nonce of this request, or null when no policy with a nonce is in force. */
    public static CspNonce of(Request request) {
        return request.attribute(ATTRIBUTE) instanceof CspNonce nonce ? nonce : null;
    }

    /** The nonce, made on first call: 128 bits from a {@link SecureRandom}, base64 with padding. */
    public String value() {
        if (value == null) {
            byte[] bytes = new byte[BYTES];
            RANDOM.nextBytes(bytes);
            value = Base64.getEncoder().encodeToString(bytes);
        }
        return value;
    }

    /** Whether the nonce was asked for, and so must be named in the policy. */
    public boolean used() {
        return value != null;
    }

    /** The nonce itself, so that a template printing this object prints the nonce (and makes it). */
    @Override
    public String toString() {
        return value();
    }

    /**
     * A context processor that gives every template {@code csp_nonce}: the request's nonce, made when the
     * template prints it; an empty string when no policy with a nonce is in force.
     */
    public static ContextProcessor contextProcessor() {
        return request -> {
            CspNonce nonce = request instanceof Request r ? of(r) : null;
            return Map.of(ATTRIBUTE, nonce == null ? "" : nonce);
        };
    }
}
