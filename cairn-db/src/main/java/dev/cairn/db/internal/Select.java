package dev.cairn.db.internal;

import dev.cairn.db.FieldError;
import dev.cairn.db.Sql;
import dev.cairn.db.dialect.Dialect;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.db.query.Expression;
import dev.cairn.db.query.F;
import dev.cairn.db.query.Q;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Query} as a SELECT, and says how to read its rows: which columns belong to which model (the
 * root, then each selectRelated one) and which are annotations or values.
 */
public final class Select {

    /**
     * One column of the result.
     *
     * @param model the index of the model it belongs to in {@link Plan#models()}, or -1 for a value or annotation
     * @param field the field it fills, or whose type an annotation that is a plain {@code F} takes (null for other
     *              annotations)
     * @param name  the field's or annotation's name, as values() and annotations key it
     */
    public record Column(int model, FieldMeta field, String name) {}

    /**
     * A model in the result: the root (index 0), or one loaded by selectRelated.
     *
     * @param meta   the model
     * @param parent the index of the model it hangs from, or -1 for the root
     * @param via    the key field on the parent that points at it, or null for the root
     */
    public record Loaded(ModelMeta<?> meta, int parent, FieldMeta via) {}

    /** How to read the rows: the columns in order, and the models they make. */
    public record Plan(List<Column> columns, List<Loaded> models) {}

    /** A statement and how to read its rows. */
    public record Compiled(Sql sql, Plan plan) {}

    private Select() {}

    /** The SELECT for a query: written once per shape of query (see {@link SelectShapes}). */
    public static Compiled compile(Dialect dialect, Query query) {
        return SelectShapes.compile(dialect, query, c -> {
            Plan plan = plan(c, query);
            String text = body(c, query, plan, true);
            return new Compiled(new Sql(text, c.parameters()), plan);
        });
    }

    /**
     * Checks every name {@code query} uses, as {@link #compile} would, but lets an OuterRef stand for the query it
     * will sit in: a QuerySet made to be a {@code Subquery} is checked as it is built too.
     *
     * @throws FieldError for a name that resolves to nothing
     */
    public static void check(Dialect dialect, Query query) {
        Compilation c = new Compilation(dialect, query.model(), null);
        c.outerRefsFree = true;
        body(c, query, plan(c, query), true);
    }

    /** The SELECT of a subquery inside {@code outer}: its parameters go into the outer statement in place. */
    static String subquery(Compilation outer, Query query, boolean withOrder) {
        Compilation c = new Compilation(outer.dialect, query.model(), outer);
        Plan plan = plan(c, query);
        String text = body(c, query, plan, withOrder);
        for (Object parameter : c.parameters()) {
            outer.parameter(parameter);
        }
        return text;
    }

    /** {@code SELECT COUNT(*)}: over the rows the query would return. */
    public static Sql count(Dialect dialect, Query query) {
        boolean wrap = query.distinct() || query.limit() >= 0 || query.offset() > 0 || query.annotations().values()
                .stream().anyMatch(Expressions::aggregates);
        if (wrap) {
            Compiled inner = compile(dialect, query.orderedBy(List.of()));
            return new Sql("SELECT COUNT(*) FROM (" + inner.sql().text() + ") " + dialect.quote("subquery"),
                    inner.sql().parameters());
        }
        Compilation c = new Compilation(dialect, query.model(), null);
        String where = Conditions.all(c, query.where(), query.annotations());
        return new Sql("SELECT COUNT(*)" + c.from() + (where.isEmpty() ? "" : " WHERE " + where), c.parameters());
    }

    /** {@code SELECT 1 ... LIMIT 1}: whether the query finds any row. */
    public static Sql exists(Dialect dialect, Query query) {
        if (query.annotations().values().stream().anyMatch(Expressions::aggregates)) {
            // A condition on an aggregate is a HAVING, which only the grouped SELECT has.
            Compiled inner = compile(dialect, query.orderedBy(List.of()));
            return new Sql("SELECT 1 AS " + dialect.quote("a") + " FROM (" + inner.sql().text() + ") " + dialect
                    .quote("subquery") + dialect.limitOffset(1, 0), inner.sql().parameters());
        }
        Compilation c = new Compilation(dialect, query.model(), null);
        String where = Conditions.all(c, query.where(), query.annotations());
        return new Sql("SELECT 1 AS " + dialect.quote("a") + c.from() + (where.isEmpty() ? "" : " WHERE " + where)
                + dialect.limitOffset(1, 0), c.parameters());
    }

    /** The aggregates over the whole query, one column each, named. */
    public static Sql aggregate(Dialect dialect, Query query, Map<String, Expression> aggregates) {
        if (query.distinct() || query.limit() >= 0 || query.offset() > 0) {
            throw new FieldError("aggregate() over a sliced or distinct QuerySet is not supported: aggregate "
                    + "before slicing");
        }
        Compilation c = new Compilation(dialect, query.model(), null);
        List<String> columns = new ArrayList<>();
        aggregates.forEach((name, expression) -> columns.add(Expressions.sql(c, expression, query.annotations())
                + " AS " + dialect.quote(name)));
        String where = Conditions.all(c, query.where(), query.annotations());
        return new Sql("SELECT " + String.join(", ", columns) + c.from() + (where.isEmpty()
                ? ""
                : " WHERE "
                        + where),
                c.parameters());
    }

