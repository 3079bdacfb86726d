package dev.cairn.db.internal;

import dev.cairn.db.dialect.Dialect;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.query.Q;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one statement being written: its dialect, the root table's alias, the joins made so far (one per
 * relation path, reused), the parameters in order, and the query it sits in when it is a subquery.
 */
final class Compilation {

    /** A joined table: its alias, and the JOIN clause that brings it in. */
    record Join(String alias, ModelMeta<?> model, String clause, boolean nullable) {}

    final Dialect dialect;
    final ModelMeta<?> root;
    final String rootAlias;
    final Compilation outer;
    private final Map<String, Join> joins = new LinkedHashMap<>();
    private final List<Object> parameters = new ArrayList<>();
    /**
     * Set while a statement is written for {@link SelectShapes}: the conditions whose values become parameters of
     * the shape, by index. Each parameter taken from one of them is recorded with how it was converted.
     */
    private IdentityHashMap<Q, Integer> slots;
    private List<SelectShapes.Parameter> recipe;
    private final String aliasPrefix;
    /** Set while a QuerySet is only checked: an OuterRef then stands for the query it will sit in, unknown yet. */
    boolean outerRefsFree;

    Compilation(Dialect dialect, ModelMeta<?> root, Compilation outer) {
        this.dialect = dialect;
        this.root = root;
        this.outer = outer;
        int depth = 0;
        for (Compilation c = outer; c != null; c = c.outer) {
            depth++;
        }
        this.aliasPrefix = depth == 0 ? "T" : "U" + depth + "_";
        this.rootAlias = depth == 0 ? root.table() : aliasPrefix + "0";
    }

    /** A quoted identifier. */
    String quote(String identifier) {
        return dialect.quote(identifier);
    }

    /** {@code "alias"."column"}. */
    String column(String alias, String column) {
        return quote(alias) + "." + quote(column);
    }

    /** Adds a parameter; returns its placeholder. */
    String parameter(Object value) {
        if (recipe != null) {
            recipe.add(SelectShapes.Parameter.constant(value));
        }
        parameters.add(value);
        return "?";
    }

    /**
     * Adds the parameter that {@code value}, the value of condition {@code leaf}, becomes through
     * {@code conversion}; returns its placeholder. When a shape is being recorded, the parameter is remembered as
     * coming from that condition, so that a query of the same shape can convert its own value the same way.
     */
    String parameter(Q leaf, Object value, SelectShapes.Conversion conversion) {
        Object converted = conversion.apply(dialect, value);
        if (recipe != null) {
            Integer slot = slots.get(leaf);
            recipe.add(slot != null && value == leaf.value()
                    ? SelectShapes.Parameter.slot(slot, conversion)
                    : SelectShapes.Parameter.constant(converted));
        }
        parameters.add(converted);
        return "?";
    }

    /** Records, from now on, which parameters come from which of {@code conditions}' values. */
    void recordSlots(IdentityHashMap<Q, Integer> conditions) {
        this.slots = conditions;
        this.recipe = new ArrayList<>();
        for (Object parameter : parameters) {
            recipe.add(SelectShapes.Parameter.constant(parameter));
        }
    }

    /** Each parameter's origin, as recorded since {@link #recordSlots}. */
    List<SelectShapes.Parameter> recipe() {
        return recipe;
    }

    /** The parameters so far. */
    List<Object> parameters() {
        return parameters;
    }

    /** The join for {@code path} from {@code fromAlias}, made once: {@code on} is given the new alias. */
    Join join(String path, ModelMeta<?> model, boolean nullable, java.util.function.Function<String, String> on) {
        Join existing = joins.get(path);
        if (existing != null) {
            return existing;
        }
        String alias = aliasPrefix + (joins.size() + 1);
        String clause = (nullable ? " LEFT OUTER JOIN " : " INNER JOIN ") + quote(model.table()) + " " + quote(alias)
                + " ON (" + on.apply(alias) + ")";
        Join join = new Join(alias, model, clause, nullable);
        joins.put(path, join);
        return join;
    }

    /** A join made only to reach another (a many-to-many's table of pairs), under its own key. */
    Join joinTable(String path, String table, boolean nullable, java.util.function.Function<String, String> on) {
        Join existing = joins.get(path);
        if (existing != null) {
            return existing;
        }
        String alias = aliasPrefix + (joins.size() + 1);
        String clause = (nullable ? " LEFT OUTER JOIN " : " INNER JOIN ") + quote(table) + " " + quote(alias)
                + " ON (" + on.apply(alias) + ")";
        Join join = new Join(alias, null, clause, nullable);
        joins.put(path, join);
        return join;
    }

    /** Whether any join was made. */
    boolean hasJoins() {
        return !joins.isEmpty();
    }

    /** Whether a join to many rows was made (a reverse or many-to-many relation), so rows may repeat. */
    boolean multiplies() {
        return joins.keySet().stream().anyMatch(k -> k.contains("[many]"));
    }

    /** {@code FROM "table" "alias"} and every join. */
    String from() {
        StringBuilder from = new StringBuilder(" FROM ").append(quote(root.table()));
        if (!rootAlias.equals(root.table())) {
            from.append(' ').append(quote(rootAlias));
        }
        for (Join join : joins.values()) {
            from.append(join.clause());
        }
        return from.toString();
    }
}
