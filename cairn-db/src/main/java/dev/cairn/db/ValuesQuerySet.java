package dev.cairn.db;

import dev.cairn.db.internal.Journal;
import dev.cairn.db.internal.Query;
import dev.cairn.db.internal.Select;
import dev.cairn.db.query.Exists;
import dev.cairn.db.query.Expression;
import dev.cairn.db.query.Q;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows of {@link QuerySet#values}, each a map from field name to value: a list, read from the database when
 * first looked at and kept, and a query that narrows, orders, slices and annotates further, each step a new one
 * (Django's values QuerySet).
 *
 * <p>
 * As in Django, where {@code values()} stands decides what an aggregate counts. After it,
 * {@code Book.objects.values("author__name").annotate("n", Aggregate.count("id"))} groups by the values' fields:
 * one row per author name, with its count, and the annotation joins the values. Before it,
 * {@code annotate(...).values(...)} counts per book, grouped by the book's key. Rows grouped by the values' fields,
 * or distinct, are ordered only by those fields and the annotations, since any other column would change which rows
 * there are: another name is a {@link FieldError}, and a default ordering that names one is left out.
 *
 * @param <M> the model queried
 */
public final class ValuesQuerySet<M extends Model> extends AbstractList<Map<String, Object>> {

    private final QuerySet<M> source;
    // Read once, when first looked at, as Django's result cache; racing threads read equal rows.
    private List<Map<String, Object>> rows;

    ValuesQuerySet(QuerySet<M> source) {
        this.source = source;
    }

    private ValuesQuerySet<M> next(QuerySet<M> narrowed) {
        return new ValuesQuerySet<>(narrowed);
    }

    /** The query: the model's, selecting the values. */
    Query query() {
        return source.query();
    }

    /** The fields (and annotations) each row holds, in order. */
    public List<String> fields() {
        return query().values();
    }

    /** Rows where {@code lookup} holds for {@code value}; see {@link QuerySet#filter(String, Object)}. */
    public ValuesQuerySet<M> filter(String lookup, Object value) {
        return next(source.filter(lookup, value));
    }

    /** Rows where the condition holds; one on an annotated aggregate is a HAVING. */
    public ValuesQuerySet<M> filter(Q condition) {
        return next(source.filter(condition));
    }

    /** Rows for which {@code exists}'s QuerySet finds a row. */
    public ValuesQuerySet<M> filter(Exists exists) {
        return next(source.filter(exists));
    }

    /** Rows where {@code lookup} does not hold for {@code value}. */
    public ValuesQuerySet<M> exclude(String lookup, Object value) {
        return next(source.exclude(lookup, value));
    }

    /** Rows where the condition does not hold. */
    public ValuesQuerySet<M> exclude(Q condition) {
        return next(source.exclude(condition));
    }

    /** Rows for which {@code exists}'s QuerySet finds no row. */
    public ValuesQuerySet<M> exclude(Exists exists) {
        return next(source.exclude(exists));
    }

    /**
     * Ordered by these fields or annotations ({@code "-n"} descending).
     *
     * @throws FieldError for a name that is no field, or, when the rows are grouped by the values' fields or
     *                    distinct, one that is not among the values
     */
    public ValuesQuerySet<M> orderBy(String... fields) {
        return next(source.orderBy(fields));
    }

    /** Only distinct rows of values (SELECT DISTINCT). */
    public ValuesQuerySet<M> distinct() {
        return next(source.distinct());
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive); see {@link QuerySet#slice}. */
    public ValuesQuerySet<M> slice(long from, long to) {
        return next(source.slice(from, to));
    }

    /** At most {@code n} rows. */
    public ValuesQuerySet<M> limit(long n) {
        return slice(0, n);
    }

    /**
     * Adds a computed value to each row, under {@code name}; an aggregate is computed per group of rows alike in
     * the values' fields ({@code GROUP BY} them), as Django's {@code values(...).annotate(...)}.
     *
     * @throws FieldError when {@code name} is a field of the model or already one of the values
     */
    public ValuesQuerySet<M> annotate(String name, Expression expression) {
        if (fields().contains(name)) {
            throw new FieldError("The annotation '" + name + "' conflicts with a value of the same name: "
                    + fields());
        }
        QuerySet<M> annotated = source.annotate(name, expression);
        List<String> values = new ArrayList<>(fields());
        values.add(name);
        return next(annotated.with(annotated.query().valuesOf(values).groupedByValues()));
    }

    /** The statement these rows come from, with its parameters, without running it. */
    public Sql sql() {
        return source.sql();
    }

    /** How many rows there are (one per group when grouped), counted by the database unless already read. */
    public long count() {
        List<Map<String, Object>> read = rows;
        return read != null ? read.size() : source.count();
    }

    /** Whether there is any row. */
    public boolean exists() {
        List<Map<String, Object>> read = rows;
        return read != null ? !read.isEmpty() : source.exists();
    }

    /** Every row, read now (once: later calls answer from what was read). */
    public List<Map<String, Object>> list() {
        List<Map<String, Object>> read = rows;
        if (read == null) {
            Database db = Db.of(source.databaseName());
            Select.Compiled compiled = source.compiled(db);
            Journal.origin(compiled.sql().text(), query(), "values");
            read = List.copyOf(db.query(compiled.sql().text(), compiled.sql().parameters(), Rows.values(compiled
                    .plan(), db.dialect())));
            rows = read;
        }
        return read;
    }

    @Override
    public Map<String, Object> get(int index) {
        return list().get(index);
    }

    @Override
    public int size() {
        return list().size();
    }
}
