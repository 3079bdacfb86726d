package dev.cairn.contrib.auth.views;

import dev.cairn.web.forms.Fields;
import dev.cairn.web.forms.Form;
import dev.cairn.web.forms.TextField;

/** Asking for a password reset link (Django's {@code PasswordResetForm}): an email address. */
public final class PasswordResetForm extends Form {

    /** The address the link is sent to, if an account has it. */
    public final TextField email = field(Fields.email("email").maxLength(254).label("Email"));

    /** An empty form. */
    public PasswordResetForm() {}
}
