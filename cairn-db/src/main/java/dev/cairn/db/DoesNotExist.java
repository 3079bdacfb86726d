package dev.cairn.db;

/** {@code get()} found no row; the message names the model and the lookups. */
public class DoesNotExist extends RuntimeException {

    /** An error with the model and conditions in its message. */
    public DoesNotExist(String message) {
        super(message);
    }
}
