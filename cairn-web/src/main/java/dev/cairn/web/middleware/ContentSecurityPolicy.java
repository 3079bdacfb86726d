package dev.cairn.web.middleware;

import java.util.regex.Pattern;

/**
 * A Content-Security-Policy (W3C CSP Level 3) as configured, with its {@code {nonce}} placeholders, and the two
 * header values it can become: with the request's nonce as {@code 'nonce-…'} where the placeholders stand, or
 * without them when no nonce was used.
 *
 * <p>
 * Removing a placeholder leaves its directive's other sources; a directive left with none (as
 * {@code script-src {nonce}}) allows nothing, which is the right answer for a page with no nonce to give.
 */
final class ContentSecurityPolicy {

    /** The placeholder a policy writes where the request's nonce goes. */
    static final String PLACEHOLDER = "{nonce}";

    private static final Pattern PLACEHOLDER_WITH_SPACE = Pattern.compile("[ \t]*\\{nonce}");

    private final String[] around;
    private final String withoutNonce;

    /** Precomputes both forms of {@code policy}. */
    ContentSecurityPolicy(String policy) {
        this.around = policy.split(Pattern.quote(PLACEHOLDER), -1);
        this.withoutNonce = PLACEHOLDER_WITH_SPACE.matcher(policy).replaceAll("");
    }

    /** Whether the policy has a place for a nonce. */
    boolean usesNonce() {
        return around.length > 1;
    }

    /** The policy without its placeholders. */
    String withoutNonce() {
        return withoutNonce;
    }

    /** The policy with {@code 'nonce-<nonce>'} in each placeholder. */
    String withNonce(String nonce) {
        StringBuilder header = new StringBuilder(withoutNonce.length() + around.length * (nonce.length() + 10));
        header.append(around[0]);
        for (int i = 1; i < around.length; i++) {
            header.append("'nonce-").append(nonce).append('\'').append(around[i]);
        }
        return header.toString();
    }
}
