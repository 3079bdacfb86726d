package dev.cairn.contrib.auth.views;

import dev.cairn.contrib.auth.Auth;
import dev.cairn.contrib.auth.Credentials;
import dev.cairn.contrib.auth.LoginOutcome;
import dev.cairn.web.forms.Fields;
import dev.cairn.web.forms.Form;
import dev.cairn.web.forms.TextField;

/**
 * The login form (Django's {@code AuthenticationForm}): a username and a password, which cleaning tries through
 * {@link Auth#attempt} from the client's address, so that the throttle counts each try. The outcome says who logged
 * in, or why not.
 */
public final class LoginForm extends Form {

    /** Django's message for credentials that prove nobody: it does not say which of the two was wrong. */
    public static final String INVALID_LOGIN = "Please enter a correct username and password. Note that both fields "
            + "may be case-sensitive.";

    /** The username. */
    public final TextField username = field(Fields.text("username").maxLength(150).label("Username"));
    /** The password, never shown again. */
    public final TextField password = field(Fields.password("password").label("Password"));

    private final Auth auth;
    private final String clientAddress;
    private LoginOutcome outcome;

    /** A form whose credentials {@code auth} checks, offered from {@code clientAddress}. */
    public LoginForm(Auth auth, String clientAddress) {
        this.auth = auth;
        this.clientAddress = clientAddress;
    }

    /** What came of the attempt, or null when the fields themselves were refused and none was made. */
    public LoginOutcome outcome() {
        isValid();
        return outcome;
    }

    /** How long a lock lasts, in whole seconds, rounded up: what {@code Retry-After} says. */
    public static long retryAfterSeconds(LoginOutcome.Locked locked) {
        return Math.max(1, (locked.retryAfter().toMillis() + 999) / 1000);
    }

    /** The message for a lock: how long to wait. */
    public static String lockedMessage(LoginOutcome.Locked locked) {
        long seconds = retryAfterSeconds(locked);
        return "Too many failed login attempts. Try again in " + seconds + (seconds == 1 ? " second." : " seconds.");
    }

    @Override
    protected void clean() {
        String name = cleaned().get(username);
        String secret = cleaned().get(password);
        if (name == null || secret == null) {
            return;
        }
        outcome = auth.attempt(Credentials.of(name, secret).from(clientAddress));
        switch (outcome) {
            case LoginOutcome.Success success -> {
            }
            case LoginOutcome.Failure failure -> addError(INVALID_LOGIN);
            case LoginOutcome.Locked locked -> addError(lockedMessage(locked));
        }
    }
}
