package dev.cairn.contrib.auth.validation;

import dev.cairn.db.Model;
import java.util.Optional;

/** A password has at least a number of characters (Unicode code points, as Python counts them): 8 by default. */
public final class MinimumLengthValidator implements PasswordValidator {

    /** Django's default minimum. */
    public static final int DEFAULT_MIN_LENGTH = 8;

    private final int minLength;

    /** At least {@value #DEFAULT_MIN_LENGTH} characters. */
    public MinimumLengthValidator() {
        this(DEFAULT_MIN_LENGTH);
    }

    /**
     * At least {@code minLength} characters.
     *
     * @throws IllegalArgumentException when {@code minLength} is below one
     */
    public MinimumLengthValidator(int minLength) {
        if (minLength < 1) {
            throw new IllegalArgumentException("min_length must be at least 1, not " + minLength);
        }
        this.minLength = minLength;
    }

    /** The minimum. */
    public int minLength() {
        return minLength;
    }

    @Override
    public Optional<PasswordProblem> check(String password, Model user) {
        if (password.codePointCount(0, password.length()) >= minLength) {
            return Optional.empty();
        }
        return Optional.of(new PasswordProblem("password_too_short", "This password is too short. It must contain "
                + "at least " + characters() + "."));
    }

    @Override
    public String helpText() {
        return "Your password must contain at least " + characters() + ".";
    }

    private String characters() {
        return minLength + (minLength == 1 ? " character" : " characters");
    }
}
