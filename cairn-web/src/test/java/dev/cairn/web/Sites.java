package dev.cairn.web;

import dev.cairn.gateway.ResponseBody;
import dev.cairn.web.routing.Route;
import dev.cairn.web.settings.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

/**
 * Sites for the framework's own tests, built with explicit settings: debug on, a secret key long enough for the
 * start-up checks, and {@code localhost} allowed, so that no test depends on the defaults or the environment.
 */
public final class Sites {

    /** The secret key every test site signs with. */
    public static final String SECRET_KEY = "test-secret-key-that-is-long-enough-for-the-checks-0123456789";

    private Sites() {}

    /** Settings with debug on, {@link #SECRET_KEY} and {@code localhost} (or these hosts) allowed. */
    public static Settings.Builder settings(String... allowedHosts) {
        return Settings.builder().debug(true).secretKey(SECRET_KEY)
                .allowedHosts(allowedHosts.length == 0 ? new String[]{"localhost"} : allowedHosts);
    }

    /** A site with {@link #settings(String...)} and these routes. */
    @SafeVarargs
    public static WebApp app(Route<View>... routes) {
        return app(settings().build(), Arrays.asList(routes));
    }

    /** A site with these settings and routes. */
    public static WebApp app(Settings settings, List<Route<View>> routes) {
        return WebApp.builder().settings(settings).routes(routes).build();
    }

    /** The framework request a site builds from an exchange, as a view would get it (not yet resolved). */
    public static Request request(WebApp app, dev.cairn.gateway.Request exchange) {
        return new Request(exchange, app);
    }

    /** The request {@link #app(Route...)} with no routes builds from an exchange. */
    public static Request request(dev.cairn.gateway.Request exchange) {
        return request(app(), exchange);
    }

    /** The bytes a gateway response would send: its bytes in memory, or the region of the file its body names. */
    public static byte[] body(dev.cairn.gateway.Response response) throws IOException {
        return switch (response.body()) {
            case ResponseBody.Bytes bytes -> bytes.bytes();
            case ResponseBody.File file -> {
                try (InputStream in = Files.newInputStream(file.path())) {
                    in.skipNBytes(file.offset());
                    yield in.readNBytes(Math.toIntExact(file.length()));
                }
            }
            default -> throw new AssertionError("the body is neither bytes nor a file: " + response.body());
        };
    }
}
