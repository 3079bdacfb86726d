package dev.cairn.web.checks;

import dev.cairn.web.WebApp;
import dev.cairn.web.settings.Settings;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Check} looks at: the settings and the site built from them (its routes, middleware, templates and
 * error pages).
 *
 * @param settings the settings the site runs with
 * @param app      the site
 */
public record CheckContext(Settings settings, WebApp app) {

    /** Checks that both are given. */
    public CheckContext {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(app, "app");
    }

    /** The context for a site, with the site's own settings. */
    public static CheckContext of(WebApp app) {
        return new CheckContext(app.settings(), app);
    }

    /** Every URL pattern of the site, in declaration order. */
    public List<String> routes() {
        return app.resolver().patterns();
    }
}
