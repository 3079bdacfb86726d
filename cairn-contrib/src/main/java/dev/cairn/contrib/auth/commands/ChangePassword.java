package dev.cairn.contrib.auth.commands;

import dev.cairn.contrib.auth.User;
import dev.cairn.contrib.auth.validation.PasswordValidators;
import java.util.Objects;

/**
 * {@code cairn changepassword [username] [--database name]}: sets a user's password, asked twice and checked by the
 * password validators (Django's command of that name). Three tries, then it gives up.
 *
 * <p>
 * Exit codes are the command line's: 0 when the password was changed, 1 when it was not (no such user, three bad
 * tries, input ended), with {@code error: ...} on standard error.
 */
public final class ChangePassword {

    /** How many times a mismatched or refused password may be tried. */
    public static final int MAX_TRIES = 3;

    private final Console console;
    private final PasswordValidators validators;

    /** The command, asking on {@code console} and checking with {@code validators}. */
    public ChangePassword(Console console, PasswordValidators validators) {
        this.console = Objects.requireNonNull(console, "console");
        this.validators = Objects.requireNonNull(validators, "validators");
    }

    /**
     * Changes the password of {@code username} in database {@code database}.
     *
     * @return the exit code
     */
    public int run(String username, String database) {
        User user = User.objects.using(database).filter("username", username).first();
        if (user == null) {
            console.err().println("error: user '" + username + "' does not exist");
            return 1;
        }
        console.out().println("Changing password for user '" + username + "'");
        PasswordPrompt prompt = new PasswordPrompt(console, validators, "Passwords do not match. Please try again.",
                false);
        try {
            for (int attempt = 1; attempt <= MAX_TRIES; attempt++) {
                String password = prompt.askOnce(user);
                if (password != null) {
                    user.setPassword(password);
                    user.save(database);
                    validators.passwordChanged(password, user);
                    console.out().println("Password changed successfully for user '" + username + "'");
                    return 0;
                }
            }
        } catch (PasswordPrompt.Cancelled e) {
            console.err().println("error: " + e.getMessage());
            return 1;
        }
        console.err().println("error: Aborting password change for user '" + username + "' after " + MAX_TRIES
                + " attempts");
        return 1;
    }
}
