package dev.cairn.db.internal;

import dev.cairn.db.FieldError;
import dev.cairn.db.Model;
import dev.cairn.db.QuerySet;
import dev.cairn.db.dialect.Dialect;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.Values;
import dev.cairn.db.query.Expression;
import dev.cairn.db.query.Q;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes conditions ({@link Q} trees) as SQL: each leaf's path resolved to a column and joins, its lookup to an
 * operator, its value to a parameter of the column's type. Excluding a nullable column keeps the rows where it is
 * NULL, as Django does: {@code exclude(x=5)} is {@code NOT (x = 5 AND x IS NOT NULL)}.
 */
final class Conditions {

    private Conditions() {}

    /** The SQL of every condition, joined by AND; "" for none. */
    static String all(Compilation c, List<Q> conditions, Map<String, Expression> annotations) {
        List<String> parts = new ArrayList<>();
        for (Q q : conditions) {
            String sql = sql(c, q, false, annotations);
            if (!sql.isEmpty()) {
                parts.add(sql);
            }
        }
        return String.join(" AND ", parts);
    }

    static String sql(Compilation c, Q q, boolean negatedAbove, Map<String, Expression> annotations) {
        boolean negated = negatedAbove ^ q.negated();
        if (q.exists() != null) {
            return Expressions.exists(c, q.negated() ? q.exists().not() : q.exists());
        }
        String body;
        if (q.isLeaf()) {
            body = leaf(c, q, negated, annotations);
        } else {
            List<String> parts = new ArrayList<>();
            for (Q child : q.children()) {
                String sql = sql(c, child, negated, annotations);
                if (!sql.isEmpty()) {
                    parts.add(sql);
                }
            }
            if (parts.isEmpty()) {
                return "";
            }
            body = parts.size() == 1 ? parts.get(0) : "(" + String.join(" " + q.connector() + " ", parts) + ")";
        }
        return q.negated() ? "NOT (" + body + ")" : body;
    }

    private static String leaf(Compilation c, Q q, boolean negated, Map<String, Expression> annotations) {
        String first = LookupPath.first(q.lookup());
        Paths.Resolved target;
        if (annotations.containsKey(first)) {
            String rest = q.lookup().substring(first.length());
            String lookup = rest.isEmpty() ? "exact" : rest.substring(2);
            if (!Paths.LOOKUPS.contains(lookup)) {
                throw new FieldError("Unsupported lookup '" + lookup + "' on annotation '" + first + "'");
            }
            target = new Paths.Resolved(Expressions.sql(c, annotations.get(first), annotations), null, lookup,
                    true);
        } else {
            target = Paths.resolve(c, q.lookup());
        }
        String condition = compare(c, target, q, annotations);
        boolean keepsNulls = negated && target.nullable() && !target.lookup().equals("isnull");
        return keepsNulls ? "(" + condition + " AND " + target.sql() + " IS NOT NULL)" : condition;
    }

