package dev.cairn.benchmarks.techempower;

import static dev.cairn.web.Urls.path;

import dev.cairn.db.Databases;
import dev.cairn.server.Server;
import dev.cairn.web.Response;
import dev.cairn.web.WebApp;
import dev.cairn.web.middleware.Middlewares;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.templates.Templates;
import java.util.HashMap;
import java.util.Map;

/**
 * Cairn's TechEmpower application: the framework with a new project's default middleware (security headers with a
 * CSP, the host check, common with conditional GET; DEBUG off), the ORM on PostgreSQL and a Pebble template,
 * answering the six tests: {@code /plaintext}, {@code /json}, {@code /db}, {@code /queries}, {@code /updates} and
 * {@code /fortunes}.
 *
 * <p>
 * {@code HOST} and {@code PORT} say where to listen (127.0.0.1:8080 by default), {@code DATABASE_URL} which
 * database holds the {@code world} and {@code fortune} tables ({@value #LOCAL_DATABASE} by default, the one
 * {@code benchmarks/run.sh} sets up).
 */
public final class TechEmpower {

    /** The database the benchmark script sets up, used when {@code DATABASE_URL} is not set. */
    public static final String LOCAL_DATABASE = "postgres://postgres@127.0.0.1:5432/hello_world";

    private TechEmpower() {}

    /** The JSON test's message. */
    public record Message(String message) {}

    /** The application, on the databases installed (see {@link Databases#install}). */
    public static WebApp app(Settings settings) {
        return WebApp.builder()
                .settings(settings)
                .middleware(Middlewares.defaults(settings))
                .templates(Templates.builder().classpath("techempower-templates", TechEmpower.class
                        .getClassLoader()))
                .routes(path("plaintext", r -> Response.text("Hello, World!"), "plaintext"),
                        path("json", r -> Response.json(new Message("Hello, World!")), "json"),
                        path("db", DatabaseViews::db, "db"),
                        path("queries", DatabaseViews::queries, "queries"),
                        path("updates", DatabaseViews::updates, "updates"),
                        path("fortunes", DatabaseViews::fortunes, "fortunes"))
                .build();
    }

    /** Production settings for the benchmark: DEBUG off, any host, HOST and PORT from the environment. */
    public static Settings settings() {
        return Settings.load(Map.of(Settings.PORT, "8080",
                Settings.SECRET_KEY, "benchmark-secret-key-not-for-production-0123456789abcdef",
                Settings.ALLOWED_HOSTS, "*"));
    }

    /**
     * Opens the database, then serves until stopped.
     *
     * @param args ignored
     * @throws Exception if the database cannot be reached or the server cannot start
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.putIfAbsent("DATABASE_URL", LOCAL_DATABASE);
        Databases.install(Databases.fromEnvironment(environment));
        Settings settings = settings();
        Server server = Server.builder().host(settings.host()).port(settings.port()).application(app(settings))
                .accessLog(false).build();
        server.start();
        System.out.println("Cairn TechEmpower app on http://" + settings.host() + ":" + server.port());
        server.stopOnSignal();
        server.awaitStop();
    }
}
