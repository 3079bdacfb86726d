package dev.cairn.db.internal;

import dev.cairn.db.Sql;
import dev.cairn.db.dialect.Dialect;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.query.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes INSERT, UPDATE and DELETE. An UPDATE or DELETE whose conditions need joins names its rows by key
 * through a subquery, wrapped once more because MariaDB will not read the table it changes in a plain one.
 */
public final class Writes {

    private Writes() {}

    /** {@code INSERT INTO table (columns) VALUES (?, ...)} for one row; values already as the database takes them. */
    public static Sql insert(Dialect dialect, ModelMeta<?> model, List<FieldMeta> fields, List<Object> values) {
        List<String> columns = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        for (FieldMeta field : fields) {
            columns.add(dialect.quote(field.column()));
            marks.add("?");
        }
        String text = columns.isEmpty()
                ? defaultRow(dialect, model)
                : "INSERT INTO " + dialect.quote(model.table()) + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", marks) + ")";
        return new Sql(text, values);
    }

    /** An INSERT of many rows in one statement. */
    public static Sql insertMany(Dialect dialect, ModelMeta<?> model, List<FieldMeta> fields,
            List<List<Object>> rows) {
        List<String> columns = new ArrayList<>();
        for (FieldMeta field : fields) {
            columns.add(dialect.quote(field.column()));
        }
        String row = "(" + String.join(", ", java.util.Collections.nCopies(fields.size(), "?")) + ")";
        List<Object> values = new ArrayList<>();
        rows.forEach(values::addAll);
        return new Sql("INSERT INTO " + dialect.quote(model.table()) + " (" + String.join(", ", columns)
                + ") VALUES " + String.join(", ", java.util.Collections.nCopies(rows.size(), row)), values);
    }

    private static String defaultRow(Dialect dialect, ModelMeta<?> model) {
        return dialect.name().equals("mariadb")
                ? "INSERT INTO " + dialect.quote(model.table()) + " () VALUES ()"
                : "INSERT INTO " + dialect.quote(model.table()) + " DEFAULT VALUES";
    }

    /**
     * {@code UPDATE table SET column = value, ...} for the rows the query finds; a value may be an
     * {@link Expression} ({@code F.of("stock").minus(1)}), computed by the database.
     */
    public static Sql update(Dialect dialect, Query query, Map<FieldMeta, Object> changes) {
        Compilation c = new Compilation(dialect, query.model(), null);
        List<String> sets = new ArrayList<>();
        for (Map.Entry<FieldMeta, Object> change : changes.entrySet()) {
            FieldMeta field = change.getKey();
            Object value = change.getValue();
            String rhs = value instanceof Expression expression
                    ? Expressions.sql(c, expression, query.annotations())
                    : c.parameter(value == null ? null : Conditions.toDatabase(c.dialect, field, value));
            sets.add(dialect.quote(field.column()) + " = " + rhs);
        }
        String where = where(c, query);
        return new Sql("UPDATE " + dialect.quote(query.model().table()) + " SET " + String.join(", ", sets) + where,
                c.parameters());
    }

    /** {@code DELETE FROM table} for the rows the query finds. */
    public static Sql delete(Dialect dialect, Query query) {
        Compilation c = new Compilation(dialect, query.model(), null);
        return new Sql("DELETE FROM " + dialect.quote(query.model().table()) + where(c, query), c.parameters());
    }

    /** {@code DELETE FROM table WHERE column IN (?, ...)}: rows by the values of one column. */
    public static Sql deleteWhereIn(Dialect dialect, String table, String column, List<Object> values) {
        return new Sql("DELETE FROM " + dialect.quote(table) + " WHERE " + dialect.quote(column) + " IN (" + String
                .join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")", values);
    }

    private static String where(Compilation c, Query query) {
        Compilation probe = new Compilation(c.dialect, query.model(), null);
        Conditions.all(probe, query.where(), query.annotations());
        if (!probe.hasJoins() && query.limit() < 0 && query.offset() == 0) {
            String where = Conditions.all(c, query.where(), query.annotations());
            return where.isEmpty() ? "" : " WHERE " + where;
        }
        // Name the rows by key through a subquery, wrapped so MariaDB can read the table it changes.
        String select = Select.subquery(c, query.valuesOf(List.of("pk")).orderedBy(List.of()), false);
        String pk = c.quote(query.model().pk().column());
        return " WHERE " + pk + " IN (SELECT " + c.quote("k") + "." + pk + " FROM (" + select + ") " + c.quote("k")
                + ")";
    }
}
