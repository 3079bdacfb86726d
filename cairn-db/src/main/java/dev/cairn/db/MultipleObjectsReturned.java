package dev.cairn.db;

/** {@code get()} found more than one row; the message names the model and how many it found. */
public class MultipleObjectsReturned extends RuntimeException {

    /** An error with the model and count in its message. */
    public MultipleObjectsReturned(String message) {
        super(message);
    }
}
