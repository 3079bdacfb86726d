package dev.cairn.contrib.auth.commands;

import dev.cairn.contrib.auth.validation.PasswordProblem;
import dev.cairn.contrib.auth.validation.PasswordValidators;
import dev.cairn.db.Model;
import java.util.List;

/** Asking for a new password twice, as both commands do, with their messages for what is wrong with it. */
final class PasswordPrompt {

    /** The input ended before the command had what it needed. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("Operation cancelled.", null, false, false);
        }
    }

    private final Console console;
    private final PasswordValidators validators;
    private final String mismatch;
    private final boolean offerBypass;

    /**
     * A prompt.
     *
     * @param mismatch    what to say when the two do not match
     * @param offerBypass whether a password the validators refuse may be kept after all
     */
    PasswordPrompt(Console console, PasswordValidators validators, String mismatch, boolean offerBypass) {
        this.console = console;
        this.validators = validators;
        this.mismatch = mismatch;
        this.offerBypass = offerBypass;
    }

    /**
     * Asks once for the password and again to confirm it; the password, or null after saying what is wrong with it.
     *
     * @throws Cancelled at the end of input
     */
    String askOnce(Model user) {
        String first = required(console.readPassword("Password: "));
        String second = required(console.readPassword("Password (again): "));
        if (!first.equals(second)) {
            console.err().println(mismatch);
            return null;
        }
        if (first.isBlank()) {
            console.err().println("Error: Blank passwords aren't allowed.");
            return null;
        }
        List<PasswordProblem> problems = validators.problems(first, user);
        if (problems.isEmpty()) {
            return first;
        }
        problems.forEach(p -> console.err().println(p.message()));
        if (!offerBypass) {
            return null;
        }
        String answer = required(console.readLine("Bypass password validation and create user anyway? [y/N]: "));
        return answer.strip().equalsIgnoreCase("y") ? first : null;
    }

    /** {@code line}, or the end of input reported. */
    static String required(String line) {
        if (line == null) {
            throw new Cancelled();
        }
        return line;
    }
}
