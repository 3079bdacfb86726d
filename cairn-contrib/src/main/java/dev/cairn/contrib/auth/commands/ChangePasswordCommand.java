package dev.cairn.contrib.auth.commands;

import dev.cairn.cli.Project;
import dev.cairn.contrib.auth.validation.PasswordValidators;
import dev.cairn.db.Databases;
import dev.cairn.web.settings.Settings;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cairn changepassword [username] [--database name]}: {@link ChangePassword} on the command line, for the
 * given user or, without one, the user named as the system's user (as Django does). Added to a site's command line
 * as {@link CreateSuperuserCommand} is.
 */
@Command(name = "changepassword", mixinStandardHelpOptions = true, description = "Changes a user's password.")
public final class ChangePasswordCommand implements Callable<Integer> {

    private final Project project;
    private final Console console;
    private final Settings settings;

    @Parameters(arity = "0..1", paramLabel = "username", description = "The user whose password to change; the system's user name by default.")
    String username;

    @Option(names = "--database", description = "The database's name; ${DEFAULT-VALUE} by default.")
    String database = Databases.DEFAULT;

    /** The command on the terminal, with the settings {@code Settings.load} reads. */
    public ChangePasswordCommand(Project project) {
        this(project, Console.system(), Settings.load(Map.of()));
    }

    /** The command asking on {@code console}. */
    public ChangePasswordCommand(Project project, Console console, Settings settings) {
        this.project = Objects.requireNonNull(project, "project");
        this.console = Objects.requireNonNull(console, "console");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Changes the password; the exit code. */
    @Override
    public Integer call() {
        String name = username != null ? username : System.getProperty("user.name", "");
        return CommandRun.run(project, settings, database, () -> new ChangePassword(console, PasswordValidators
                .create(settings)).run(name, database));
    }
}
