package dev.cairn.cli;

import dev.cairn.db.Database;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** The root command and what every subcommand shares. */
final class Commands {

    private Commands() {}

    /**
     * The project and where output goes.
     *
     * @param project the site
     * @param out     standard output
     */
    record Context(Project project, PrintWriter out) {}

    /** The {@code --database} option of the commands that use one. */
    static final class DatabaseOption {
        @picocli.CommandLine.Option(names = "--database", description = "The database's name; ${DEFAULT-VALUE} by "
                + "default.")
        String name = dev.cairn.db.Databases.DEFAULT;

        /** The database named. */
        Database of(Context context) {
            return context.project().databases().get(name);
        }
    }

    /** {@code cairn}: lists the subcommands. */
    @Command(name = "cairn", mixinStandardHelpOptions = true, description = "Cairn's command line.")
    static final class Root implements Runnable {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }
}
