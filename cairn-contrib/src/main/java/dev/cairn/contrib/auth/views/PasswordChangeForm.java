package dev.cairn.contrib.auth.views;

import dev.cairn.contrib.auth.User;
import dev.cairn.contrib.auth.validation.PasswordValidators;

/**
 * Changing one's password (Django's {@code PasswordChangeForm}): the current password first, then the new one twice,
 * checked as {@link SetPasswordForm} checks it.
 */
public final class PasswordChangeForm extends SetPasswordForm {

    /** Django's message for a wrong current password. */
    public static final String INCORRECT = "Your old password was entered incorrectly. Please enter it again.";

    /** The form for {@code user}, checked by {@code validators}. */
    public PasswordChangeForm(User user, PasswordValidators validators) {
        super(user, validators, true);
    }

    @Override
    protected void clean() {
        String old = cleaned().get(oldPassword);
        if (old != null && !user.checkPassword(old)) {
            addError(oldPassword, INCORRECT);
        }
        super.clean();
    }
}
