package dev.cairn.db;

/** What deleting a referenced row does to the rows whose foreign key points at it (Django's {@code on_delete}). */
public enum OnDelete {
    /** Delete them too, and what points at them, in turn. */
    CASCADE,
    /** Refuse the delete with {@link ProtectedError} while any exist. */
    PROTECT,
    /** Refuse the delete, unless they are themselves being deleted by a cascade from the same delete. */
    RESTRICT,
    /** Set their key to NULL (the field must be nullable). */
    SET_NULL,
    /** Set their key to its default. */
    SET_DEFAULT,
    /** Nothing: the database's own constraint decides. */
    DO_NOTHING
}
