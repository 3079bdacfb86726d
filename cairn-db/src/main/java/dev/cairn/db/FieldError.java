package dev.cairn.db;

/**
 * A query names a field or lookup the model does not have, found as the QuerySet is built, before any SQL: "Cannot
 * resolve keyword 'nam' into field of Author. Choices are: books, id, name".
 */
public class FieldError extends RuntimeException {

    /** An error with its message. */
    public FieldError(String message) {
        super(message);
    }
}
