package dev.cairn.contrib.auth.validation;

import dev.cairn.db.Model;
import java.util.Optional;

/** A password is not made of digits alone (any script's decimal digits, as Python's {@code isdigit} mostly counts). */
public final class NumericPasswordValidator implements PasswordValidator {

    @Override
    public Optional<PasswordProblem> check(String password, Model user) {
        if (password.isEmpty() || !password.codePoints().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(new PasswordProblem("password_entirely_numeric", "This password is entirely numeric."));
    }

    @Override
    public String helpText() {
        return "Your password can’t be entirely numeric.";
    }
}
