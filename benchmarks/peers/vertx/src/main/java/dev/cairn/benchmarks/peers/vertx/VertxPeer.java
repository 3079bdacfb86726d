package dev.cairn.benchmarks.peers.vertx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.benchmarks.peers.common.Fortune;
import dev.cairn.benchmarks.peers.common.Rules;
import dev.cairn.benchmarks.peers.common.World;
import io.vertx.core.AsyncResult;
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
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Vert.x 5's core HTTP server answering TechEmpower's tests the way Vert.x's own TechEmpower entry does: one
 * verticle instance per core, each with its own event loop and server, native epoll transport, optimized header
 * names and values, a {@code Date} value refreshed once a second, and the same switches (metrics, WebSockets,
 * context timings and header validation off). The database tests ({@code /db}, {@code /queries},
 * {@code /updates}, {@code /fortunes}) go through Vert.x's reactive PostgreSQL client: each verticle holds one
 * connection with pipelining and cached prepared statements, so the N queries of a request are all in flight at
 * once and the updates go as one batch.
 *
 * <p>
 * {@code HOST} (default {@code 127.0.0.1}) and {@code PORT} (default {@code 8000}) say where to listen,
 * {@code DATABASE_URL} which PostgreSQL database to use (the one run.sh sets up by default). Vert.x adds
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
    private static final CharSequence TEXT_HTML = HttpHeaders.createOptimized("text/html; charset=utf-8");
    private static final String SELECT_WORLD = "SELECT id, randomnumber FROM world WHERE id = $1";
    private static final String UPDATE_WORLD = "UPDATE world SET randomnumber = $1 WHERE id = $2";
    /** IMF-fixdate (RFC 9110 §5.6.7): a two-digit day, unlike {@code RFC_1123_DATE_TIME}. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final String host;
    private final int port;
    /** Written by this verticle's periodic timer and read by its handler, both on its one event loop. */
    private CharSequence date = httpDate();
    private PreparedQuery<RowSet<Row>> selectWorld;
    private PreparedQuery<RowSet<Row>> updateWorld;
    private PreparedQuery<RowSet<Row>> selectFortunes;

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

    /**
     * Connects this instance to the database, then starts its server; instances on the same port share it, Vert.x
     * spreading connections.
     */
    @Override
    public Future<?> start() {
        vertx.setPeriodic(1000, id -> date = httpDate());
        PgConnectOptions database = PgConnectOptions.fromUri(Rules.databaseUrl())
                .setPipeliningLimit(100_000)
                .setCachePreparedStatements(true);
        return PgConnection.connect(vertx, database).compose(connection -> {
            selectWorld = connection.preparedQuery(SELECT_WORLD);
            updateWorld = connection.preparedQuery(UPDATE_WORLD);
            selectFortunes = connection.preparedQuery(Rules.SELECT_FORTUNES);
            return listen();
        });
    }

    private Future<?> listen() {
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
            case "/json" -> json(request, new Message("Hello, World!"));
            case "/db" -> selectWorld.execute(Tuple.of(Rules.randomId())).onComplete(
                    rows -> jsonResult(request, rows.map(VertxPeer::world)));
            case "/queries" -> worlds(Rules.queries(request.getParam("queries"))).onComplete(
                    worlds -> jsonResult(request, worlds));
            case "/updates" -> worlds(Rules.queries(request.getParam("queries"))).compose(this::update).onComplete(
                    worlds -> jsonResult(request, worlds));
            case "/fortunes" -> selectFortunes.execute().onComplete(rows -> {
                if (rows.failed()) {
                    request.response().setStatusCode(500).end();
                    return;
                }
                List<Fortune> fortunes = new ArrayList<>(16);
                for (Row row : rows.result()) {
                    fortunes.add(new Fortune(row.getInteger(0), row.getString(1)));
                }
                headers(request, TEXT_HTML);
                request.response().end(Rules.fortunesPage(fortunes));
            });
            default -> request.response().setStatusCode(404).end();
        }
    }

    private static World world(RowSet<Row> rows) {
        Row row = rows.iterator().next();
        return new World(row.getInteger(0), row.getInteger(1));
    }

    /** {@code count} random rows, each read with its own query, all sent at once on the pipelined connection. */
    private Future<List<World>> worlds(int count) {
        List<Future<World>> reads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            reads.add(selectWorld.execute(Tuple.of(Rules.randomId())).map(VertxPeer::world));
        }
        return Future.all(reads).map(all -> all.<World>list());
    }

    /** Gives each row a new number and writes them in one batch, in order of id; the new rows. */
    private Future<List<World>> update(List<World> read) {
        List<World> worlds = new ArrayList<>(read.size());
        for (World world : read) {
            worlds.add(new World(world.id(), Rules.otherNumber(world.randomNumber())));
        }
        List<Tuple> batch = new ArrayList<>(worlds.size());
        for (World world : Rules.byId(worlds)) {
            batch.add(Tuple.of(world.randomNumber(), world.id()));
        }
        return updateWorld.executeBatch(batch).map(done -> worlds);
    }

    /** Sends {@code value} as JSON, or 500 when the database failed to give it. */
    private void jsonResult(HttpServerRequest request, AsyncResult<?> value) {
        if (value.failed()) {
            request.response().setStatusCode(500).end();
            return;
        }
        json(request, value.result());
    }

    private void json(HttpServerRequest request, Object value) {
        Buffer body;
        try {
            body = Buffer.buffer(JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            request.response().setStatusCode(500).end();
            return;
        }
        headers(request, APPLICATION_JSON);
        request.response().end(body);
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