    private static Plan plan(Compilation c, Query query) {
        List<Column> columns = new ArrayList<>();
        List<Loaded> models = new ArrayList<>();
        if (query.values() != null) {
            for (String name : query.values()) {
                columns.add(new Column(-1, query.annotations().containsKey(name)
                        ? null
                        : Paths.column(c, name)
                                .field(),
                        name));
            }
            return new Plan(columns, models);
        }
        models.add(new Loaded(query.model(), -1, null));
        for (FieldMeta field : query.model().concreteFields()) {
            if (field.primaryKey() || !query.deferred().contains(field.name())) {
                columns.add(new Column(0, field, field.name()));
            }
        }
        for (String path : query.selectRelated()) {
            ModelMeta<?> model = query.model();
            int parent = 0;
            String sofar = "";
            for (String part : LookupPath.parts(path)) {
                FieldMeta field = model.field(part);
                if (field == null || !field.relation().isKey()) {
                    throw new FieldError("Invalid field name '" + part + "' in selectRelated('" + path + "'): "
                            + "choices are " + model.concreteFields().stream().filter(f -> f.relation().isKey())
                                    .map(FieldMeta::name).toList());
                }
                sofar = sofar.isEmpty() ? part : sofar + "__" + part;
                ModelMeta<?> target = Models.meta(field.target());
                int index = indexOf(models, parent, field);
                if (index < 0) {
                    models.add(new Loaded(target, parent, field));
                    index = models.size() - 1;
                    for (FieldMeta targetField : target.concreteFields()) {
                        columns.add(new Column(index, targetField, targetField.name()));
                    }
                }
                model = target;
                parent = index;
            }
        }
        for (Map.Entry<String, Expression> annotation : query.annotations().entrySet()) {
            columns.add(new Column(-1, typeOf(c, annotation.getValue(), query.annotations()), annotation.getKey()));
        }
        return new Plan(columns, models);
    }

    /** The field a plain {@code F} annotation reads, so its values come back as that field's; else null. */
    private static FieldMeta typeOf(Compilation c, Expression expression, Map<String, Expression> annotations) {
        if (expression instanceof F f && !annotations.containsKey(f.name())) {
            return Paths.column(c, f.name()).field();
        }
        return null;
    }

    private static int indexOf(List<Loaded> models, int parent, FieldMeta via) {
        for (int i = 0; i < models.size(); i++) {
            if (models.get(i).parent() == parent && models.get(i).via() == via) {
                return i;
            }
        }
        return -1;
    }

