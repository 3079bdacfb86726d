package dev.cairn.contrib.sessions;

import dev.cairn.cli.Cairn;
import dev.cairn.cli.Project;
import dev.cairn.db.Databases;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cairn clearsessions}: deletes the expired sessions {@link DatabaseSessionStore} keeps (Django's command of
 * the same name), for a cron job. Sessions in Redis or in signed cookies need no clearing: they expire by
 * themselves.
 *
 * <p>
 * A site adds it to its command line, which knows no contrib command by name:
 *
 * <pre>{@code
 * Cairn.run(Project.builder().models(...).command(ClearSessions::new).build(), args);
 * }</pre>
 */
@Command(name = "clearsessions", mixinStandardHelpOptions = true, description = "Deletes the expired sessions of the database's sessions_session table.")
public final class ClearSessions implements Callable<Integer> {

    private final Project project;

    @Spec
    CommandSpec spec;

    @Option(names = "--database", description = "The database's name; ${DEFAULT-VALUE} by default.")
    String database = Databases.DEFAULT;

    /** The command for a project, whose databases it opens. */
    public ClearSessions(Project project) {
        this.project = project;
    }

    /** Deletes the expired rows and says how many there were. */
    @Override
    public Integer call() {
        Databases databases = project.databases();
        databases.get(database);
        // The ORM works on the installed databases; the project's are installed for the length of the command.
        Databases before = Databases.install(databases);
        int deleted;
        try {
            deleted = DatabaseSessionStore.create(database, java.time.Clock.systemUTC()).clearExpired();
        } finally {
            Databases.install(before);
        }
        spec.commandLine().getOut().println("Deleted " + deleted + " expired session" + (deleted == 1 ? "" : "s"));
        return Cairn.OK;
    }
}
