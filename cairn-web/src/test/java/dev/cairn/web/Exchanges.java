package dev.cairn.web;

import dev.cairn.gateway.Connection;
import dev.cairn.gateway.RequestBody;
import dev.cairn.http.Headers;
import dev.cairn.journey.Journey;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Gateway exchanges built in memory, as a server would hand them over, for the framework's own tests. */
public final class Exchanges {

    private static final Connection CONNECTION = new Connection(1, new InetSocketAddress("127.0.0.1", 50000),
            new InetSocketAddress("127.0.0.1", 8000), false, null);

    private Exchanges() {}

    /** A GET for a target with Host {@code localhost} and any extra header lines. */
    public static dev.cairn.gateway.Request get(String target, String... headers) {
        return exchange("GET", target, new byte[0], headers);
    }

    /** A request with a body; {@code Host: localhost} is added unless the headers name a Host. */
    public static dev.cairn.gateway.Request exchange(String method, String target, byte[] body, String... headers) {
        Headers.Builder builder = Headers.builder();
        boolean host = false;
        for (int i = 0; i < headers.length; i += 2) {
            builder.add(headers[i], headers[i + 1]);
            host |= headers[i].equalsIgnoreCase("Host");
        }
        if (!host) {
            builder.add("Host", "localhost");
        }
        if (body.length > 0) {
            builder.add("Content-Length", Integer.toString(body.length));
        }
        return new dev.cairn.gateway.Request(method, target, "HTTP/1.1", builder.build(), RequestBody.of(body),
                "http", "127.0.0.1", CONNECTION);
    }

    /** A request with a UTF-8 text body. */
    public static dev.cairn.gateway.Request exchange(String method, String target, String body, String... headers) {
        return exchange(method, target, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Handles an exchange with a journey recording, and returns the journey. */
    public static Journey journeyOf(WebApp app, dev.cairn.gateway.Request exchange) {
        Journey journey = Journey.begin("test");
        journey.carry(() -> app.handle(exchange));
        return journey;
    }

    /** The body of a gateway response held in memory, as UTF-8. */
    public static String text(dev.cairn.gateway.Response response) {
        if (response.body() instanceof dev.cairn.gateway.ResponseBody.Bytes bytes) {
            return new String(bytes.bytes(), StandardCharsets.UTF_8);
        }
        throw new AssertionError("the body is not in memory: " + response.body());
    }
}
