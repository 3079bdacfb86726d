package dev.cairn.web.middleware;

import dev.cairn.gateway.RequestBody;
import dev.cairn.gateway.ResponseBody;
import dev.cairn.http.Headers;
import dev.cairn.journey.Journey;
import dev.cairn.web.Exchanges;
import dev.cairn.web.TestSettings;
import dev.cairn.web.Middleware;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Route;
import dev.cairn.web.settings.Settings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Small sites and exchanges for the middleware tests. */
final class Sites {

    private Sites() {}

    /**
     * Settings with these keys and values set in code, over a secret key and {@code ALLOWED_HOSTS=localhost} so
     * that a site with DEBUG off passes the system checks.
     */
    static Settings settings(String... keysAndValues) {
        Settings.Builder builder = base();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            builder.set(keysAndValues[i], keysAndValues[i + 1]);
        }
        return builder.build();
    }

    /** A settings builder holding a secret key and {@code ALLOWED_HOSTS=localhost}, which tests add to. */
    static Settings.Builder base() {
        return Settings.builder().secretKey(TestSettings.SECRET_KEY).allowedHosts("localhost");
    }

    /** A site with these settings, routes and middleware, outermost first. */
    static WebApp site(Settings settings, List<Route<View>> routes, Middleware... middleware) {
        WebApp.Builder builder = WebApp.builder().settings(settings).routes(routes);
        for (Middleware m : middleware) {
            builder.middleware(m);
        }
        return builder.build();
    }

    /** The same exchange as if it had come over HTTPS. */
    static dev.cairn.gateway.Request secure(dev.cairn.gateway.Request exchange) {
        return new dev.cairn.gateway.Request(exchange.method(), exchange.target(), exchange.version(),
                exchange.headers(), exchange.body(), "https", exchange.client(), exchange.connection());
    }

    /** A GET with exactly these header lines: no Host is added. */
    static dev.cairn.gateway.Request bare(String target, String... headers) {
        dev.cairn.gateway.Request template = Exchanges.get(target);
        return new dev.cairn.gateway.Request("GET", target, "HTTP/1.1", Headers.of(headers), RequestBody.of(
                new byte[0]), "http", template.client(), template.connection());
    }

    /** The body of a response, whatever its kind but a file: bytes as they are, a stream as written. */
    static byte[] body(dev.cairn.gateway.Response response) {
        return switch (response.body()) {
            case ResponseBody.Bytes bytes -> bytes.bytes();
            case ResponseBody.Streamed streamed -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    streamed.writer().writeTo(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                yield out.toByteArray();
            }
            default -> throw new AssertionError("not a body in memory or a stream: " + response.body());
        };
    }

    /** Decompresses a gzip member, failing the test if it is not one. */
    static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError("not gzip: " + e.getMessage(), e);
        }
    }

    /** Handles an exchange with a journey recording, and returns the journey. */
    static Journey journeyOf(WebApp app, dev.cairn.gateway.Request exchange) {
        Journey journey = Journey.begin("test");
        journey.carry(() -> app.handle(exchange));
        return journey;
    }

    /** The middleware decisions a journey holds, as {@code "Name: event"}, leaving out the onion's in and out. */
    static List<String> decisions(Journey journey) {
        return journey.stops("middleware").stream()
                .filter(s -> !s.event().equals("in") && !s.event().equals("out"))
                .map(s -> s.facts().get("name") + ": " + s.event())
                .toList();
    }

    /** The facts of the first middleware stop with this event. */
    static Map<String, Object> facts(Journey journey, String event) {
        return journey.stops("middleware").stream().filter(s -> s.event().equals(event)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + event + "' in " + journey)).facts();
    }
}