    private static String body(Compilation c, Query query, Plan plan, boolean withOrder) {
        Map<String, Expression> annotations = query.annotations();
        List<String> selected = new ArrayList<>();
        List<String> groupBy = new ArrayList<>();
        String[] aliases = aliases(c, query, plan);
        boolean grouping = annotations.values().stream().anyMatch(Expressions::aggregates);
        for (int i = 0; i < plan.columns().size(); i++) {
            Column column = plan.columns().get(i);
            if (column.model() < 0 && annotations.containsKey(column.name())) {
                Expression expression = annotations.get(column.name());
                selected.add(Expressions.sql(c, expression, annotations) + " AS " + c.quote(column.name()));
                if (!Expressions.aggregates(expression)) {
                    groupBy.add(c.quote(column.name()));
                }
                continue;
            }
            String sql = column.model() < 0
                    ? Paths.column(c, column.name()).sql()
                    : c.column(aliases[column.model()], column.field().column());
            selected.add(sql);
            groupBy.add(sql);
        }
        List<Q> where = new ArrayList<>();
        List<Q> having = new ArrayList<>();
        for (Q q : query.where()) {
            (grouping && refersToAggregate(q, annotations) ? having : where).add(q);
        }
        String whereSql = Conditions.all(c, where, annotations);
        String havingSql = Conditions.all(c, having, annotations);
        List<String> order = new ArrayList<>();
        if (withOrder) {
            for (String field : ordering(query)) {
                order.add(orderTerm(c, field, query));
            }
        }
        if (grouping && query.values() != null && !query.valuesGroup()) {
            groupByRows(c, query, groupBy);
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        if (query.distinct()) {
            sql.append("DISTINCT ");
        }
        sql.append(String.join(", ", selected)).append(c.from());
        if (!whereSql.isEmpty()) {
            sql.append(" WHERE ").append(whereSql);
        }
        if (grouping && !groupBy.isEmpty()) {
            sql.append(" GROUP BY ").append(String.join(", ", groupBy));
        }
        if (!havingSql.isEmpty()) {
            sql.append(" HAVING ").append(havingSql);
        }
        if (!order.isEmpty()) {
            sql.append(" ORDER BY ").append(String.join(", ", order));
        }
        sql.append(c.dialect.limitOffset(query.limit(), query.offset()));
        if (query.lock() != null) {
            sql.append(c.dialect.forUpdate(query.lock().nowait(), query.lock().skipLocked()));
        }
        return sql.toString();
    }

    /** The alias of each loaded model: the root's, then each selectRelated join (outer where the key may be null). */
    private static String[] aliases(Compilation c, Query query, Plan plan) {
        String[] aliases = new String[plan.models().size()];
        String[] paths = new String[plan.models().size()];
        boolean[] outer = new boolean[plan.models().size()];
        for (int i = 0; i < aliases.length; i++) {
            Loaded loaded = plan.models().get(i);
            if (loaded.parent() < 0) {
                aliases[i] = c.rootAlias;
                paths[i] = "";
                continue;
            }
            String from = aliases[loaded.parent()];
            FieldMeta via = loaded.via();
            paths[i] = paths[loaded.parent()] + "__" + via.name();
            outer[i] = outer[loaded.parent()] || via.nullable();
            ModelMeta<?> target = loaded.meta();
            aliases[i] = c.join(paths[i], target, outer[i], to -> c.column(to, target.pk().column()) + " = " + c
                    .column(from, via.column())).alias();
        }
        return aliases;
    }

    /**
     * The ordering of the statement. Rows of values that are grouped by the values' fields ({@code values(...)
     * .annotate(...)}) or distinct are ordered only by those fields and the annotations, as any other column would
     * change which rows there are: another name is a {@link FieldError}, and a default ordering that names one is
     * left out (Django leaves the default ordering out of every GROUP BY).
     */
    private static List<String> ordering(Query query) {
        boolean grouped = query.valuesGroup() && query.annotations().values().stream().anyMatch(
                Expressions::aggregates);
        if (query.values() == null || !grouped && !query.distinct()) {
            return query.effectiveOrdering();
        }
        List<String> allowed = new ArrayList<>(query.values());
        allowed.add("?");
        if (query.ordering() == null) {
            boolean fits = query.model().ordering().stream().allMatch(f -> allowed.contains(f.replaceFirst("^-",
                    "")));
            return fits && !grouped ? query.model().ordering() : List.of();
        }
        for (String field : query.ordering()) {
            String name = field.startsWith("-") ? field.substring(1) : field;
            if (!allowed.contains(name)) {
                throw new FieldError("Cannot order " + (grouped ? "values grouped by " : "distinct values ")
                        + query.values().stream().filter(v -> !query.annotations().containsKey(v)).toList()
                        + " by '" + name + "', which is not one of them" + (query.annotations().isEmpty()
                                ? ""
                                : " nor an annotation " + List.copyOf(query.annotations().keySet()))
                        + ": add it to values(), which " + (grouped ? "groups" : "makes the rows distinct")
                        + " by it too");
            }
        }
        return query.ordering();
    }

    /**
     * An aggregate annotated before values() counts per row of the model, as Django's does: the GROUP BY starts with
     * the key, and takes the ordering's columns (one per key, so the groups stay the same) for databases that want
     * every ordered column grouped.
     */
    private static void groupByRows(Compilation c, Query query, List<String> groupBy) {
        String key = c.column(c.rootAlias, query.model().pk().column());
        if (!groupBy.contains(key)) {
            groupBy.addFirst(key);
        }
        for (String field : ordering(query)) {
            String name = field.startsWith("-") ? field.substring(1) : field;
            if (!name.equals("?") && !query.annotations().containsKey(name)) {
                String sql = Paths.column(c, name).sql();
                if (!groupBy.contains(sql)) {
                    groupBy.add(sql);
                }
            }
        }
    }

    private static String orderTerm(Compilation c, String field, Query query) {
        Map<String, Expression> annotations = query.annotations();
        if (field.equals("?")) {
            return c.dialect.name().equals("mariadb") ? "RAND()" : "RANDOM()";
        }
        boolean descending = field.startsWith("-");
        String name = descending ? field.substring(1) : field;
        // An annotation left out of values() has no column alias to order by: its expression stands in.
        boolean selected = query.values() == null || query.values().contains(name);
        String sql = !annotations.containsKey(name)
                ? Paths.column(c, name).sql()
                : selected ? c.quote(name) : Expressions.sql(c, annotations.get(name), annotations);
        return sql + (descending ? " DESC" : " ASC");
    }

    private static boolean refersToAggregate(Q q, Map<String, Expression> annotations) {
        if (q.isLeaf()) {
            Expression annotation = annotations.get(LookupPath.first(q.lookup()));
            return annotation != null && Expressions.aggregates(annotation);
        }
        return q.children().stream().anyMatch(child -> refersToAggregate(child, annotations));
    }
}
