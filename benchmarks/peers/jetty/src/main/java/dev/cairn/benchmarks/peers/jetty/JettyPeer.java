package dev.cairn.benchmarks.peers.jetty;

import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * Jetty 12 answering TechEmpower's plaintext and JSON tests with a core {@link Handler}, no servlets: the handler
 * is non-blocking, so Jetty runs it on the selector's thread without a hand-off, and its header fields are
 * pre-encoded once, as Jetty's own TechEmpower entry does.
 *
 * <p>
 * {@code HOST} (default {@code 127.0.0.1}) and {@code PORT} (default {@code 8000}) say where to listen. Jetty adds
 * {@code Server} and {@code Date} (both switched on explicitly below); the handler sets {@code Content-Length}.
 */
public final class JettyPeer extends Handler.Abstract.NonBlocking {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] HELLO = "Hello, World!".getBytes(StandardCharsets.US_ASCII);
    private static final ByteBuffer HELLO_BUFFER = ByteBuffer.wrap(HELLO).asReadOnlyBuffer();
    private static final HttpField TEXT_PLAIN = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "text/plain");
    private static final HttpField APPLICATION_JSON = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE,
            "application/json");
    private static final HttpField HELLO_LENGTH = new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH,
            String.valueOf(HELLO.length));

    /** The message of the JSON test; a fresh one is serialized for each request, as the test's rules ask. */
    record Message(String message) {}

    /** Answers {@code /plaintext} and {@code /json}; returns false for anything else, which Jetty answers 404. */
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        switch (request.getHttpURI().getPath()) {
            case "/plaintext" -> {
                response.getHeaders().add(TEXT_PLAIN);
                response.getHeaders().add(HELLO_LENGTH);
                response.write(true, HELLO_BUFFER.slice(), callback);
                return true;
            }
            case "/json" -> {
                byte[] body = JSON.writeValueAsBytes(new Message("Hello, World!"));
                response.getHeaders().add(APPLICATION_JSON);
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
                response.write(true, ByteBuffer.wrap(body), callback);
                return true;
            }
            default -> {
                return false;
            }
        }
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

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(true);
        http.setSendDateHeader(true);
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new JettyPeer());
        server.start();
        System.out.println("Jetty peer listening on http://" + host + ":" + connector.getLocalPort());
        server.join();
    }
}
