package dev.cairn.db.testing;

/**
 * A fixture that cannot be loaded: its message names the file, the entry (its position, counted from 1, and its
 * model and key when it has them) and what is wrong with it.
 */
public final class FixtureError extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** A problem with the whole fixture {@code file}. */
    FixtureError(String file, String problem) {
        super("fixture " + file + ": " + problem);
    }

    /** A problem with entry {@code entry} of {@code file}. */
    FixtureError(String file, String entry, String problem) {
        super("fixture " + file + ", " + entry + ": " + problem);
    }
}
