package dev.cairn.db.meta;

/** How a field relates its model to another, if it does. */
public enum Relation {
    /** A plain column. */
    NONE,
    /** Many-to-one: a column holding the target's key. */
    FOREIGN_KEY,
    /** One-to-one: a unique column holding the target's key. */
    ONE_TO_ONE,
    /** Many-to-many: a table of pairs, no column on this model. */
    MANY_TO_MANY;

    /** Whether the field is a column holding another model's key. */
    public boolean isKey() {
        return this == FOREIGN_KEY || this == ONE_TO_ONE;
    }
}
