package dev.cairn.web.middleware;

import dev.cairn.web.Middleware;
import dev.cairn.web.csrf.CsrfMiddleware;
import dev.cairn.web.messages.MessagesMiddleware;
import dev.cairn.web.settings.Settings;
import java.util.List;

/** The built-in middleware stacks. */
public final class Middlewares {

    private Middlewares() {}

    /**
     * The stack a new project starts with, outermost first: {@link SecurityMiddleware}, {@link
     * AllowedHostsMiddleware}, {@link CommonMiddleware}, {@link CsrfMiddleware}, {@link MessagesMiddleware}.
     *
     * <p>
     * Security comes first, as in Django, so that its headers reach every response, the 400 for a bad host and
     * the 404 page included, and an HTTPS redirect happens before anything else runs. The host check comes next,
     * before anything can build a URL from the host. CSRF comes after them (its 403 gets the security headers, and
     * its Origin check reads the checked host) and before anything that acts on a POST; messages come last, nearest
     * the views that add them (they cost nothing until used). The others are opt-in:
     * {@link GZipMiddleware} because compressing pages that mix secrets with attacker-controlled text leaks the
     * secrets (BREACH), and a proxy in front usually compresses anyway; {@link CorsMiddleware} because sharing
     * responses with other origins is a decision each API makes; {@link TimingMiddleware} because it tells clients
     * how long the server worked.
     */
    public static List<Middleware> defaults(Settings settings) {
        return List.of(new SecurityMiddleware(settings), new AllowedHostsMiddleware(), new CommonMiddleware(settings),
                new CsrfMiddleware(settings), new MessagesMiddleware(settings));
    }
}
