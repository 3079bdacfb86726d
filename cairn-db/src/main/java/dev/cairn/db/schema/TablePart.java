package dev.cairn.db.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * A named thing a table has beyond its columns: an index, a unique or check constraint, a foreign key. A migration
 * compares the parts of a table before and after by name and definition, and drops and makes only those that
 * differ; {@link SchemaEditor} makes them all for a new table.
 *
 * @param kind   what it is
 * @param name   its name in the database
 * @param create the statement that makes it on a table that exists
 */
record TablePart(Kind kind, String name, String create) {

    /** The kinds, in the order they are made (and dropped in reverse): a foreign key may need its index first. */
    enum Kind {
        INDEX, UNIQUE, CHECK, FOREIGN_KEY
    }

    /** Every part of a table, in the order they are made. */
    static List<TablePart> of(SchemaEditor editor, TableSpec table) {
        List<TablePart> parts = new ArrayList<>();
        String on = " ON " + editor.q(table.name()) + " (";
        for (ColumnSpec column : table.columns()) {
            if (column.index() && !column.unique() && !column.primaryKey()) {
                String name = SchemaEditor.indexName(table.name(), column.name());
                parts.add(new TablePart(Kind.INDEX, name, "CREATE INDEX " + editor.q(name) + on + editor.q(column
                        .name()) + ")"));
            }
        }
        for (TableSpec.IndexSpec index : table.indexes()) {
            parts.add(new TablePart(Kind.INDEX, index.name(), "CREATE " + (index.unique() ? "UNIQUE " : "")
                    + "INDEX " + editor.q(index.name()) + on + editor.columns(index.columns()) + ")"));
        }
        String alter = "ALTER TABLE " + editor.q(table.name()) + " ADD ";
        List<List<String>> uniques = new ArrayList<>();
        table.columns().stream().filter(ColumnSpec::unique).forEach(c -> uniques.add(List.of(c.name())));
        uniques.addAll(table.uniqueTogether());
        for (List<String> columns : uniques) {
            String name = SchemaEditor.uniqueName(table.name(), columns);
            parts.add(new TablePart(Kind.UNIQUE, name, alter + "CONSTRAINT " + editor.q(name) + " UNIQUE ("
                    + editor.columns(columns) + ")"));
        }
        for (TableSpec.CheckSpec check : table.checks()) {
            parts.add(new TablePart(Kind.CHECK, check.name(), alter + editor.checkClause(check)));
        }
        for (ColumnSpec column : table.columns()) {
            if (column.references() != null) {
                parts.add(new TablePart(Kind.FOREIGN_KEY, SchemaEditor.foreignKeyName(table.name(), column), alter
                        + editor.foreignKeyClause(table.name(), column)));
            }
        }
        return parts;
    }

    /** The statement that drops it from {@code table}, in the dialect's words. */
    String drop(SchemaEditor editor, String table) {
        boolean mariadb = editor.dialect().name().equals("mariadb");
        String alter = "ALTER TABLE " + editor.q(table) + " DROP ";
        return switch (kind) {
            case INDEX -> "DROP INDEX " + editor.q(name) + (mariadb ? " ON " + editor.q(table) : "");
            case UNIQUE -> alter + (mariadb ? "INDEX " : "CONSTRAINT ") + editor.q(name);
            case CHECK -> alter + "CONSTRAINT " + editor.q(name);
            case FOREIGN_KEY -> alter + (mariadb ? "FOREIGN KEY " : "CONSTRAINT ") + editor.q(name);
        };
    }
}
