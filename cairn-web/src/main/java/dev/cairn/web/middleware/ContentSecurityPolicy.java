package dev.cairn.web.middleware;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Content-Security-Policy (W3C CSP Level 3) as configured, with its {@code {nonce}} placeholders, and the two
 * header values it can become: with the request's nonce as {@code 'nonce-…'} where the placeholders stand, or
 * without them when no nonce was used.
 *
 * <p>
 * Removing a placeholder leaves its directive's other sources; a directive left with none (as
 * {@code script-src {nonce}}) allows nothing, which is the right answer for a page with no nonce to give. A fetch
 * directive left with exactly {@code default-src}'s sources is then dropped: it falls back to {@code default-src}
 * (CSP Level 3 §6.8), so the policy means the same in fewer bytes, and this header goes out on every response.
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
        this.withoutNonce = withoutRepeats(PLACEHOLDER_WITH_SPACE.matcher(policy).replaceAll(""));
    }

    /** The directives that fall back to {@code default-src} when absent. */
    private static final Set<String> FETCH_DIRECTIVES = Set.of("child-src", "connect-src", "fenced-frame-src",
            "font-src", "frame-src", "img-src", "manifest-src", "media-src", "object-src", "script-src",
            "script-src-attr", "script-src-elem", "style-src", "style-src-attr", "style-src-elem", "worker-src");

    /**
     * The policy without fetch directives that only repeat {@code default-src}; unchanged when it has no
     * {@code default-src}, or names a directive twice (only the first counts, and dropping it would promote the
     * second).
     */
    static String withoutRepeats(String policy) {
        String[] directives = policy.split(";");
        String fallback = null;
        Set<String> names = new HashSet<>();
        for (String directive : directives) {
            String[] words = directive.strip().split("\\s+", 2);
            if (!words[0].isEmpty() && !names.add(words[0].toLowerCase(Locale.ROOT))) {
                return policy;
            }
            if (words[0].equalsIgnoreCase("default-src") && words.length == 2) {
                fallback = sources(words[1]);
            }
        }
        if (fallback == null) {
            return policy;
        }
        List<String> kept = new ArrayList<>();
        boolean dropped = false;
        for (String directive : directives) {
            String[] words = directive.strip().split("\\s+", 2);
            boolean repeat = FETCH_DIRECTIVES.contains(words[0].toLowerCase(Locale.ROOT)) && words.length == 2
                    && sources(words[1]).equals(fallback);
            if (repeat) {
                dropped = true;
            } else if (!directive.isBlank()) {
                kept.add(directive.strip());
            }
        }
        return dropped ? String.join("; ", kept) : policy;
    }

    /** A source list with its spacing made uniform, so that two lists compare as text. */
    private static String sources(String list) {
        return String.join(" ", list.strip().split("\\s+"));
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
