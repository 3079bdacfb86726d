package dev.cairn.contrib.auth.commands;

import dev.cairn.contrib.auth.User;
import dev.cairn.contrib.auth.Users;
import dev.cairn.contrib.auth.validation.PasswordProblem;
import dev.cairn.contrib.auth.validation.PasswordValidators;
import dev.cairn.db.ValidationError;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code cairn createsuperuser [--username u] [--email e] [--noinput] [--database name]}: makes a superuser (Django's
 * command of that name).
 *
 * <p>
 * Interactively it asks for what was not given: the username (a default offered when the caller knows one), the
 * email address (may be blank), and the password twice; each answer is checked as it is given, and a password the
 * validators refuse may be kept only by answering {@code y}. With {@code --noinput} nothing is asked: the username
 * must be given, the password is read from {@value #PASSWORD_VARIABLE} (none makes it unusable), and a password
 * the validators refuse is an error.
 *
 * <p>
 * Exit codes are the command line's: 0 when the superuser was made, 1 when not, with {@code error: ...} on
 * standard error.
 */
public final class CreateSuperuser {

    /** The environment variable {@code --noinput} reads the password from (Django's is DJANGO_SUPERUSER_PASSWORD). */
    public static final String PASSWORD_VARIABLE = "CAIRN_SUPERUSER_PASSWORD";

    /**
     * What the command line gave.
     *
     * @param username    the username, or null to ask
     * @param email       the email address, or null to ask
     * @param interactive false for {@code --noinput}
     * @param database    the database's name
     */
    public record Options(String username, String email, boolean interactive, String database) {}

    private final Console console;
    private final PasswordValidators validators;
    private final Map<String, String> environment;
    private final String defaultUsername;

    /**
     * The command.
     *
     * @param environment     where {@value #PASSWORD_VARIABLE} is read from
     * @param defaultUsername the username offered when none is typed, or null for none
     */
    public CreateSuperuser(Console console, PasswordValidators validators, Map<String, String> environment,
            String defaultUsername) {
        this.console = Objects.requireNonNull(console, "console");
        this.validators = Objects.requireNonNull(validators, "validators");
        this.environment = Map.copyOf(environment);
        this.defaultUsername = defaultUsername;
    }

    /**
     * Runs the command.
     *
     * @return the exit code
     */
    public int run(Options options) {
        try {
            if (options.interactive()) {
                interactive(options);
            } else {
                noInput(options);
            }
            console.out().println("Superuser created successfully.");
            return 0;
        } catch (PasswordPrompt.Cancelled e) {
            console.err().println("error: " + e.getMessage());
            return 1;
        } catch (CommandError e) {
            console.err().println("error: " + e.getMessage());
            return 1;
        }
    }

    private User noInput(Options options) {
        if (options.username() == null || options.username().isBlank()) {
            throw new CommandError("You must use --username with --noinput.");
        }
        String password = environment.get(PASSWORD_VARIABLE);
        if (password != null) {
            List<PasswordProblem> problems = validators.problems(password, probe(options.username(), options
                    .email()));
            if (!problems.isEmpty()) {
                throw new CommandError(PASSWORD_VARIABLE + ": " + String.join(" ", problems.stream().map(
                        PasswordProblem::message).toList()));
            }
        }
        return create(options.database(), options.username(), options.email(), password);
    }

    private User interactive(Options options) {
        String username = options.username();
        while (username == null || !usernameAccepted(options.database(), username)) {
            String prompt = defaultUsername == null
                    ? "Username: "
                    : "Username (leave blank to use '" + defaultUsername + "'): ";
            String typed = PasswordPrompt.required(console.readLine(prompt));
            username = typed.isEmpty() && defaultUsername != null ? defaultUsername : typed;
        }
        String email = options.email();
        while (email == null || !emailAccepted(email)) {
            email = PasswordPrompt.required(console.readLine("Email address: "));
        }
        PasswordPrompt prompt = new PasswordPrompt(console, validators, "Error: Your passwords didn't match.", true);
        User probe = probe(username, email);
        String password = null;
        while (password == null) {
            password = prompt.askOnce(probe);
        }
        return create(options.database(), username, email, password);
    }

    /** Whether {@code username} may be used; if not, says why and returns false. */
    private boolean usernameAccepted(String database, String username) {
        String message = null;
        if (username.isEmpty()) {
            message = "This field cannot be blank.";
        } else if (User.objects.using(database).filter("username", Users.normalizeUsername(username)).exists()) {
            message = "That username is already taken.";
        } else {
            message = fieldProblem(probe(username, ""), "username");
        }
        if (message != null) {
            console.err().println("Error: " + message);
        }
        return message == null;
    }

    /** Whether {@code email} may be used; if not, says why and returns false. */
    private boolean emailAccepted(String email) {
        String message = fieldProblem(probe("probe", email), "email");
        if (message != null) {
            console.err().println("Error: " + message);
        }
        return message == null;
    }

    private static String fieldProblem(User user, String field) {
        try {
            user.fullClean();
            return null;
        } catch (ValidationError e) {
            List<String> messages = e.errors().get(field);
            return messages == null ? null : messages.getFirst();
        }
    }

    /** An unsaved user with these details, for the validators and field checks. */
    private static User probe(String username, String email) {
        User user = new User(Users.normalizeUsername(username));
        user.email = Users.normalizeEmail(email);
        return user;
    }

    private User create(String database, String username, String email, String password) {
        try {
            return Users.createSuperuser(database, username, email, password, user -> {});
        } catch (ValidationError e) {
            throw new CommandError(String.join(" ", e.errors().values().stream().flatMap(List::stream).toList()));
        } catch (IllegalArgumentException e) {
            throw new CommandError(e.getMessage());
        }
    }

    /** A reason the command stops, said as {@code error: ...}. */
    private static final class CommandError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CommandError(String message) {
            super(message, null, false, false);
        }
    }
}
