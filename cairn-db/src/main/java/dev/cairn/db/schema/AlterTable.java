package dev.cairn.db.schema;

import dev.cairn.db.Sql;
import dev.cairn.db.dialect.Dialect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements that turn a table as it is into the table as it should be, in one database's SQL: what a migration
 * runs for an added, removed, altered or renamed field, an index or a constraint.
 *
 * <p>
 * PostgreSQL and MariaDB change the table in place: 1. drop the parts (foreign keys, checks, uniques, indexes) that
 * differ; 2. rename columns; 3. drop columns; 4. add columns (a NOT NULL one with a fill value is added nullable,
 * filled, then made NOT NULL); 5. alter the type and nullability of columns; 6. make the new parts.
 *
 * <p>
 * SQLite alters little: indexes, renamed columns and added nullable plain columns are done in place; anything else
 * rebuilds the table as Django does, keeping its rows: copy the rows aside, drop the table, make it anew with its
 * constraints, copy the rows back (renamed columns from their old names, fills for new ones), drop the copy, make
 * the indexes. The table is never renamed, so the foreign keys of other tables keep pointing at it; within the
 * migration's transaction the deferred foreign keys that the drop breaks are mended when the rows come back, and a
 * row that would lose its target makes the commit fail.
 */
public final class AlterTable {

    private final SchemaEditor editor;
    private final boolean sqlite;
    private final boolean mariadb;
    private final boolean postgres;

    /** Writes statements in {@code dialect}. */
    public AlterTable(Dialect dialect) {
        this.editor = new SchemaEditor(dialect);
        this.sqlite = dialect.name().equals("sqlite");
        this.mariadb = dialect.name().equals("mariadb");
        this.postgres = dialect.name().equals("postgresql");
    }

    /**
     * The statements that turn {@code from} into {@code to}.
     *
     * @param renamed new column name → old one, for columns that were renamed
     * @param fills   column → the value (a {@link dev.cairn.db.Param}) that existing rows get where the column is
     *                new or NULL and must not be
     * @throws IllegalArgumentException for a change the database cannot make (a different primary key column in
     *                                  place)
     */
    public List<Sql> change(TableSpec from, TableSpec to, Map<String, String> renamed, Map<String, Object> fills) {
        Columns columns = new Columns(from, to, renamed);
        List<TablePart> before = TablePart.of(editor, from);
        List<TablePart> after = TablePart.of(editor, to);
        List<TablePart> dropped = new ArrayList<>(before);
        dropped.removeAll(after);
        List<TablePart> made = new ArrayList<>(after);
        made.removeAll(before);
        if (sqlite && !columns.inPlaceOnSqlite(fills, dropped, made)) {
            return rebuild(from, to, columns, fills);
        }
        List<Sql> statements = new ArrayList<>();
        String table = editor.q(to.name());
        if (!from.name().equals(to.name())) {
            statements.add(sql("ALTER TABLE " + editor.q(from.name()) + " RENAME TO " + table));
        }
        for (TablePart part : dropped.reversed()) {
            statements.add(sql(part.drop(editor, to.name())));
        }
        columns.renamed.forEach((oldName, newName) -> statements.add(sql("ALTER TABLE " + table + " RENAME COLUMN "
                + editor.q(oldName) + " TO " + editor.q(newName))));
        for (ColumnSpec column : columns.dropped) {
            statements.add(sql("ALTER TABLE " + table + " DROP COLUMN " + editor.q(column.name())));
        }
        for (ColumnSpec column : columns.added) {
            statements.addAll(add(table, column, fills.get(column.name())));
        }
        columns.kept.forEach((old, column) -> statements.addAll(alter(to.name(), old, column, fills.get(column
                .name()))));
        for (TablePart part : made) {
            statements.add(sql(part.create()));
        }
        return postgres ? deferredChecksAfterUpdates(statements) : statements;
    }

    /**
     * PostgreSQL refuses to ALTER a table with deferred foreign key checks pending, as an UPDATE that fills a column
     * leaves them: the checks are made immediate after each fill, and deferred again at the end.
     */
    private static List<Sql> deferredChecksAfterUpdates(List<Sql> statements) {
        List<Sql> result = new ArrayList<>();
        for (Sql statement : statements) {
            result.add(statement);
            if (statement.text().startsWith("UPDATE ")) {
                result.add(sql("SET CONSTRAINTS ALL IMMEDIATE"));
            }
        }
        if (result.size() > statements.size()) {
            result.add(sql("SET CONSTRAINTS ALL DEFERRED"));
        }
        return result;
    }

    private List<Sql> add(String table, ColumnSpec column, Object fill) {
        if (fill == null || column.nullable()) {
            return List.of(sql("ALTER TABLE " + table + " ADD COLUMN " + editor.column(column)));
        }
        ColumnSpec open = nullable(column, true);
        List<Sql> statements = new ArrayList<>();
        statements.add(sql("ALTER TABLE " + table + " ADD COLUMN " + editor.column(open)));
        statements.add(new Sql("UPDATE " + table + " SET " + editor.q(column.name()) + " = ?", List.of(fill)));
        statements.addAll(alterInPlace(table, open, column));
        return statements;
    }

