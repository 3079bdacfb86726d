package dev.cairn.examples.site;

import dev.cairn.server.Server;
import dev.cairn.web.WebApp;
import dev.cairn.web.checks.SystemCheckError;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;

/** Runs the example site on Cairn's server until SIGINT or SIGTERM. */
public final class Main {

    private Main() {}

    /**
     * Reads the settings (development defaults, {@code cairn.properties}, then the environment), starts the
     * server and serves until stopped.
     *
     * @param args ignored
     * @throws Exception if the server cannot start (the port is taken, the host is unknown)
     */
    public static void main(String[] args) throws Exception {
        Settings settings;
        WebApp app;
        try {
            settings = Settings.load(Site.DEVELOPMENT);
            app = Site.build(settings);
        } catch (SettingsException | SystemCheckError e) {
            // A misconfiguration stops start-up with what to fix, not a stack trace.
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Server server = Server.builder().host(settings.host()).port(settings.port()).application(app).build();
        server.start();
        System.out.println("Cairn example site on http://" + settings.host() + ":" + server.port()
                + (settings.debug() ? " (DEBUG on)" : ""));
        server.stopOnSignal();
        server.awaitStop();
    }
}
