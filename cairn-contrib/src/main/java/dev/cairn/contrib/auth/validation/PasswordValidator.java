package dev.cairn.contrib.auth.validation;

import dev.cairn.db.Model;
import java.util.Optional;

/**
 * One rule a new password must meet (Django's password validators). Validators are immutable and shared between
 * threads.
 */
public interface PasswordValidator {

    /**
     * What is wrong with {@code password} for {@code user}, or empty when it meets the rule.
     *
     * @param user the user choosing it, or null when there is none yet (rules about the user then pass)
     */
    Optional<PasswordProblem> check(String password, Model user);

    /** The rule in a sentence, for the help text beside a password field. */
    String helpText();

    /** Told after a password was changed, for rules that remember passwords; nothing by default. */
    default void passwordChanged(String password, Model user) {}
}
