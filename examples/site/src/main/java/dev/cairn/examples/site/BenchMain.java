package dev.cairn.examples.site;

import static dev.cairn.web.Urls.path;

import dev.cairn.server.Server;
import dev.cairn.web.Middleware;
import dev.cairn.web.Response;
import dev.cairn.web.WebApp;
import dev.cairn.web.middleware.Middlewares;
import dev.cairn.web.settings.Settings;
import java.util.List;
import java.util.Map;

/**
 * The TechEmpower plaintext and JSON tests served through the whole framework: the URL resolver and the default
 * middleware of a new project, DEBUG off. The benchmark script runs it beside the gateway-level echo app.
 */
public final class BenchMain {

    private BenchMain() {}

    /** The JSON test's message. */
    public record Message(String message) {}

    /** The site: the two tests, among a few routes as a new project would have. */
    public static WebApp app(Settings settings) {
        return WebApp.builder()
                .settings(settings)
                .middleware(middleware(settings))
                .routes(path("", r -> Response.text("Cairn"), "home"),
                        path("plaintext", r -> Response.text("Hello, World!"), "plaintext"),
                        path("json", r -> Response.json(new Message("Hello, World!")), "json"),
                        path("users/<int:pk>/", r -> Response.text("user " + r.kwarg("pk")), "user"))
                .build();
    }

    /**
     * A new project's default middleware; none when {@code BENCH_MIDDLEWARE=none}, to measure the resolver alone.
     */
    static List<Middleware> middleware(Settings settings) {
        return "none".equals(System.getenv("BENCH_MIDDLEWARE")) ? List.of() : Middlewares.defaults(settings);
    }

    /**
     * Serves on HOST:PORT (127.0.0.1:8080 by default) with production settings.
     *
     * @param args ignored
     * @throws Exception if the server cannot start
     */
    public static void main(String[] args) throws Exception {
        Settings settings = Settings.load(Map.of(Settings.PORT, "8080",
                Settings.SECRET_KEY, "benchmark-secret-key-not-for-production-0123456789abcdef",
                Settings.ALLOWED_HOSTS, "*"));
        Server server = Server.builder().host(settings.host()).port(settings.port()).application(app(settings))
                .accessLog(false).build();
        server.start();
        System.out.println("Cairn framework benchmark app on http://" + settings.host() + ":" + server.port());
        server.stopOnSignal();
        server.awaitStop();
    }
}
