package dev.cairn.db.migrations;

/**
 * Migrations that cannot be read, planned or run: a malformed file (naming it and the line), a missing dependency,
 * conflicting leaves in an app, an unknown app or migration, an operation that cannot be reversed. The message says
 * what is wrong and how to fix it.
 */
public class MigrationError extends RuntimeException {

    /** An error with its message. */
    public MigrationError(String message) {
        super(message);
    }

    /** An error with its message and cause. */
    public MigrationError(String message, Throwable cause) {
        super(message, cause);
    }
}
