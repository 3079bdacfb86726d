package dev.cairn.cli;

import dev.cairn.db.DatabaseException;
import dev.cairn.db.migrations.MigrationError;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * The {@code cairn} command line, run in-process: {@code java -jar site.jar migrate} has the site's Main call
 * {@code System.exit(Cairn.run(project, args))}.
 *
 * <p>
 * Exit codes: {@value #OK} when the command did its work (or found none to do), {@value #FAILED} when it could not
 * (an unknown app or migration, conflicting migrations, a malformed file, a failing statement: the message on
 * standard error says which and how to fix it), {@value #USAGE} for a command line that does not parse.
 */
public final class Cairn {

    /** The command did its work. */
    public static final int OK = 0;
    /** The command could not do its work. */
    public static final int FAILED = 1;
    /** The command line does not parse. */
    public static final int USAGE = 2;

    private Cairn() {}

    /** Runs a command, printing to the standard output and error; returns the exit code. */
    public static int run(Project project, String... args) {
        return run(project, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command, printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(Project project, PrintWriter out, PrintWriter err, String... args) {
        Commands.Context context = new Commands.Context(project, out);
        CommandLine line = new CommandLine(new Commands.Root());
        line.addSubcommand(new MakeMigrations(context));
        line.addSubcommand(new Migrate(context));
        line.addSubcommand(new ShowMigrations(context));
        line.addSubcommand(new SqlMigrate(context));
        project.commands().forEach(line::addSubcommand);
        line.setOut(out).setErr(err);
        line.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof MigrationError || e instanceof DatabaseException || e instanceof IllegalArgumentException
                    || e instanceof UncheckedIOException) {
                err.println("error: " + e.getMessage());
                err.flush();
                return FAILED;
            }
            throw e;
        });
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code == CommandLine.ExitCode.USAGE ? USAGE : code;
    }
}
