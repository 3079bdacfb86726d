package dev.cairn.db;

/**
 * A delete refused because rows still point at the object through a PROTECT (or RESTRICT) relation; the message
 * names the model, the relation and how many rows.
 */
public class ProtectedError extends RuntimeException {

    /** An error with its message. */
    public ProtectedError(String message) {
        super(message);
    }
}