    private List<Sql> alter(String tableName, ColumnSpec old, ColumnSpec column, Object fill) {
        ColumnSpec renamedOld = new ColumnSpec(column.name(), old.type(), old.nullable(), old.primaryKey(), column
                .unique(), column.index(), column.references(), column.referenced());
        if (renamedOld.equals(column)) {
            return List.of();
        }
        if (old.primaryKey() != column.primaryKey() || (old.primaryKey() && !old.type().equals(column.type()))) {
            throw new IllegalArgumentException("changing the primary key of " + tableName + " (column '" + column
                    .name() + "') is not supported on " + editor.dialect().name() + "; make a new model instead");
        }
        String table = editor.q(tableName);
        List<Sql> statements = new ArrayList<>();
        if (fill != null && old.nullable() && !column.nullable()) {
            statements.add(new Sql("UPDATE " + table + " SET " + editor.q(column.name()) + " = ? WHERE " + editor.q(
                    column.name()) + " IS NULL", List.of(fill)));
        }
        statements.addAll(alterInPlace(table, renamedOld, column));
        return statements;
    }

    /** A column's type and nullability changed where it stands (PostgreSQL and MariaDB). */
    private List<Sql> alterInPlace(String table, ColumnSpec old, ColumnSpec column) {
        String name = editor.q(column.name());
        if (mariadb) {
            return List.of(sql("ALTER TABLE " + table + " MODIFY " + editor.column(column)));
        }
        List<Sql> statements = new ArrayList<>();
        if (!old.type().equals(column.type())) {
            String type = editor.dialect().sqlType(column.type());
            statements.add(sql("ALTER TABLE " + table + " ALTER COLUMN " + name + " TYPE " + type + " USING " + name
                    + "::" + type));
        }
        if (old.nullable() != column.nullable()) {
            statements.add(sql("ALTER TABLE " + table + " ALTER COLUMN " + name + (column.nullable()
                    ? " DROP NOT NULL"
                    : " SET NOT NULL")));
        }
        return statements;
    }

    /** SQLite's table rebuild; see the class comment. */
    private List<Sql> rebuild(TableSpec from, TableSpec to, Columns columns, Map<String, Object> fills) {
        String aside = editor.q(to.name() + "__old");
        List<Sql> statements = new ArrayList<>();
        statements.add(sql("CREATE TABLE " + aside + " AS SELECT * FROM " + editor.q(from.name())));
        statements.add(sql("DROP TABLE " + editor.q(from.name())));
        statements.add(sql(editor.createTable(to, true)));
        List<String> targets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        Map<String, ColumnSpec> sourceOf = new LinkedHashMap<>();
        columns.kept.forEach((old, column) -> sourceOf.put(column.name(), old));
        for (ColumnSpec column : to.columns()) {
            ColumnSpec source = sourceOf.get(column.name());
            Object fill = fills.get(column.name());
            if (source == null && fill == null) {
                continue;
            }
            targets.add(editor.q(column.name()));
            if (source == null) {
                sources.add("?");
                params.add(fill);
            } else if (fill != null && source.nullable() && !column.nullable()) {
                sources.add("COALESCE(" + editor.q(source.name()) + ", ?)");
                params.add(fill);
            } else {
                sources.add(editor.q(source.name()));
            }
        }
        statements.add(new Sql("INSERT INTO " + editor.q(to.name()) + " (" + String.join(", ", targets) + ") SELECT "
                + String.join(", ", sources) + " FROM " + aside, params));
        statements.add(sql("DROP TABLE " + aside));
        editor.indexes(to).forEach(index -> statements.add(sql(index)));
        return statements;
    }

    private static ColumnSpec nullable(ColumnSpec column, boolean nullable) {
        return new ColumnSpec(column.name(), column.type(), nullable, column.primaryKey(), column.unique(), column
                .index(), column.references(), column.referenced());
    }

    private static Sql sql(String text) {
        return new Sql(text, List.of());
    }

    /** The columns of the two tables matched up: kept (old → new), renamed, dropped and added. */
    private static final class Columns {
        final Map<ColumnSpec, ColumnSpec> kept = new LinkedHashMap<>();
        final Map<String, String> renamed = new LinkedHashMap<>();
        final List<ColumnSpec> dropped = new ArrayList<>();
        final List<ColumnSpec> added = new ArrayList<>();

        Columns(TableSpec from, TableSpec to, Map<String, String> renames) {
            Map<String, ColumnSpec> old = new LinkedHashMap<>();
            from.columns().forEach(c -> old.put(c.name(), c));
            Set<String> used = new HashSet<>();
            for (ColumnSpec column : to.columns()) {
                String source = renames.getOrDefault(column.name(), column.name());
                ColumnSpec before = old.get(source);
                if (before == null || !used.add(source)) {
                    added.add(column);
                    continue;
                }
                kept.put(before, column);
                if (!source.equals(column.name())) {
                    renamed.put(source, column.name());
                }
            }
            from.columns().stream().filter(c -> !used.contains(c.name())).forEach(dropped::add);
        }

        /** Whether SQLite can make the change without rebuilding the table. */
        boolean inPlaceOnSqlite(Map<String, Object> fills, List<TablePart> dropped, List<TablePart> made) {
            boolean onlyIndexes = java.util.stream.Stream.concat(dropped.stream(), made.stream()).allMatch(p -> p
                    .kind() == TablePart.Kind.INDEX);
            boolean plainAdds = added.stream().allMatch(c -> c.nullable() && !c.primaryKey() && !c.unique() && c
                    .references() == null && fills.get(c.name()) == null);
            boolean unchanged = kept.entrySet().stream().allMatch(e -> e.getKey().type().equals(e.getValue().type())
                    && e.getKey().nullable() == e.getValue().nullable() && e.getKey().primaryKey() == e.getValue()
                            .primaryKey());
            return onlyIndexes && plainAdds && unchanged && this.dropped.isEmpty();
        }
    }
}
