package dev.cairn.db.migrations;

import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Relation;
import dev.cairn.db.schema.ColumnSpec;
import dev.cairn.db.schema.TableSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every model as some point of the migrations left it, by label ({@code app.Model}): built by replaying operations
 * from nothing, or from the models declared now. The autodetector compares two of them; the tables they describe
 * are what each operation's SQL turns one into the other. Mutable: operations change it in place, on a
 * {@link #copy()}.
 */
public final class ProjectState {

    private final Map<String, ModelState> models = new TreeMap<>();

    /** No models: the state before any migration. */
    public ProjectState() {}

    /** The state the models declared now describe. */
    public static ProjectState of(Collection<? extends ModelMeta<?>> models) {
        ProjectState state = new ProjectState();
        models.forEach(m -> state.put(ModelState.of(m)));
        return state;
    }

    /** A copy that operations may change without changing this one. */
    public ProjectState copy() {
        ProjectState copy = new ProjectState();
        copy.models.putAll(models);
        return copy;
    }

    /** Every model, by label in alphabetical order. */
    public Collection<ModelState> models() {
        return models.values();
    }

    /** The model of this label, or null. */
    public ModelState find(String label) {
        return models.get(label);
    }

    /** The model of this label. */
    public ModelState model(String label) {
        ModelState model = models.get(label);
        if (model == null) {
            throw new MigrationError("no model " + label + " in the recorded state; the models there: " + models
                    .keySet());
        }
        return model;
    }

    /** Adds or replaces a model. */
    public void put(ModelState model) {
        models.put(model.label(), model);
    }

    /** Removes a model. */
    public void remove(String label) {
        model(label);
        models.remove(label);
    }

    /**
     * Renames a model: its table follows the name when it was named after it ({@code <app>_<name>}) unless
     * {@code table} says where it goes, and every field pointing at it (its own included) points at the new label.
     *
     * @throws MigrationError when there is no such model, the new name or table is another model's, or the name is
     *                        the same
     */
    void renameModel(String app, String from, String to, String table) {
        ModelState old = model(app + "." + from);
        String label = app + "." + to;
        if (from.equals(to)) {
            throw new MigrationError("cannot rename " + old.label() + " to itself");
        }
        if (find(label) != null) {
            throw new MigrationError("cannot rename " + old.label() + " to " + to + ": " + label + " exists already");
        }
        String made = app + "_" + to.toLowerCase(java.util.Locale.ROOT);
        String newTable = table != null ? table : old.table().equals(app + "_" + old.lowerName()) ? made : old.table();
        for (ModelState other : models.values()) {
            if (other != old && other.table().equals(newTable)) {
                throw new MigrationError("cannot rename " + old.label() + " to " + to + ": its table " + newTable
                        + " is " + other.label() + "'s");
            }
        }
        models.remove(old.label());
        models.put(label, new ModelState(app, to, newTable, old.fields(), old.indexes(), old.uniqueTogether(), old
                .checks()));
        for (ModelState model : List.copyOf(models.values())) {
            put(model.withFields(model.fields().stream().map(f -> f.pointedAt(old.label(), label)).toList()));
        }
    }

    /** The table a model makes: its columns, keys pointing at their targets' tables, indexes and constraints. */
    public TableSpec table(String label) {
        ModelState model = model(label);
        List<ColumnSpec> columns = new ArrayList<>();
        for (FieldState field : model.fields()) {
            if (!field.concrete()) {
                continue;
            }
            String references = null;
            String referenced = null;
            if (field.relation().isKey()) {
                ModelState target = model(field.target());
                references = target.table();
                referenced = target.pk().column();
            }
            columns.add(new ColumnSpec(field.column(), columnType(model, field), field.nullable(), field
                    .primaryKey(), field.unique(), field.index(), references, referenced));
        }
        List<TableSpec.IndexSpec> indexes = model.indexes().stream().map(i -> new TableSpec.IndexSpec(i.name(), i
                .fields().stream().map(f -> column(model, f)).toList(), i.unique())).toList();
        List<List<String>> together = model.uniqueTogether().stream().map(set -> set.stream().map(f -> column(model,
                f)).toList()).toList();
        List<TableSpec.CheckSpec> checks = model.checks().stream().map(c -> check(model, c)).toList();
        return new TableSpec(model.table(), columns, indexes, together, checks);
    }

    /** The tables of pairs a model's many-to-many fields make (none for an explicit through model). */
    public List<TableSpec> pairTables(String label) {
        ModelState owner = model(label);
        List<TableSpec> tables = new ArrayList<>();
        for (FieldState field : owner.fields()) {
            if (field.relation() == Relation.MANY_TO_MANY && field.through() == null) {
                ModelState target = model(field.target());
                boolean self = target.label().equals(owner.label());
                TableSpec.KeySide ownerSide = new TableSpec.KeySide((self ? "from_" : "") + owner.lowerName() + "_id",
                        keyType(owner), owner.table(), owner.pk().column());
                TableSpec.KeySide targetSide = new TableSpec.KeySide((self ? "to_" : "") + target.lowerName() + "_id",
                        keyType(target), target.table(), target.pk().column());
                tables.add(TableSpec.pairs(owner.table() + "_" + field.name(), ownerSide, targetSide));
            }
        }
        return tables;
    }

    /** A field's column type: its own, or for a key the type of its target's key. */
    public ColumnType columnType(ModelState model, FieldState field) {
        return field.relation().isKey() ? keyType(model(field.target())) : field.type();
    }

    private ColumnType keyType(ModelState model) {
        return TableSpec.keyType(model.pk().type());
    }

    private static String column(ModelState model, String field) {
        boolean descending = field.startsWith("-");
        FieldState state = model.requireField(descending ? field.substring(1) : field);
        return (descending ? "-" : "") + state.column();
    }

    private TableSpec.CheckSpec check(ModelState model, ModelMeta.CheckMeta check) {
        String where = model.label() + "'s check '" + check.name() + "'";
        FieldState field = model.requireField(dev.cairn.db.internal.LookupPath.first(check.lookup()));
        Object value = FillValues.parse(columnType(model, field), check.value());
        return TableSpec.CheckSpec.of(check.name(), field.column(), check.lookup(), value, where);
    }
}
