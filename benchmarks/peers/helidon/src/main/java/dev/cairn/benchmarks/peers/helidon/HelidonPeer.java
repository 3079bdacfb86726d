package dev.cairn.benchmarks.peers.helidon;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.benchmarks.peers.common.JdbcWorlds;
import dev.cairn.benchmarks.peers.common.Rules;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.http1.Http1Config;
import java.nio.charset.StandardCharsets;

/**
 * Helidon SE 4's web server answering TechEmpower's tests: blocking handlers, each connection on its own virtual
 * thread (Helidon's default), with the listener and HTTP/1.1 settings of Helidon's own TechEmpower entry (large
 * backlog and write queue; request header and path validation off). The database tests ({@code /db},
 * {@code /queries}, {@code /updates}, {@code /fortunes}) use plain JDBC on a HikariCP pool, blocking the virtual
 * thread as Helidon intends.
 *
 * <p>
 * {@code HOST} (default {@code 127.0.0.1}) and {@code PORT} (default {@code 8000}) say where to listen,
 * {@code DATABASE_URL} which PostgreSQL database to use (the one run.sh sets up by default). Helidon adds
 * {@code Date} and {@code Content-Length}; the handlers add {@code Server}, which Helidon does not send.
 */
public final class HelidonPeer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] HELLO = "Hello, World!".getBytes(StandardCharsets.US_ASCII);
    private static final Header SERVER = HeaderValues.createCached(HeaderNames.SERVER, "Helidon");
    private static final Header TEXT_PLAIN = HeaderValues.createCached(HeaderNames.CONTENT_TYPE, "text/plain");
    private static final Header TEXT_HTML = HeaderValues.createCached(HeaderNames.CONTENT_TYPE,
            "text/html; charset=utf-8");

    private HelidonPeer() {}

    /** The message of the JSON test; a fresh one is serialized for each request, as the test's rules ask. */
    record Message(String message) {}

    /** Answers {@code /plaintext}. */
    static final Handler PLAINTEXT = (req, res) -> {
        res.header(TEXT_PLAIN);
        res.header(SERVER);
        res.send(HELLO);
    };

    /** Answers {@code /json}. */
    static final Handler JSON_MESSAGE = (req, res) -> json(res, new Message("Hello, World!"));

    /** Adds the six routes; anything else gets Helidon's 404. */
    static void routing(HttpRouting.Builder routing, JdbcWorlds db) {
        routing.get("/plaintext", PLAINTEXT)
                .get("/json", JSON_MESSAGE)
                .get("/db", (req, res) -> json(res, db.one()))
                .get("/queries", (req, res) -> json(res, db.many(queries(req))))
                .get("/updates", (req, res) -> json(res, db.update(queries(req))))
                .get("/fortunes", (req, res) -> {
                    res.header(TEXT_HTML);
                    res.header(SERVER);
                    res.send(Rules.fortunesPage(db.fortunes()).getBytes(StandardCharsets.UTF_8));
                });
    }

    private static int queries(ServerRequest request) {
        return Rules.queries(request.query().contains("queries") ? request.query().get("queries") : null);
    }

    private static void json(ServerResponse response, Object value) throws Exception {
        response.header(HeaderValues.CONTENT_TYPE_JSON);
        response.header(SERVER);
        response.send(JSON.writeValueAsBytes(value));
    }

    /**
     * Serves until the process is stopped.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        String host = System.getenv().getOrDefault("HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8000"));
        JdbcWorlds db = JdbcWorlds.open(Rules.databaseUrl());

        WebServer server = WebServer.builder()
                .host(host)
                .port(port)
                .backlog(8 * 1024)
                .writeQueueLength(8 * 1024)
                .addProtocol(Http1Config.builder()
                        .validateRequestHeaders(false)
                        .validatePath(false)
                        .receiveLog(false)
                        .sendLog(false)
                        .build())
                .routing(routing -> routing(routing, db))
                .build()
                .start();
        System.out.println("Helidon peer listening on http://" + host + ":" + server.port());
    }
}
