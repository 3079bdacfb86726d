package dev.cairn.examples.site;

import dev.cairn.cli.Cairn;
import dev.cairn.contrib.db.DatabaseSettings;
import dev.cairn.db.DatabaseException;
import dev.cairn.db.Databases;
import dev.cairn.journey.JourneySink;
import dev.cairn.journey.RecentJourneys;
import dev.cairn.server.Server;
import dev.cairn.web.WebApp;
import dev.cairn.web.checks.SystemCheckError;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Set;

/**
 * The site's command line, as Django's {@code manage.py}: with no arguments, or {@code runserver}, it serves until
 * SIGINT or SIGTERM; {@code migrate}, {@code makemigrations}, {@code showmigrations}, {@code sqlmigrate} and {@code check} run
 * through Cairn's command line ({@link Cairn#run}) on the databases the settings name.
 *
 * <pre>
 * java -jar cairn-site.jar                      # serves, migrating first in DEBUG
 * java -jar cairn-site.jar showmigrations       # guestbook [X] 0001_initial
 * java -jar cairn-site.jar makemigrations       # run from examples/site: writes src/main/resources/migrations
 * java -jar cairn-site.jar check --deploy       # what is unsafe for production; exit 1 at --fail-level
 * </pre>
 *
 * Exit codes: 0 done, 1 a command that failed, 2 a command line that does not parse or a site that cannot start.
 */
public final class Main {

    /** The commands handed to Cairn's command line. */
    static final Set<String> DATABASE_COMMANDS = Set.of("migrate", "makemigrations", "showmigrations",
            "sqlmigrate", "check");

    /** What {@code help} and a wrong command line print. */
    static final String USAGE = """
            Usage: java -jar cairn-site.jar [COMMAND [ARGS...]]
              runserver        serve the site (the default); HOST and PORT say where
              migrate          apply (or unapply) migrations
              makemigrations   write a migration for each app whose models changed
              showmigrations   list the migrations, [X] where applied
              sqlmigrate       print a migration's SQL
              check            run the system checks; --deploy adds what is unsafe for production
            COMMAND --help tells more.""";

    /** The journeys kept for the debug pages while DEBUG is on. */
    private static final int KEPT_JOURNEYS = 100;

    private Main() {}

    /**
     * Reads the settings (development defaults, {@code cairn.properties}, then the environment), then serves or
     * runs the command {@code args} names.
     *
     * @param args nothing or {@code runserver} to serve; else a command and its arguments
     * @throws Exception if the server cannot start (the port is taken, the host is unknown)
     */
    public static void main(String[] args) throws Exception {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        Settings settings;
        try {
            settings = Settings.load(Site.DEVELOPMENT);
        } catch (SettingsException e) {
            err.println(e.getMessage());
            System.exit(Cairn.USAGE);
            return;
        }
        if (serves(args)) {
            serve(settings, out, err);
        } else {
            System.exit(command(settings, out, err, args));
        }
    }

    /** Whether the command line asks to serve: nothing, or {@code runserver} alone. */
    static boolean serves(String... args) {
        return args.length == 0 || args.length == 1 && args[0].equals("runserver");
    }

    /**
     * Runs a command other than serving, printing to {@code out} and {@code err}; returns its exit code. The
     * databases are opened only if the command needs one, and closed after it.
     */
    static int command(Settings settings, PrintWriter out, PrintWriter err, String... args) {
        if (args.length == 1 && Set.of("help", "-h", "--help").contains(args[0])) {
            out.println(USAGE);
            out.flush();
            return Cairn.OK;
        }
        if (args.length == 0 || !DATABASE_COMMANDS.contains(args[0])) {
            String what = args.length == 0
                    ? "no command"
                    : args[0].equals("runserver")
                            ? "runserver takes no arguments " + Arrays.asList(args).subList(1,
                                    args.length) + "; HOST and PORT say where it listens"
                            : "unknown command '" + args[0] + "'";
            err.println("error: " + what);
            err.println(USAGE);
            err.flush();
            return Cairn.USAGE;
        }
        Databases[] opened = new Databases[1];
        // check installs the databases it opens; the ones installed before are put back after it.
        Databases before = Databases.install(null);
        Databases.install(before);
        try {
            return Cairn.run(Site.project(settings, () -> opened[0] = Databases.open(DatabaseSettings.urls(settings))),
                    out,
                    err, args);
        } finally {
            Databases.install(before);
            if (opened[0] != null) {
                opened[0].close();
            }
        }
    }

    /**
     * The server for the site on HOST:PORT; in DEBUG it records each request's journey (the connection, each
     * layer's work, each SQL statement) into {@code journeys}, so that the debug pages show it. Out of DEBUG nothing
     * is recorded, which costs nothing.
     */
    static Server server(Settings settings, WebApp app, JourneySink journeys) {
        return Server.builder().host(settings.host()).port(settings.port()).application(app)
                .journeys(settings.debug() ? journeys : null).build();
    }

    /** Starts the site (migrating first in DEBUG) and serves until stopped; exits 2 if it cannot start. */
    private static void serve(Settings settings, PrintWriter out, PrintWriter err) throws Exception {
        Startup site;
        try {
            site = Startup.open(settings, out, err);
        } catch (SystemCheckError | DatabaseException | IllegalArgumentException | IllegalStateException e) {
            // A misconfiguration stops start-up with what to fix, not a stack trace.
            err.println(e.getMessage());
            System.exit(Cairn.USAGE);
            return;
        }
        Server server = server(settings, site.app(), new RecentJourneys(KEPT_JOURNEYS));
        server.start();
        out.println("Cairn example site on http://" + settings.host() + ":" + server.port()
                + (settings.debug() ? " (DEBUG on)" : "") + ", database " + site.databases().defaultDatabase().url());
        server.stopOnSignal();
        server.awaitStop();
        site.close();
    }
}
