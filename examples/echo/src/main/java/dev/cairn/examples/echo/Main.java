package dev.cairn.examples.echo;

import dev.cairn.server.Server;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs {@link EchoApplication} on Cairn's server until the process is interrupted or terminated.
 *
 * <p>
 * Settings come from the environment: {@code HOST} (default {@code 127.0.0.1}), {@code PORT} (default
 * {@code 8000}; {@code 0} picks a free port) and {@code CAIRN_ACCESS_LOG} ({@code 0}, {@code false}, {@code off}
 * or {@code no} turn the access log off, as the benchmarks do). Once listening it prints one line, {@code Cairn echo listening on http://HOST:PORT}.
 */
public final class Main {
    private Main() {}

    /**
     * Starts the server from the environment's settings and serves until SIGINT or SIGTERM, then drains.
     *
     * @param args ignored
     * @throws Exception if the server cannot start (the port is taken, the host is unknown)
     */
    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = Settings.from(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Server server = start(settings);
        System.out.println("Cairn echo listening on http://" + settings.host() + ":" + server.port());
        server.stopOnSignal();
        server.awaitStop();
    }

    /**
     * Builds and starts a server running {@link EchoApplication} with these settings.
     *
     * @return the started server; {@link Server#port()} is the port it listens on
     */
    public static Server start(Settings settings) throws Exception {
        Server server = Server.builder()
                .host(settings.host())
                .port(settings.port())
                .application(new EchoApplication())
                .accessLog(settings.accessLog())
                .build();
        server.start();
        return server;
    }

    /**
     * Where and how to serve.
     *
     * @param host      the address to listen on
     * @param port      the port, 0-65535; 0 for any free port
     * @param accessLog whether to log a line per request
     */
    public record Settings(String host, int port, boolean accessLog) {
        /** The values of {@code CAIRN_ACCESS_LOG} that turn the log off; any other value leaves it on. */
        private static final Set<String> OFF = Set.of("0", "false", "off", "no");

        /** Checks the port's range and that the host is present. */
        public Settings {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("HOST must not be empty");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("PORT must be 0-65535, not " + port);
            }
        }

        /**
         * Reads {@code HOST}, {@code PORT} and {@code CAIRN_ACCESS_LOG} from an environment, with the defaults for
         * those absent.
         *
         * @throws IllegalArgumentException with a message that says how to fix a bad value
         */
        public static Settings from(Map<String, String> env) {
            String host = env.getOrDefault("HOST", "127.0.0.1");
            String port = env.getOrDefault("PORT", "8000");
            int number;
            try {
                number = Integer.parseInt(port.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("PORT must be a number 0-65535 (PORT=8000), not '" + port + "'");
            }
            String log = env.getOrDefault("CAIRN_ACCESS_LOG", "1").strip().toLowerCase(Locale.ROOT);
            return new Settings(host, number, !OFF.contains(log));
        }
    }
}
