package dev.cairn.db.library;

/** A book's genre, stored by name. */
public enum Genre {
    NOVEL, POETRY, HISTORY
}
