package dev.cairn.contrib.shelf;

/** A book's genre, stored by name; one constant says its own label. */
public enum Genre {
    NOVEL, POETRY, SCIENCE_FICTION, ESSAY {
        @Override
        public String toString() {
            return "Essays and criticism";
        }
    }
}
