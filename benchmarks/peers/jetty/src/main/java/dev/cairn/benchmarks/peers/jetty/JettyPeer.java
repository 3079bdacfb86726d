package dev.cairn.benchmarks.peers.jetty;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.benchmarks.peers.common.JdbcWorlds;
import dev.cairn.benchmarks.peers.common.Rules;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Jetty 12 answering TechEmpower's tests with a core {@link Handler}, no servlets: the handler is non-blocking, so
 * Jetty runs it on the selector's thread without a hand-off, and its header fields are pre-encoded once, as Jetty's
 * own TechEmpower entry does. The database tests ({@code /db}, {@code /queries}, {@code /updates},
 * {@code /fortunes}) block on JDBC (a HikariCP pool), so the handler hands them to Jetty's thread pool and
 * completes the response from there, which a non-blocking handler may do.
 *
 * <p>
 * {@code HOST} (default {@code 127.0.0.1}) and {@code PORT} (default {@code 8000}) say where to listen,
 * {@code DATABASE_URL} which PostgreSQL database to use (the one run.sh sets up by default). Jetty adds
 * {@code Server} and {@code Date} (both switched on explicitly below); the handler sets {@code Content-Length}.
 */
public final class JettyPeer extends Handler.Abstract.NonBlocking {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] HELLO = "Hello, World!".getBytes(StandardCharsets.US_ASCII);
    private static final ByteBuffer HELLO_BUFFER = ByteBuffer.wrap(HELLO).asReadOnlyBuffer();
    private static final HttpField TEXT_PLAIN = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "text/plain");
    private static final HttpField APPLICATION_JSON = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE,
            "application/json");
    private static final HttpField TEXT_HTML = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE,
            "text/html; charset=utf-8");
    private static final HttpField HELLO_LENGTH = new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH,
            String.valueOf(HELLO.length));

    private final JdbcWorlds db;

    /** A handler whose database tests use {@code db}. */
    JettyPeer(JdbcWorlds db) {
        this.db = db;
    }

    /** The message of the JSON test; a fresh one is serialized for each request, as the test's rules ask. */
    record Message(String message) {}

    /** Answers the six tests; returns false for anything else, which Jetty answers 404. */
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        switch (request.getHttpURI().getPath()) {
            case "/plaintext" -> {
                response.getHeaders().add(TEXT_PLAIN);
                response.getHeaders().add(HELLO_LENGTH);
                response.write(true, HELLO_BUFFER.slice(), callback);
            }
            case "/json" -> send(response, APPLICATION_JSON, JSON.writeValueAsBytes(new Message("Hello, World!")),
                    callback);
            case "/db" -> blocking(request, response, callback, APPLICATION_JSON, () -> JSON.writeValueAsBytes(db
                    .one()));
            case "/queries" -> blocking(request, response, callback, APPLICATION_JSON, () -> JSON.writeValueAsBytes(db
                    .many(queries(request))));
            case "/updates" -> blocking(request, response, callback, APPLICATION_JSON, () -> JSON.writeValueAsBytes(db
                    .update(queries(request))));
            case "/fortunes" -> blocking(request, response, callback, TEXT_HTML, () -> Rules.fortunesPage(db
                    .fortunes()).getBytes(StandardCharsets.UTF_8));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A body made by blocking work. */
    @FunctionalInterface
    private interface Body {
        byte[] make() throws Exception;
    }

    /** Makes the body on a thread of Jetty's pool, where blocking is allowed, and sends it from there. */
    private static void blocking(Request request, Response response, Callback callback, HttpField type, Body body) {
        request.getComponents().getThreadPool().execute(() -> {
            try {
                send(response, type, body.make(), callback);
            } catch (Exception e) {
                callback.failed(e);
            }
        });
    }

    private static void send(Response response, HttpField type, byte[] body, Callback callback) {
        response.getHeaders().add(type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static int queries(Request request) {
        Fields.Field queries = Request.extractQueryParameters(request).get("queries");
        return Rules.queries(queries == null ? null : queries.getValue());
    }

    /**
     * Serves until the process is stopped.
     *
     * @param args ignored
     * @throws Exception if Jetty cannot start
     */
    public static void main(String[] args) throws Exception {
        String host = System.getenv().getOrDefault("HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8000"));
        JdbcWorlds db = JdbcWorlds.open(Rules.databaseUrl());

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(true);
        http.setSendDateHeader(true);
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new JettyPeer(db));
        server.start();
        System.out.println("Jetty peer listening on http://" + host + ":" + connector.getLocalPort());
        server.join();
    }
}
