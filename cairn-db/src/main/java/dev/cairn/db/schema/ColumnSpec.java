package dev.cairn.db.schema;

import dev.cairn.db.meta.ColumnType;

/**
 * A column as a table is made with it, whatever described it (a model now, or a migration's recorded state).
 *
 * @param name       the column's name
 * @param type       what it holds
 * @param nullable   whether it may hold NULL
 * @param primaryKey whether it is the table's key
 * @param unique     whether no two rows may share a value
 * @param index      whether it gets an index of its own
 * @param references the table its values point at (a foreign key), or null
 * @param referenced that table's key column, or null
 */
public record ColumnSpec(String name, ColumnType type, boolean nullable, boolean primaryKey, boolean unique,
        boolean index, String references, String referenced) {}
