package dev.cairn.benchmarks.peers.vertx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Vert.x 5's core HTTP server answering TechEmpower's plaintext and JSON tests the way Vert.x's own TechEmpower
 * entry does: one verticle instance per core, each with its own event loop and server, native epoll transport,
 * optimized header names and values, a {@code Date} value refreshed once a second, and the same switches (metrics,
 * WebSockets, context timings and header validation off).
 *
 * <p>
 * {@code HOST} (default {@code 127.0.0.1}) and {@code PORT} (default {@code 8000}) say where to listen. Vert.x adds
 * {@code Content-Length}; the handler adds {@code Server} and {@code Date}, which Vert.x does not send.
 */
public final class VertxPeer extends VerticleBase {
    static {
        // The switches Vert.x's TechEmpower entry passes as -D flags, set here before any of Vert.x reads them, so
        // that run.sh starts every server with the same JVM flags.
        for (String off : List.of("vertx.disableMetrics", "vertx.disableWebsockets", "vertx.disableContextTimings",
                "vertx.disableHttpHeadersValidation")) {
            System.setProperty(off, "true");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Buffer HELLO = Buffer.buffer("Hello, World!".getBytes(StandardCharsets.US_ASCII));
    private static final CharSequence SERVER = HttpHeaders.createOptimized("vert.x");
    private static final CharSequence TEXT_PLAIN = HttpHeaders.createOptimized("text/plain");
    private static final CharSequence APPLICATION_JSON = HttpHeaders.createOptimized("application/json");
    /** IMF-fixdate (RFC 9110 §5.6.7): a two-digit day, unlike {@code RFC_1123_DATE_TIME}. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final String host;
    private final int port;
    /** Written by this verticle's periodic timer and read by its handler, both on its one event loop. */
    private CharSequence date = httpDate();

    /** A verticle serving on this address; one is deployed per core. */
    VertxPeer(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The message of the JSON test; a fresh one is serialized for each request, as the test's rules ask. */
    record Message(String message) {}

    private static CharSequence httpDate() {
        return HttpHeaders.createOptimized(HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC)));
    }

    /** Starts this instance's server; instances on the same port share it, Vert.x spreading connections. */
    @Override
    public Future<?> start() {
        vertx.setPeriodic(1000, id -> date = httpDate());
        return vertx.createHttpServer(new HttpServerOptions()
                .setHost(host)
                .setPort(port)
                .setHttp2ClearTextEnabled(false)
                .setStrictThreadMode(true))
                .requestHandler(this::handle)
                .listen();
    }

    private void handle(HttpServerRequest request) {
        switch (request.path()) {
            case "/plaintext" -> {
                headers(request, TEXT_PLAIN);
                request.response().end(HELLO);
            }
            case "/json" -> {
                Buffer body;
                try {
                    body = Buffer.buffer(JSON.writeValueAsBytes(new Message("Hello, World!")));
                } catch (JsonProcessingException e) {
                    request.response().setStatusCode(500).end();
                    return;
                }
                headers(request, APPLICATION_JSON);
                request.response().end(body);
            }
            default -> request.response().setStatusCode(404).end();
        }
    }

    private void headers(HttpServerRequest request, CharSequence contentType) {
        MultiMap headers = request.response().headers();
        headers.add(HttpHeaders.CONTENT_TYPE, contentType);
        headers.add(HttpHeaders.SERVER, SERVER);
        headers.add(HttpHeaders.DATE, date);
    }

    /**
     * Deploys one verticle per core and serves until the process is stopped.
     *
     * @param args ignored
     * @throws Exception if the verticles cannot be deployed (the port is taken)
     */
    public static void main(String[] args) throws Exception {
        String host = System.getenv().getOrDefault("HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8000"));
        int cores = Runtime.getRuntime().availableProcessors();

        Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true).setEventLoopPoolSize(cores));
        vertx.deployVerticle(() -> new VertxPeer(host, port), new DeploymentOptions().setInstances(cores))
                .toCompletionStage()
                .toCompletableFuture()
                .get();
        System.out.println("Vert.x peer listening on http://" + host + ":" + port + " (" + cores
                + " verticles, native transport " + vertx.isNativeTransportEnabled() + ")");
    }
}