    private static String compare(Compilation c, Paths.Resolved target, Q q, Map<String, Expression> annotations) {
        Object value = q.value();
        String lhs = target.sql();
        String lookup = target.lookup();
        switch (lookup) {
            case "exact" :
                return value == null ? lhs + " IS NULL" : lhs + " = " + leafRhs(c, target.field(), q, annotations);
            case "gt", "gte", "lt", "lte" :
                String op = switch (lookup) {
                    case "gt" -> " > ";
                    case "gte" -> " >= ";
                    case "lt" -> " < ";
                    default -> " <= ";
                };
                required(value, lookup);
                return lhs + op + leafRhs(c, target.field(), q, annotations);
            case "isnull" :
                if (!(value instanceof Boolean isNull)) {
                    throw new FieldError("isnull takes true or false, not " + value);
                }
                return lhs + (isNull ? " IS NULL" : " IS NOT NULL");
            case "in" :
                return in(c, target, required(value, lookup));
            case "range" :
                List<Object> bounds = items(required(value, lookup));
                if (bounds.size() != 2) {
                    throw new FieldError("range takes two values, a start and an end, not " + bounds.size());
                }
                return lhs + " BETWEEN " + rhs(c, target.field(), bounds.get(0), annotations) + " AND "
                        + rhs(c, target.field(), bounds.get(1), annotations);
            case "contains", "icontains", "startswith", "istartswith", "endswith", "iendswith" :
                required(value, lookup);
                boolean before = !lookup.endsWith("startswith");
                boolean after = !lookup.endsWith("endswith");
                c.parameter(q, value, (dialect, v) -> dialect.likePattern(String.valueOf(v), before, after));
                return c.dialect.lookup(lookup, lhs);
            case "iexact", "regex", "iregex" :
                c.parameter(q, required(value, lookup), (dialect, v) -> String.valueOf(v));
                return c.dialect.lookup(lookup, lhs);
            default :
                throw new FieldError("Unsupported lookup '" + lookup + "'");
        }
    }

    private static Object required(Object value, String lookup) {
        if (value == null) {
            throw new FieldError("The '" + lookup + "' lookup needs a value, not null (for NULL use isnull or exact)");
        }
        return value;
    }

    private static String in(Compilation c, Paths.Resolved target, Object value) {
        Query inner = QueryAccess.queryOf(value);
        if (inner != null) {
            if (inner.values() == null) {
                inner = inner.valuesOf(List.of("pk"));
            } else if (inner.values().size() != 1) {
                throw new FieldError("A QuerySet for 'in' must select one field, not " + inner.values());
            }
            return target.sql() + " IN (" + Select.subquery(c, inner, true) + ")";
        }
        List<Object> items = items(value);
        if (items.isEmpty()) {
            // Nothing can be in an empty list: a condition that is always false, and still valid SQL.
            return "1 = 0";
        }
        List<String> marks = new ArrayList<>(items.size());
        for (Object item : items) {
            marks.add(rhs(c, target.field(), item, Map.of()));
        }
        return target.sql() + " IN (" + String.join(", ", marks) + ")";
    }

    private static List<Object> items(Object value) {
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (value.getClass().isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(Array.get(value, i));
            }
            return items;
        }
        throw new FieldError("Expected a list of values, not a " + value.getClass().getSimpleName());
    }

    /** A condition's value on the right of its comparison: an expression's SQL, or a parameter of the field's type. */
    private static String leafRhs(Compilation c, FieldMeta field, Q leaf, Map<String, Expression> annotations) {
        if (leaf.value() instanceof Expression expression) {
            return Expressions.sql(c, expression, annotations);
        }
        return c.parameter(leaf, leaf.value(), (dialect, v) -> toDatabase(dialect, field, v));
    }

    /** A value on the right of a comparison: an expression's SQL, or a parameter of the field's type. */
    static String rhs(Compilation c, FieldMeta field, Object value, Map<String, Expression> annotations) {
        if (value instanceof Expression expression) {
            return Expressions.sql(c, expression, annotations);
        }
        return c.parameter(toDatabase(c.dialect, field, value));
    }

    /** A value as the database takes it for {@code field}: a model by its key, an enum by its name. */
    static Object toDatabase(Dialect dialect, FieldMeta field, Object value) {
        Object plain = value instanceof Model model ? model.pk() : Values.toStored(value);
        if (field == null || plain == null) {
            return plain;
        }
        try {
            if (field.javaType() != dev.cairn.db.Ref.class && !(value instanceof Model)) {
                plain = Values.toStored(Values.toJava(field.javaType(), plain));
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new FieldError("Field '" + field.name() + "' expected a " + field.javaType().getSimpleName()
                    + " but got " + plain.getClass().getSimpleName() + " '" + abbreviated(plain) + "'");
        }
        return dialect.toDatabase(field.columnType(), plain);
    }

    private static String abbreviated(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
