package dev.cairn.benchmarks.peers.helidon;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http1.Http1Config;
import java.nio.charset.StandardCharsets;

/**
 * Helidon SE 4's web server answering TechEmpower's plaintext and JSON tests: blocking handlers, each connection on
 * its own virtual thread (Helidon's default), with the listener and HTTP/1.1 settings of Helidon's own TechEmpower
 * entry (large backlog and write queue; request header and path validation off).
 *
 * <p>
 * {@code HOST} (default {@code 127.0.0.1}) and {@code PORT} (default {@code 8000}) say where to listen. Helidon
 * adds {@code Date} and {@code Content-Length}; the handlers add {@code Server}, which Helidon does not send.
 */
public final class HelidonPeer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] HELLO = "Hello, World!".getBytes(StandardCharsets.US_ASCII);
    private static final Header SERVER = HeaderValues.createCached(HeaderNames.SERVER, "Helidon");
    private static final Header TEXT_PLAIN = HeaderValues.createCached(HeaderNames.CONTENT_TYPE, "text/plain");

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
    static final Handler JSON_MESSAGE = (req, res) -> {
        res.header(HeaderValues.CONTENT_TYPE_JSON);
        res.header(SERVER);
        res.send(JSON.writeValueAsBytes(new Message("Hello, World!")));
    };

    /** Adds the two routes; anything else gets Helidon's 404. */
    static void routing(HttpRouting.Builder routing) {
        routing.get("/plaintext", PLAINTEXT).get("/json", JSON_MESSAGE);
    }

    /**
     * Serves until the process is stopped.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        String host = System.getenv().getOrDefault("HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8000"));

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
                .routing(HelidonPeer::routing)
                .build()
                .start();
        System.out.println("Helidon peer listening on http://" + host + ":" + server.port());
    }
}
