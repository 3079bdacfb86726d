package dev.cairn.db.migrations;

import dev.cairn.db.Param;
import dev.cairn.db.Sql;
import dev.cairn.db.dialect.Dialect;
import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.schema.AlterTable;
import dev.cairn.db.schema.ColumnSpec;
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
            } else {
                statements.addAll(pairs(alter, editor, old, pairs));
            }
        }
        oldPairs.values().forEach(t -> statements.add(new Sql(editor.dropTable(t.name()), List.of())));
        return statements;
    }

    /**
     * A table of pairs changed: renamed, its columns renamed (named after a renamed model) or re-pointed, in place
     * with its pairs kept; one whose key types changed is made anew.
     */
    private static List<Sql> pairs(AlterTable alter, SchemaEditor editor, TableSpec old, TableSpec pairs) {
        if (old.equals(pairs)) {
            return List.of();
        }
        List<ColumnSpec> before = old.columns();
        List<ColumnSpec> after = pairs.columns();
        boolean sameTypes = before.size() == after.size() && java.util.stream.IntStream.range(0, before.size())
                .allMatch(i -> before.get(i).type().equals(after.get(i).type()));
        if (!sameTypes) {
            List<Sql> statements = new ArrayList<>();
            statements.add(new Sql(editor.dropTable(old.name()), List.of()));
            statements.addAll(sql(editor.createTables(List.of(pairs))));
            return statements;
        }
        // Every table of pairs has the same columns in the same order (id, this side, the other side).
        Map<String, String> renamed = new LinkedHashMap<>();
        for (int i = 0; i < after.size(); i++) {
            if (!after.get(i).name().equals(before.get(i).name())) {
                renamed.put(after.get(i).name(), before.get(i).name());
            }
        }
        return alter.change(old, pairs, renamed, Map.of());
    }

    /**
     * The SQL that renames the model {@code oldLabel} of {@code from} to {@code newLabel} of {@code to}: its table
     * and tables of pairs renamed (their columns named after it too), then each model pointing at it re-pointed
     * (its keys' constraints, its tables of pairs).
     */
    static List<Sql> renamed(ProjectState from, ProjectState to, String oldLabel, String newLabel, Dialect dialect) {
        AlterTable alter = new AlterTable(dialect);
        SchemaEditor editor = new SchemaEditor(dialect);
        List<Sql> statements = new ArrayList<>(alter.change(from.table(oldLabel), to.table(newLabel), Map.of(), Map
                .of()));
        List<TableSpec> oldPairs = from.pairTables(oldLabel);
        List<TableSpec> newPairs = to.pairTables(newLabel);
        for (int i = 0; i < newPairs.size(); i++) {
            // The same fields in the same order: a rename changes no field.
            statements.addAll(pairs(alter, editor, oldPairs.get(i), newPairs.get(i)));
        }
        for (ModelState model : to.models()) {
            boolean points = model.fields().stream().anyMatch(f -> newLabel.equals(f.target()));
            if (points && !model.label().equals(newLabel)) {
                statements.addAll(between(from, to, model.label(), Hints.NONE, dialect));
            }
        }
        return statements;
    }

    private static List<Sql> sql(List<String> statements) {
        return statements.stream().map(s -> new Sql(s, List.of())).toList();
    }
}
