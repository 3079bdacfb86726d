package dev.cairn.contrib.auth.commands;

import dev.cairn.cli.Project;
import dev.cairn.contrib.auth.User;
import dev.cairn.contrib.auth.Users;
import dev.cairn.contrib.auth.validation.PasswordValidators;
import dev.cairn.db.Databases;
import dev.cairn.db.ValidationError;
import dev.cairn.web.settings.Settings;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cairn createsuperuser [--username u] [--email e] [--noinput] [--database name]}: {@link CreateSuperuser} on
 * the command line. A site adds it, with {@code changepassword}, to the command line it hands its arguments to:
 *
 * <pre>{@code
 * Cairn.run(Project.builder().models(User.class, Group.class, Permission.class, ...)
 *         .command(CreateSuperuserCommand::new).command(ChangePasswordCommand::new).build(), args);
 * }</pre>
 *
 * Interactively it offers the system's user name as the username when it is a free, valid one (as Django does), and
 * asks on the terminal; {@code --noinput} reads the password from {@value CreateSuperuser#PASSWORD_VARIABLE}. Passwords
 * are hashed with {@code PASSWORD_HASHERS} and checked by {@code AUTH_PASSWORD_VALIDATORS}.
 */
@Command(name = "createsuperuser", mixinStandardHelpOptions = true, description = "Creates a superuser account (a user who has all permissions).")
public final class CreateSuperuserCommand implements Callable<Integer> {

    private final Project project;
    private final Console console;
    private final Map<String, String> environment;
    private final Settings settings;

    @Option(names = "--username", description = "The superuser's username.")
    String username;

    @Option(names = "--email", description = "The superuser's email address.")
    String email;

    @Option(names = {"--noinput",
            "--no-input"}, description = "Ask nothing: --username is required, and the password is read from CAIRN_SUPERUSER_PASSWORD (none makes it unusable).")
    boolean noInput;

    @Option(names = "--database", description = "The database's name; ${DEFAULT-VALUE} by default.")
    String database = Databases.DEFAULT;

    /** The command on the terminal, with the process's environment and the settings {@code Settings.load} reads. */
    public CreateSuperuserCommand(Project project) {
        this(project, Console.system(), System.getenv(), Settings.load(Map.of()));
    }

    /** The command asking on {@code console}, reading the password variable from {@code environment}. */
    public CreateSuperuserCommand(Project project, Console console, Map<String, String> environment,
            Settings settings) {
        this.project = Objects.requireNonNull(project, "project");
        this.console = Objects.requireNonNull(console, "console");
        this.environment = Map.copyOf(environment);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Makes the superuser; the exit code. */
    @Override
    public Integer call() {
        return CommandRun.run(project, settings, database, () -> new CreateSuperuser(console, PasswordValidators
                .create(settings), environment, noInput ? null : systemUsername()).run(new CreateSuperuser.Options(
                        username, email, !noInput, database)));
    }

    /** The system's user name, lower-cased, when it is a valid username nobody has taken; else null. */
    private String systemUsername() {
        String name = Users.normalizeUsername(System.getProperty("user.name", "").toLowerCase(Locale.ROOT));
        if (name.isEmpty() || User.objects.using(database).filter("username", name).exists()) {
            return null;
        }
        try {
            new User(name).fullClean();
            return name;
        } catch (ValidationError e) {
            return e.errors().containsKey("username") ? null : name;
        }
    }
}
