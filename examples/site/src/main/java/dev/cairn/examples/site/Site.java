package dev.cairn.examples.site;

import static dev.cairn.web.Urls.path;

import dev.cairn.cli.Project;
import dev.cairn.contrib.checks.CheckCommand;
import dev.cairn.contrib.db.DatabaseChecks;
import dev.cairn.contrib.views.DetailView;
import dev.cairn.db.Databases;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The example site put together: settings, middleware, routes, templates, static files and its models. */
public final class Site {

    /** What the site runs with unless the settings file or the environment says otherwise: a development setup. */
    public static final Map<String, String> DEVELOPMENT = Map.of(
            Settings.DEBUG, "true",
            // Django's startproject writes an insecure key too; production sets CAIRN_SECRET_KEY.
            Settings.SECRET_KEY, "development-only-insecure-key-3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c8e2b4d6f",
            Settings.ALLOWED_HOSTS, "localhost,127.0.0.1,[::1]");

    private Site() {}

    /**
     * The site, over the databases installed ({@link Databases#install}); building it runs the system checks,
     * {@code db.E001} among them, so a database that does not answer stops it.
     *
     * @throws dev.cairn.web.checks.SystemCheckError when a check fails, saying how to fix it
     */
    public static WebApp build(Settings settings) {
        ClassLoader loader = Site.class.getClassLoader();
        StaticFinder statics = StaticFinder.of(ClasspathSource.of(loader, "site-static"),
                WebJars.source(loader, "htmx.org"));
        return WebApp.builder()
                .settings(settings)
                .middleware(Middlewares.defaults(settings))
                .routes(routes(settings, statics))
                .templates(Templates.builder().classpath("site-templates", loader))
                .check(DatabaseChecks.check())
                .build();
    }

    /**
     * What the {@code cairn} commands know of the site: its models, and its migrations, read from
     * {@code src/main/resources/migrations} when run from the site's folder (where {@code makemigrations} writes),
     * else from the jar.
     */
    public static Project project(Supplier<Databases> databases) {
        return Project.builder().models(Entry.class).databases(databases).build();
    }

    /**
     * The same, with {@code cairn check [--deploy]}, which builds the site from {@code settings} over the project's
     * databases (installed for the check, so that {@code db.E001} asks them) and runs its checks.
     */
    public static Project project(Settings settings, Supplier<Databases> databases) {
        return Project.builder().models(Entry.class).databases(databases).command(CheckCommand.of(project -> {
            Databases.install(project.databases());
            return build(settings);
        })).build();
    }

    static List<Route<View>> routes(Settings settings, StaticFinder statics) {
        GuestbookView guestbook = new GuestbookView();
        List<Route<View>> routes = new ArrayList<>(List.of(
                path("", Pages::home, "home"),
                path("about/", TemplateView.of("about.html"), "about"),
                path("guestbook/", guestbook, "guestbook"),
                path("guestbook/search/", guestbook, "search").methods("GET", "HEAD"),
                path("guestbook/<int:pk>/", DetailView.of(Entry.class).template("guestbook/entry.html"), "entry")));
        routes.addAll(StaticRoutes.of(settings, statics));
        return routes;
    }
}
