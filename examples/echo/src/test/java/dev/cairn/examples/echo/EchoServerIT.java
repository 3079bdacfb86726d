package dev.cairn.examples.echo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.examples.echo.Main.Settings;
import dev.cairn.server.Server;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The echo example on a real socket: Main's server on a free port, asked by the JDK's HTTP client. */
class EchoServerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Server server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        server = Main.start(new Settings("127.0.0.1", 0, false));
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI uri(String target) {
        return URI.create("http://127.0.0.1:" + server.port() + target);
    }

    @Test
    void plaintextCarriesTheServersFraming() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri("/plaintext")));

        assertEquals(200, response.statusCode());
        assertEquals("Hello, World!", new String(response.body(), StandardCharsets.US_ASCII));
        assertEquals("text/plain", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("13", response.headers().firstValue("Content-Length").orElseThrow());
        assertTrue(response.headers().firstValue("Server").isPresent(), "Server header");
        assertTrue(response.headers().firstValue("Date").isPresent(), "Date header");
    }

    @Test
    void jsonIsTheMessage() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri("/json")));

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("{\"message\":\"Hello, World!\"}", new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aPostIsEchoedWithItsBodyAndHeaders() throws Exception {
        byte[] body = "a=1&b=\u00e9".getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri("/echo/x?y=z"))
                .header("X-Test", "yes")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertEquals(200, response.statusCode());
        JsonNode echo = JSON.readTree(response.body());
        assertEquals("POST", decode(echo.get("method")));
        assertEquals("/echo/x?y=z", decode(echo.get("uri")));
        assertEquals("HTTP/1.1", decode(echo.get("version")));
        assertArrayEquals(body, Base64.getDecoder().decode(echo.get("body").textValue()));
        boolean sawTestHeader = false;
        for (JsonNode pair : echo.get("headers")) {
            sawTestHeader |= decode(pair.get(0)).equalsIgnoreCase("X-Test") && decode(pair.get(1)).equals("yes");
        }
        assertTrue(sawTestHeader, "X-Test is echoed: " + echo.get("headers"));
    }

    @Test
    void anyOtherPathIsEchoed() throws Exception {
        assertEquals(200, send(HttpRequest.newBuilder(uri("/nothing-here"))).statusCode());
    }

    private static String decode(JsonNode node) {
        return new String(Base64.getDecoder().decode(node.textValue()), StandardCharsets.ISO_8859_1);
    }
}
