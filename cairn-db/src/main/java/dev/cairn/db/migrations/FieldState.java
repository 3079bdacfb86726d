package dev.cairn.db.migrations;

import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.db.meta.Relation;

/**
 * A field as the migrations recorded it: what its column (or table of pairs) needs, and nothing a form or the ORM's
 * Java side alone uses (validation kinds, on_delete, verbose names), so that changing those makes no migration.
 *
 * @param name       the field's name
 * @param column     its column; null for a many-to-many field
 * @param type       the column's type; null for a relation, whose column takes the type of the target's key
 * @param nullable   whether the column may hold NULL
 * @param primaryKey whether it is the primary key
 * @param unique     whether no two rows may share a value (never set on the primary key)
 * @param index      whether the column has an index of its own (never set on a unique column)
 * @param relation   how it relates its model to another
 * @param target     the related model's label ({@code app.Model}), or null
 * @param through    the explicit model holding a many-to-many's pairs, or null when a table of pairs is made
 */
public record FieldState(String name, String column, ColumnType type, boolean nullable, boolean primaryKey,
        boolean unique, boolean index, Relation relation, String target, String through) {

    /** The field a model declares now. */
    public static FieldState of(FieldMeta field) {
        String target = field.target() == null ? null : Models.meta(field.target()).label();
        String through = field.through() == null ? null : Models.meta(field.through()).label();
        boolean unique = field.options().unique() && !field.primaryKey();
        boolean index = field.options().dbIndex() && !field.options().unique();
        ColumnType type = field.relation() == Relation.NONE ? field.columnType() : null;
        return new FieldState(field.name(), field.column(), type, field.nullable(), field.primaryKey(), unique, index,
                field.relation(), target, through);
    }

    /** Whether it has a column (a many-to-many field has none). */
    public boolean concrete() {
        return relation != Relation.MANY_TO_MANY;
    }

    /**
     * The same field under another name; its column follows the name when it was made from it ({@code title}, or
     * {@code author_id} for a key).
     */
    public FieldState renamed(String newName) {
        String newColumn = column == null
                ? null
                : column.equals(name)
                        ? newName
                        : relation.isKey() && column.equals(name + "_id")
                                ? newName + "_id"
                                : column;
        return new FieldState(newName, newColumn, type, nullable, primaryKey, unique, index, relation, target,
                through);
    }

    /** The same field, pointing at {@code to} (a model's new label) where it pointed at {@code from}. */
    public FieldState pointedAt(String from, String to) {
        return new FieldState(name, column, type, nullable, primaryKey, unique, index, relation, from.equals(target)
                ? to
                : target, from.equals(through) ? to : through);
    }

    /** Whether the two differ only in name (and a column that follows the name). */
    public boolean sameButName(FieldState other) {
        return renamed(other.name).equals(other);
    }
}
