package dev.cairn.db.schema;

import dev.cairn.db.internal.ManyToManyTables;
import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as it is made: its columns, indexes, sets of columns unique together, and checks, in terms of columns
 * rather than fields, so that migrations can describe tables that no model describes any more.
 *
 * @param name           the table's name
 * @param columns        the columns, in order
 * @param indexes        indexes over several columns
 * @param uniqueTogether sets of columns unique together
 * @param checks         check constraints
 */
public record TableSpec(String name, List<ColumnSpec> columns, List<IndexSpec> indexes,
        List<List<String>> uniqueTogether, List<CheckSpec> checks) {

    /** An index: its name, its columns ({@code -} before one for descending), whether unique. */
    public record IndexSpec(String name, List<String> columns, boolean unique) {}

    /**
     * A check: its name, the column, an operator ({@code =, <>, <, <=, >, >=}) and a literal value.
     *
     * @param name     the constraint's name
     * @param column   the column checked
     * @param operator the comparison
     * @param value    a number, text or boolean
     */
    public record CheckSpec(String name, String column, String operator, Object value) {

        /**
         * A check from a lookup ({@code price__gte}) on a column and its stored value.
         *
         * @param where what declared it, for the error
         * @throws dev.cairn.db.meta.ModelException for a lookup other than exact, gt, gte, lt, lte
         */
        public static CheckSpec of(String name, String column, String lookup, Object value, String where) {
            java.util.List<String> parts = dev.cairn.db.internal.LookupPath.parts(lookup);
            String last = parts.size() > 1 ? parts.getLast() : "exact";
            String operator = switch (last) {
                case "exact" -> "=";
                case "gt" -> ">";
                case "gte" -> ">=";
                case "lt" -> "<";
                case "lte" -> "<=";
                default -> throw new dev.cairn.db.meta.ModelException(where + " uses '" + last
                        + "': checks take exact, gt, gte, lt or lte");
            };
            return new CheckSpec(name, column, operator, value);
        }
    }

    /** The table a model describes. */
    public static TableSpec of(ModelMeta<?> model) {
        List<ColumnSpec> columns = new ArrayList<>();
        for (FieldMeta field : model.concreteFields()) {
            String references = null;
            String referenced = null;
            if (field.relation().isKey()) {
                ModelMeta<?> target = Models.meta(field.target());
                references = target.table();
                referenced = target.pk().column();
            }
            columns.add(new ColumnSpec(field.column(), field.columnType(), field.nullable(), field.primaryKey(),
                    field.options().unique() && !field.primaryKey(), field.options().dbIndex() && !field.options()
                            .unique(),
                    references, referenced));
        }
        List<IndexSpec> indexes = new ArrayList<>();
        for (ModelMeta.IndexMeta index : model.indexes()) {
            indexes.add(new IndexSpec(index.name(), index.fields().stream().map(f -> columnOf(model, f)).toList(),
                    index.unique()));
        }
        List<List<String>> together = model.uniqueTogether().stream().map(set -> set.stream().map(f -> columnOf(
                model, f)).toList()).toList();
        List<CheckSpec> checks = model.checks().stream().map(check -> check(model, check)).toList();
        return new TableSpec(model.table(), columns, indexes, together, checks);
    }

    /** The table of pairs of a many-to-many field. */
    public static TableSpec pairsOf(ModelMeta<?> owner, FieldMeta field) {
        ModelMeta<?> target = Models.meta(field.target());
        KeySide ownerSide = new KeySide(ManyToManyTables.ownerColumn(owner, target), keyType(owner.pk().columnType()),
                owner.table(), owner.pk().column());
        KeySide targetSide = new KeySide(ManyToManyTables.targetColumn(owner, target), keyType(target.pk()
                .columnType()), target.table(), target.pk().column());
        return pairs(ManyToManyTables.table(owner, field), ownerSide, targetSide);
    }

    /**
     * One side of a table of pairs: the column holding a key, and the table and key column it points at.
     *
     * @param column the column in the table of pairs
     * @param type   its type (the key's, an auto key as the plain integer of its size)
     * @param table  the table pointed at
     * @param key    that table's key column
     */
    public record KeySide(String column, ColumnType type, String table, String key) {}

    /** A table of pairs: an id, a key column for each side, each pair at most once. */
    public static TableSpec pairs(String table, KeySide owner, KeySide target) {
        List<ColumnSpec> columns = List.of(
                new ColumnSpec("id", ColumnType.of(ColumnType.Kind.BIG_AUTO), false, true, false, false, null, null),
                new ColumnSpec(owner.column(), owner.type(), false, false, false, true, owner.table(), owner.key()),
                new ColumnSpec(target.column(), target.type(), false, false, false, true, target.table(), target
                        .key()));
        return new TableSpec(table, columns, List.of(), List.of(List.of(owner.column(), target.column())), List.of());
    }

    /** The type of a column holding a key of this type: an auto key becomes the plain integer of its size. */
    public static ColumnType keyType(ColumnType pk) {
        return switch (pk.kind()) {
            case AUTO -> ColumnType.of(ColumnType.Kind.INT);
            case BIG_AUTO -> ColumnType.of(ColumnType.Kind.BIG_INT);
            default -> pk;
        };
    }

    private static String columnOf(ModelMeta<?> model, String field) {
        boolean descending = field.startsWith("-");
        String name = descending ? field.substring(1) : field;
        FieldMeta meta = model.field(name);
        if (meta == null || !meta.concrete()) {
            throw new dev.cairn.db.meta.ModelException(model.type().getSimpleName() + " names '" + name + "' in an "
                    + "index or constraint, which is not one of its fields");
        }
        return (descending ? "-" : "") + meta.column();
    }

    private static CheckSpec check(ModelMeta<?> model, ModelMeta.CheckMeta check) {
        String where = model.type().getSimpleName() + "'s check '" + check.name() + "'";
        String[] parts = dev.cairn.db.internal.LookupPath.parts(check.lookup()).toArray(String[]::new);
        FieldMeta field = model.field(parts[0]);
        if (field == null || !field.concrete() || parts.length > 2) {
            throw new dev.cairn.db.meta.ModelException(where + " names '" + parts[0]
                    + "', which is not one of its columns");
        }
        Object value = dev.cairn.db.meta.Values.parse(field.javaType(), check.value());
        return CheckSpec.of(check.name(), field.column(), check.lookup(), dev.cairn.db.meta.Values.toStored(value),
                where);
    }
}
