package dev.cairn.db.migrations;

import dev.cairn.db.Param;
import dev.cairn.db.Sql;
import dev.cairn.db.dialect.Dialect;
import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.schema.AlterTable;
import dev.cairn.db.schema.SchemaEditor;
import dev.cairn.db.schema.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL that takes one model from its table in one state to its table in another: made, dropped, or altered
 * ({@link AlterTable}), with its tables of pairs made, dropped or renamed alongside. Every schema operation's SQL,
 * forwards and backwards, is this comparison of the states before and after it, so that an operation and its
 * reverse cannot disagree.
 */
final class SchemaChanges {

    /**
     * What the states alone cannot tell.
     *
     * @param columns new column → old one, for a renamed field
     * @param tables  new table of pairs → old one, for a renamed many-to-many field
     * @param fills   column → the value (a {@code Param}) existing rows get
     */
    record Hints(Map<String, String> columns, Map<String, String> tables, Map<String, Object> fills) {
        static final Hints NONE = new Hints(Map.of(), Map.of(), Map.of());
    }

    private SchemaChanges() {}

    /**
     * What an operation's SQL needs beyond the states either side of it: a renamed field's old column or table of
     * pairs, an altered field's old column, and, going forwards, the fill value of an added or altered field.
     */
    static Hints hints(Operation operation, String app, ProjectState before, ProjectState after, boolean forwards) {
        String label = app + "." + operation.model();
        return switch (operation) {
            case Operation.AddField add -> forwards ? fill(after, label, add.field().name(), add.fill()) : Hints.NONE;
            case Operation.AlterField alter -> {
                Hints columns = column(before.model(label).requireField(alter.field().name()), alter.field(),
                        forwards);
                Hints fills = forwards ? fill(after, label, alter.field().name(), alter.fill()) : Hints.NONE;
                yield new Hints(columns.columns(), Map.of(), fills.fills());
            }
            case Operation.RenameField rename -> {
                ModelState old = before.model(label);
                ModelState state = after.model(label);
                FieldState renamed = state.requireField(rename.to());
                if (renamed.concrete()) {
                    yield column(old.requireField(rename.from()), renamed, forwards);
                }
                String newTable = state.table() + "_" + rename.to();
                String oldTable = old.table() + "_" + rename.from();
                yield new Hints(Map.of(), forwards ? Map.of(newTable, oldTable) : Map.of(oldTable, newTable), Map
                        .of());
            }
            default -> Hints.NONE;
        };
    }

    /** The column of {@code before} that becomes that of {@code after}, or back. */
    private static Hints column(FieldState before, FieldState after, boolean forwards) {
        if (!before.concrete() || !after.concrete() || before.column().equals(after.column())) {
            return Hints.NONE;
        }
        return new Hints(forwards
                ? Map.of(after.column(), before.column())
                : Map.of(before.column(), after.column()), Map.of(), Map.of());
    }

    /** The fill value of a field, bound as its column's type. */
    private static Hints fill(ProjectState after, String label, String fieldName, String fill) {
        ModelState state = after.model(label);
        FieldState field = state.requireField(fieldName);
        if (fill == null || !field.concrete()) {
            return Hints.NONE;
        }
        ColumnType type = after.columnType(state, field);
        return new Hints(Map.of(), Map.of(), Map.of(field.column(), Param.of(type, FillValues.parse(type, fill))));
    }

    static List<Sql> between(ProjectState from, ProjectState to, String label, Hints hints, Dialect dialect) {
        ModelState before = from.find(label);
        ModelState after = to.find(label);
        SchemaEditor editor = new SchemaEditor(dialect);
        if (before == null && after == null) {
            return List.of();
        }
        if (before == null) {
            List<TableSpec> tables = new ArrayList<>();
            tables.add(to.table(label));
            tables.addAll(to.pairTables(label));
            return sql(editor.createTables(tables));
        }
        if (after == null) {
            List<String> drops = new ArrayList<>();
            from.pairTables(label).forEach(t -> drops.add(editor.dropTable(t.name())));
            drops.add(editor.dropTable(before.table()));
            return sql(drops);
        }
        AlterTable alter = new AlterTable(dialect);
        List<Sql> statements = new ArrayList<>(alter.change(from.table(label), to.table(label), hints.columns(), hints
                .fills()));
        Map<String, TableSpec> oldPairs = new LinkedHashMap<>();
        from.pairTables(label).forEach(t -> oldPairs.put(t.name(), t));
        for (TableSpec pairs : to.pairTables(label)) {
            TableSpec old = oldPairs.remove(hints.tables().getOrDefault(pairs.name(), pairs.name()));
            if (old == null) {
                statements.addAll(sql(editor.createTables(List.of(pairs))));
            } else if (renamedOnly(old, pairs)) {
                statements.addAll(alter.change(old, pairs, Map.of(), Map.of()));
            } else if (!old.equals(pairs)) {
                statements.add(new Sql(editor.dropTable(old.name()), List.of()));
                statements.addAll(sql(editor.createTables(List.of(pairs))));
            }
        }
        oldPairs.values().forEach(t -> statements.add(new Sql(editor.dropTable(t.name()), List.of())));
        return statements;
    }

    private static boolean renamedOnly(TableSpec old, TableSpec pairs) {
        return !old.name().equals(pairs.name()) && new TableSpec(pairs.name(), old.columns(), old.indexes(), old
                .uniqueTogether(), old.checks()).equals(pairs);
    }

    private static List<Sql> sql(List<String> statements) {
        return statements.stream().map(s -> new Sql(s, List.of())).toList();
    }
}
