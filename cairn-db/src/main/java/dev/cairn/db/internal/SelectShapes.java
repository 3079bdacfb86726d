package dev.cairn.db.internal;

import dev.cairn.db.Model;
import dev.cairn.db.Sql;
import dev.cairn.db.dialect.Dialect;
import dev.cairn.db.query.Q;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SELECTs already written, kept by the shape of their query, so that a query asked again with other values
 * ({@code get(id=7)}, then {@code get(id=12)}) is not written again: its SQL and plan are reused, and only its
 * values are converted into parameters.
 *
 * <p>
 * A query's shape is the query with each condition's value replaced by the value's class. Two queries of one
 * shape differ only in values that end up as parameters: the text never depends on them, since every value is a
 * parameter. Writing a shape the first time records where each parameter comes from: a condition's value and
 * the conversion applied to it (to the column's type, a LIKE pattern, text), or a constant. A query is kept only
 * when its shape is certain to say all that decides its text:
 * <ul>
 * <li>every condition's value is a plain value (text, a number, a UUID, a date or time, an enum, a model);
 * booleans and nulls, which can decide the text ({@code isnull}, {@code IS NULL}), are part of the shape as they
 * are;
 * <li>no value is a list, a QuerySet or an expression, no condition is an {@code Exists}, and the query has no
 * annotations;
 * <li>each plain value became exactly one parameter.
 * </ul>
 * Anything else is written each time, as before. The number of shapes kept is bounded, so a site that makes
 * queries of ever new shapes does not grow without end.
 */
final class SelectShapes {

    /** How a condition's value becomes its parameter, given the dialect. */
    @FunctionalInterface
    interface Conversion {
        Object apply(Dialect dialect, Object value);
    }

    /**
     * Where a parameter of a recorded shape comes from: the value of condition {@code slot} through
     * {@code conversion}, or (slot -1) the constant {@code constant}.
     */
    record Parameter(int slot, Conversion conversion, Object constant) {

        static Parameter slot(int slot, Conversion conversion) {
            return new Parameter(slot, conversion, null);
        }

        static Parameter constant(Object value) {
            return new Parameter(-1, null, value);
        }
    }

    /** A shape written once: its text, how to read its rows, and where its parameters come from. */
    private record Recipe(String text, Select.Plan plan, List<Parameter> parameters) {}

    /** The shape: the dialect, the query without its conditions, and the conditions' shapes. */
    private record Key(Dialect dialect, Query rest, List<Object> conditions) {}

    /** A condition's shape: its lookup, whether it is negated, and its value's class (or the value itself). */
    private record LeafShape(String lookup, boolean negated, Object value) {}

    /** A combination's shape. */
    private record NodeShape(Q.Connector connector, boolean negated, List<Object> children) {}

    /** The most shapes kept; past it the cache starts again, as a site asking ever new shapes is not helped. */
    static final int MAX_SHAPES = 2048;

    private static final Map<Key, Recipe> RECIPES = new ConcurrentHashMap<>();

    private SelectShapes() {}

    /**
     * The SELECT for {@code query}: from its shape's recipe when one was kept, else written by {@code write},
     * which must write it on {@code compilation} after {@code compilation.recordSlots} has been called.
     */
    static Select.Compiled compile(Dialect dialect, Query query, Writer write) {
        List<Object> values = new ArrayList<>();
        Key key = key(dialect, query, values);
        if (key != null) {
            Recipe recipe = RECIPES.get(key);
            if (recipe != null) {
                return new Select.Compiled(new Sql(recipe.text(), parameters(dialect, recipe, values)), recipe
                        .plan());
            }
        }
        Compilation c = new Compilation(dialect, query.model(), null);
        IdentityHashMap<Q, Integer> slots = key == null ? null : slots(query);
        if (slots != null) {
            c.recordSlots(slots);
        }
        Select.Compiled compiled = write.write(c);
        if (slots != null && eachSlotUsedOnce(c.recipe(), values.size())) {
            if (RECIPES.size() >= MAX_SHAPES) {
                RECIPES.clear();
            }
            RECIPES.put(key, new Recipe(compiled.sql().text(), compiled.plan(), List.copyOf(c.recipe())));
        }
        return compiled;
    }

    /** Writes a SELECT on a compilation. */
    @FunctionalInterface
    interface Writer {
        Select.Compiled write(Compilation compilation);
    }

    /** Forgets every shape; for tests. */
    static void clear() {
        RECIPES.clear();
    }

    /** How many shapes are kept now; for tests. */
    static int size() {
        return RECIPES.size();
    }

    /** The shape of {@code query}, collecting its plain values in order into {@code values}; null if it has none. */
    private static Key key(Dialect dialect, Query query, List<Object> values) {
        if (!query.annotations().isEmpty()) {
            return null;
        }
        List<Object> conditions = new ArrayList<>(query.where().size());
        for (Q q : query.where()) {
            Object shape = shape(q, values);
            if (shape == null) {
                return null;
            }
            conditions.add(shape);
        }
        return new Key(dialect, query.unconditioned(), conditions);
    }

    private static Object shape(Q q, List<Object> values) {
        if (q.exists() != null) {
            // A subquery's values are parameters the shape cannot see.
            return null;
        }
        if (q.isLeaf()) {
            Object value = q.value();
            if (value == null || value instanceof Boolean) {
                return new LeafShape(q.lookup(), q.negated(), value);
            }
            if (!isPlain(value)) {
                return null;
            }
            values.add(value);
            return new LeafShape(q.lookup(), q.negated(), value.getClass());
        }
        List<Object> children = new ArrayList<>(q.children().size());
        for (Q child : q.children()) {
            Object shape = shape(child, values);
            if (shape == null) {
                return null;
            }
            children.add(shape);
        }
        return new NodeShape(q.connector(), q.negated(), children);
    }

    /** Whether a value only ever becomes a parameter, and never decides a statement's text. */
    private static boolean isPlain(Object value) {
        return value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof Double
                || value instanceof Float || value instanceof BigDecimal || value instanceof BigInteger
                || value instanceof Character || value instanceof UUID || value instanceof Enum<?>
                || value instanceof Temporal || value instanceof Duration || value instanceof Model;
    }

    /** Each condition with a plain value, by its index among them, in the order {@link #key} collected them. */
    private static IdentityHashMap<Q, Integer> slots(Query query) {
        IdentityHashMap<Q, Integer> slots = new IdentityHashMap<>();
        for (Q q : query.where()) {
            number(q, slots);
        }
        return slots;
    }

    private static void number(Q q, IdentityHashMap<Q, Integer> slots) {
        if (q.isLeaf()) {
            if (q.value() != null && !(q.value() instanceof Boolean)) {
                slots.put(q, slots.size());
            }
            return;
        }
        for (Q child : q.children()) {
            number(child, slots);
        }
    }

    /** Whether every plain value became exactly one parameter: only then is the shape all that decides the text. */
    private static boolean eachSlotUsedOnce(List<Parameter> recipe, int slotCount) {
        int[] uses = new int[slotCount];
        for (Parameter parameter : recipe) {
            if (parameter.slot() >= 0) {
                uses[parameter.slot()]++;
            }
        }
        for (int used : uses) {
            if (used != 1) {
                return false;
            }
        }
        return true;
    }

    private static List<Object> parameters(Dialect dialect, Recipe recipe, List<Object> values) {
        List<Object> parameters = new ArrayList<>(recipe.parameters().size());
        for (Parameter parameter : recipe.parameters()) {
            parameters.add(parameter.slot() < 0
                    ? parameter.constant()
                    : parameter.conversion().apply(dialect, values.get(parameter.slot())));
        }
        return parameters;
    }
}
