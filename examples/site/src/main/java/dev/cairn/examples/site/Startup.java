package dev.cairn.examples.site;

import dev.cairn.cli.Cairn;
import dev.cairn.cli.Project;
import dev.cairn.contrib.db.DatabaseSettings;
import dev.cairn.db.Databases;
import dev.cairn.db.migrations.Migrator;
import dev.cairn.db.migrations.Progress;
import dev.cairn.web.WebApp;
import dev.cairn.web.settings.Settings;
import java.io.PrintWriter;
import java.util.List;

/**
 * What the site does before it serves, in order: opens the databases the settings name ({@code DATABASE_URL}, else
 * SQLite in {@code db.sqlite3} in the working folder) and installs them; with DEBUG on, applies the migrations not
 * yet applied, printing each (so that one command runs the site on a fresh clone), and with DEBUG off only warns of
 * them, as production migrates as a step of its own; then builds the site, whose checks ask the database.
 *
 * <p>
 * Closing it closes the databases and puts back the ones installed before, so a test can start the site twice on
 * one SQLite file, as a restart does.
 */
public final class Startup implements AutoCloseable {

    private final Databases databases;
    private final Databases before;
    private final WebApp app;

    private Startup(Databases databases, Databases before, WebApp app) {
        this.databases = databases;
        this.before = before;
        this.app = app;
    }

    /**
     * Opens the databases, migrates (in DEBUG) and builds the site, printing what it applied to {@code out}.
     *
     * @throws IllegalArgumentException           when a database URL does not parse, naming the database
     * @throws dev.cairn.db.DatabaseException     when a database cannot be reached
     * @throws IllegalStateException              when a migration fails (the reason is on {@code err})
     * @throws dev.cairn.web.checks.SystemCheckError when the site's checks fail
     */
    public static Startup open(Settings settings, PrintWriter out, PrintWriter err) {
        Databases databases = Databases.open(DatabaseSettings.urls(settings));
        Databases before = Databases.install(databases);
        try {
            migrate(settings, Site.project(() -> databases), out, err);
            return new Startup(databases, before, Site.build(settings));
        } catch (RuntimeException e) {
            Databases.install(before);
            databases.close();
            throw e;
        }
    }

    /** Applies the pending migrations in DEBUG; out of it, says how many there are and how to apply them. */
    private static void migrate(Settings settings, Project project, PrintWriter out, PrintWriter err) {
        Migrator migrator = project.migrations().migrator(project.databases().defaultDatabase(), Progress.NONE);
        List<Migrator.Step> pending = migrator.plan(null, null);
        if (pending.isEmpty()) {
            return;
        }
        if (!settings.debug()) {
            out.println("You have " + pending.size() + " unapplied migration(s): the site may not work until they "
                    + "are applied. Apply them with: java -jar cairn-site.jar migrate");
            out.flush();
            return;
        }
        out.println("DEBUG is on, so the " + pending.size() + " unapplied migration(s) are applied first:");
        if (Cairn.run(project, out, err, "migrate") != Cairn.OK) {
            throw new IllegalStateException("The migrations could not be applied (see above); the site did not "
                    + "start. Fix the database or the migration, then run: java -jar cairn-site.jar migrate");
        }
    }

    /** The site, built over the installed databases. */
    public WebApp app() {
        return app;
    }

    /** The databases the site uses. */
    public Databases databases() {
        return databases;
    }

    /** Closes the databases and installs the ones there were before. */
    @Override
    public void close() {
        Databases.install(before);
        databases.close();
    }
}
