package dev.cairn.contrib.auth.views;

import dev.cairn.contrib.auth.User;
import dev.cairn.contrib.auth.validation.PasswordProblem;
import dev.cairn.contrib.auth.validation.PasswordValidators;
import dev.cairn.db.Databases;
import dev.cairn.web.forms.Fields;
import dev.cairn.web.forms.Form;
import dev.cairn.web.forms.TextField;
import java.util.Objects;

/**
 * Choosing a new password, typed twice (Django's {@code SetPasswordForm}, what a reset link leads to): the two must
 * match and the password validators must accept it, each problem shown under the confirmation. {@link #save()} stores
 * it.
 */
public class SetPasswordForm extends Form {

    /** Django's message when the two differ. */
    public static final String MISMATCH = "The two password fields didn’t match.";

    /** The current password, asked for by {@link PasswordChangeForm} only; null here. */
    protected final TextField oldPassword;
    /** The new password. */
    public final TextField newPassword1;
    /** The new password again. */
    public final TextField newPassword2;
    /** Whose password it is. */
    protected final User user;
    private final PasswordValidators validators;

    /** The form for {@code user}, checked by {@code validators}. */
    public SetPasswordForm(User user, PasswordValidators validators) {
        this(user, validators, false);
    }

    /** The form, asking for the current password first when {@code askOldPassword}. */
    protected SetPasswordForm(User user, PasswordValidators validators, boolean askOldPassword) {
        this.user = Objects.requireNonNull(user, "user");
        this.validators = Objects.requireNonNull(validators, "validators");
        this.oldPassword = askOldPassword ? field(Fields.password("old_password").label("Old password")) : null;
        this.newPassword1 = field(Fields.password("new_password1").label("New password").helpText(String.join(" ",
                validators.helpTexts())));
        this.newPassword2 = field(Fields.password("new_password2").label("New password confirmation"));
    }

    @Override
    protected void clean() {
        String first = cleaned().get(newPassword1);
        String second = cleaned().get(newPassword2);
        if (first == null || second == null) {
            return;
        }
        if (!first.equals(second)) {
            addError(newPassword2, MISMATCH);
            return;
        }
        for (PasswordProblem problem : validators.problems(second, user)) {
            addError(newPassword2, problem.message());
        }
    }

    /**
     * Stores the new password and saves the user, then tells the validators.
     *
     * @throws IllegalStateException when the form is not valid
     */
    public User save() {
        if (!isValid()) {
            throw new IllegalStateException("Only a valid form can be saved; check isValid() first");
        }
        String password = cleaned(newPassword1);
        user.setPassword(password);
        user.save(user.database() == null ? Databases.DEFAULT : user.database());
        validators.passwordChanged(password, user);
        return user;
    }
}
