package dev.cairn.db.migrations;

import dev.cairn.db.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A model as the migrations recorded it: its app, name, table, fields, indexes and constraints, in the terms of
 * fields (as the model declares them), not columns.
 *
 * @param app            the app's label
 * @param name           the model's class name ({@code Book})
 * @param table          its table
 * @param fields         the fields, in order
 * @param indexes        declared indexes
 * @param uniqueTogether sets of fields unique together
 * @param checks         check constraints
 */
public record ModelState(String app, String name, String table, List<FieldState> fields,
        List<ModelMeta.IndexMeta> indexes, List<List<String>> uniqueTogether, List<ModelMeta.CheckMeta> checks) {

    /** Copies the lists. */
    public ModelState {
        fields = List.copyOf(fields);
        indexes = List.copyOf(indexes);
        uniqueTogether = uniqueTogether.stream().map(List::copyOf).toList();
        checks = List.copyOf(checks);
    }

    /** The model as it is declared now. */
    public static ModelState of(ModelMeta<?> model) {
        List<FieldState> fields = model.fields().stream().map(FieldState::of).toList();
        return new ModelState(model.app(), model.type().getSimpleName(), model.table(), fields, model.indexes(),
                model.uniqueTogether(), model.checks());
    }

    /** {@code app.Model}. */
    public String label() {
        return app + "." + name;
    }

    /** The name in lower case, as tables of pairs name their columns ({@code book_id}). */
    public String lowerName() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The field of this name, or null. */
    public FieldState field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst().orElse(null);
    }

    /** The field of this name. */
    FieldState requireField(String fieldName) {
        FieldState field = field(fieldName);
        if (field == null) {
            throw new MigrationError(label() + " has no field '" + fieldName + "' in the recorded state; its fields: "
                    + fields.stream().map(FieldState::name).toList());
        }
        return field;
    }

    /** The primary key. */
    public FieldState pk() {
        return fields.stream().filter(FieldState::primaryKey).findFirst().orElseThrow(() -> new MigrationError(
                label() + " has no primary key in the recorded state"));
    }

    /** A copy with other fields. */
    public ModelState withFields(List<FieldState> newFields) {
        return new ModelState(app, name, table, newFields, indexes, uniqueTogether, checks);
    }

    /** A copy with other indexes. */
    public ModelState withIndexes(List<ModelMeta.IndexMeta> newIndexes) {
        return new ModelState(app, name, table, fields, newIndexes, uniqueTogether, checks);
    }

    /** A copy with other sets of fields unique together. */
    public ModelState withUniqueTogether(List<List<String>> together) {
        return new ModelState(app, name, table, fields, indexes, together, checks);
    }

    /** A copy with other checks. */
    public ModelState withChecks(List<ModelMeta.CheckMeta> newChecks) {
        return new ModelState(app, name, table, fields, indexes, uniqueTogether, newChecks);
    }

    /** A copy with a field renamed, and every index, set and check that names it following. */
    ModelState renameField(String from, String to) {
        requireField(from);
        UnaryOperator<String> rename = f -> f.equals(from) ? to : f.equals("-" + from) ? "-" + to : f;
        List<FieldState> newFields = new ArrayList<>();
        fields.forEach(f -> newFields.add(f.name().equals(from) ? f.renamed(to) : f));
        List<ModelMeta.IndexMeta> newIndexes = indexes.stream().map(i -> new ModelMeta.IndexMeta(i.name(), i.fields()
                .stream().map(rename).toList(), i.unique())).toList();
        List<List<String>> together = uniqueTogether.stream().map(s -> s.stream().map(rename).toList()).toList();
        List<ModelMeta.CheckMeta> newChecks = checks.stream().map(c -> {
            String first = dev.cairn.db.internal.LookupPath.first(c.lookup());
            String lookup = first.equals(from) ? to + c.lookup().substring(first.length()) : c.lookup();
            return new ModelMeta.CheckMeta(c.name(), lookup, c.value());
        }).toList();
        return new ModelState(app, name, table, newFields, newIndexes, together, newChecks);
    }
}
