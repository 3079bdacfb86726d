package dev.cairn.examples.site;

import static dev.cairn.web.Urls.path;

import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.middleware.Middlewares;
import dev.cairn.web.routing.Route;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.staticfiles.ClasspathSource;
import dev.cairn.web.staticfiles.StaticFinder;
import dev.cairn.web.staticfiles.StaticRoutes;
import dev.cairn.web.staticfiles.WebJars;
import dev.cairn.web.templates.Templates;
import dev.cairn.web.views.TemplateView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The example site put together: settings, middleware, routes, templates and static files. */
public final class Site {

    /** What the site runs with unless the settings file or the environment says otherwise: a development setup. */
    public static final Map<String, String> DEVELOPMENT = Map.of(
            Settings.DEBUG, "true",
            // Django's startproject writes an insecure key too; production sets CAIRN_SECRET_KEY.
            Settings.SECRET_KEY, "development-only-insecure-key-3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c8e2b4d6f",
            Settings.ALLOWED_HOSTS, "localhost,127.0.0.1,[::1]");

    private Site() {}

    /** The site over a fresh guestbook. */
    public static WebApp build(Settings settings) {
        return build(settings, new Guestbook(Clock.systemUTC()));
    }

    /** The site over a given guestbook (tests fill one first). */
    public static WebApp build(Settings settings, Guestbook guestbook) {
        ClassLoader loader = Site.class.getClassLoader();
        StaticFinder statics = StaticFinder.of(ClasspathSource.of(loader, "site-static"),
                WebJars.source(loader, "htmx.org"));
        return WebApp.builder()
                .settings(settings)
                .middleware(Middlewares.defaults(settings))
                .routes(routes(settings, statics, new Pages(guestbook)))
                .templates(Templates.builder().classpath("site-templates", loader))
                .build();
    }

    static List<Route<View>> routes(Settings settings, StaticFinder statics, Pages pages) {
        List<Route<View>> routes = new ArrayList<>(List.of(
                path("", pages::home, "home"),
                path("about/", TemplateView.of("about.html"), "about"),
                path("guestbook/", pages::guestbook, "guestbook").methods("GET", "POST"),
                path("guestbook/search/", pages::search, "search"),
                path("guestbook/<int:id>/", pages::entry, "entry")));
        routes.addAll(StaticRoutes.of(settings, statics));
        return routes;
    }
}
