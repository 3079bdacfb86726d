package dev.cairn.web.staticfiles;

import dev.cairn.web.View;
import dev.cairn.web.routing.Route;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import java.util.List;
import java.util.Objects;

/**
 * The route that serves static files from the site itself, for development: Django's
 * {@code staticfiles_urlpatterns()}.
 *
 * <pre>{@code
 * WebApp.builder().settings(settings)
 *         .routes(StaticRoutes.of(settings, finder))
 *         .routes(Routes.path("", home, "home"))
 *         .build();
 * }</pre>
 *
 * <p>
 * With {@code DEBUG} on, or {@value #SERVE_STATIC} true, it is one route, {@code STATIC_URL} (default
 * {@code /static/}) followed by {@code <path:name>}, to a {@link StaticFilesView} over the finder, answering
 * {@code GET} and {@code HEAD} only. Otherwise it is no route at all: in production nginx serves the folder
 * {@code collectstatic} filled ({@code STATIC_ROOT}) under {@code STATIC_URL}, or, where there is no such front
 * server, {@value #SERVE_STATIC} turns this route on with a finder over {@code STATIC_ROOT}, whose content-hashed
 * names are then cached by browsers for a year. A {@code STATIC_URL} on another host ({@code https://cdn.../}) is
 * not served here either.
 */
public final class StaticRoutes {

    /** Serve static files from the site even with debug off (a small deployment without nginx); off by default. */
    public static final String SERVE_STATIC = "SERVE_STATIC";

    private StaticRoutes() {}

    /**
     * Returns the static files route for these settings, or an empty list when static files are not served here.
     *
     * @throws IllegalArgumentException when {@code STATIC_URL} is {@code /} alone or does not end with {@code /}:
     *             the route would swallow every path, or never match as meant
     */
    public static List<Route<View>> of(Settings settings, StaticFinder finder) {
        Objects.requireNonNull(finder, "finder");
        if (!settings.debug() && !settings.bool(SERVE_STATIC, false)) {
            return List.of();
        }
        String prefix = settings.get(Settings.STATIC_URL, "/static/");
        if (!prefix.startsWith("/") || prefix.startsWith("//")) {
            // Served from elsewhere (a CDN): nothing for this site to answer.
            return List.of();
        }
        if (prefix.equals("/") || !prefix.endsWith("/")) {
            throw new IllegalArgumentException("STATIC_URL must be a path prefix ending with '/', such as "
                    + "\"/static/\", to serve static files; it is \"" + prefix + "\"");
        }
        View view = StaticFilesView.of(finder);
        return List.of(Routes.path(prefix.substring(1) + "<path:" + StaticFilesView.NAME + ">", view));
    }
}
