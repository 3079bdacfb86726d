package dev.cairn.benchmarks.jmh;

import static dev.cairn.web.Urls.path;

import dev.cairn.gateway.Application;
import dev.cairn.gateway.Connection;
import dev.cairn.gateway.Request;
import dev.cairn.gateway.RequestBody;
import dev.cairn.gateway.Response;
import dev.cairn.http.Headers;
import dev.cairn.web.WebApp;
import dev.cairn.web.middleware.Middlewares;
import dev.cairn.web.settings.Settings;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the framework costs per request, without a socket: one TechEmpower plaintext exchange handed to
 *
 * <ul>
 * <li>{@code gateway}: a bare gateway {@link Application}, the floor;</li>
 * <li>{@code router}: a {@link WebApp} with routes and no middleware;</li>
 * <li>{@code defaults}: a {@link WebApp} with the default middleware of a new project (security headers, the host
 * check, common), DEBUG off, as the wrk benchmark serves it;</li>
 * <li>{@code one}: routes and one default middleware at a time, to see what each costs.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WebAppBenchmark {

    private static final byte[] HELLO = "Hello, World!".getBytes(StandardCharsets.US_ASCII);
    private static final Headers TEXT_PLAIN = Headers.of("Content-Type", "text/plain");
    private static final Connection CONNECTION = new Connection(1, new InetSocketAddress("127.0.0.1", 40000),
            new InetSocketAddress("127.0.0.1", 8000), false, null);
    private static final Request PLAINTEXT = new Request("GET", "/plaintext", "HTTP/1.1", Headers.of("Host",
            "tfb-server", "Accept", "text/plain,text/html;q=0.9,application/xhtml+xml;q=0.9,*/*;q=0.7",
            "Connection", "keep-alive"), RequestBody.empty(), "http", "127.0.0.1", CONNECTION);

    /** For {@link #one()}: which single default middleware runs. */
    @Param({"SecurityMiddleware", "AllowedHostsMiddleware", "CommonMiddleware"})
    public String middleware;

    private Application gateway;
    private WebApp router;
    private WebApp defaults;
    private WebApp one;

    /** Builds the three applications. */
    @Setup
    public void setUp() {
        gateway = request -> Response.of(200, TEXT_PLAIN, HELLO);
        Settings settings = Settings.builder().secretKey("benchmark-secret-key-not-for-production-0123456789abcdef")
                .allowedHosts("*").build();
        router = site(settings).build();
        defaults = site(settings).middleware(Middlewares.defaults(settings)).build();
        one = site(settings).middleware(Middlewares.defaults(settings).stream()
                .filter(m -> m.getClass().getSimpleName().equals(middleware)).toList()).build();
        if (defaults.handle(PLAINTEXT).status() != 200) {
            throw new IllegalStateException("the site does not answer /plaintext with 200");
        }
    }

    private static WebApp.Builder site(Settings settings) {
        return WebApp.builder().settings(settings).routes(
                path("", r -> dev.cairn.web.Response.text("Cairn"), "home"),
                path("plaintext", r -> dev.cairn.web.Response.text("Hello, World!"), "plaintext"),
                path("json", r -> dev.cairn.web.Response.json(java.util.Map.of("message", "Hello, World!")), "json"),
                path("users/<int:pk>/", r -> dev.cairn.web.Response.text("user " + r.kwarg("pk")), "user"));
    }

    /** The floor: a gateway application answering directly. */
    @Benchmark
    public Response gateway() throws Exception {
        return gateway.handle(PLAINTEXT);
    }

    /** Routes, no middleware. */
    @Benchmark
    public Response router() {
        return router.handle(PLAINTEXT);
    }

    /** Routes and one of the default middleware, to see what each costs. */
    @Benchmark
    public Response one() {
        return one.handle(PLAINTEXT);
    }

    /** Routes and a new project's middleware. */
    @Benchmark
    public Response defaults() {
        return defaults.handle(PLAINTEXT);
    }
}
