package dev.cairn.db.internal;

import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.query.Expression;
import dev.cairn.db.query.Q;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a QuerySet asks for, before it is SQL: immutable, each change a new Query. The compiler turns it into a
 * statement for a dialect.
 *
 * @param model         the model queried
 * @param where         the conditions, all of which hold
 * @param ordering      orderBy's fields ({@code -} for descending, {@code ?} for random); null for the model's
 *                      default ordering
 * @param limit         the most rows, or -1 for no limit
 * @param offset        rows skipped
 * @param distinct      SELECT DISTINCT
 * @param selectRelated relations joined and loaded in the same query ({@code "author__publisher"})
 * @param values        for values()/valuesList(): the fields of each row; null for model objects
 * @param annotations   computed values per row, by name, in order
 * @param lock          FOR UPDATE and its options, or null
 * @param deferred      fields left out of the SELECT (only()/defer()); never the key
 * @param valuesGroup   whether an aggregate was annotated after values(), so that the values' fields are the GROUP
 *                      BY (Django's {@code values("author").annotate(n=Count("id"))}); else an aggregate groups by
 *                      the model's rows
 */
public record Query(ModelMeta<?> model, List<Q> where, List<String> ordering, long limit, long offset,
        boolean distinct, List<String> selectRelated, List<String> values, Map<String, Expression> annotations,
        Lock lock, List<String> deferred, boolean valuesGroup) {

    /** Row locking: {@code FOR UPDATE}, with NOWAIT or SKIP LOCKED. */
    public record Lock(boolean nowait, boolean skipLocked) {}

    /** Every row of {@code model}, in its default order. */
    public static Query of(ModelMeta<?> model) {
        return new Query(model, List.of(), null, -1, 0, false, List.of(), null, Map.of(), null, List.of(), false);
    }

    /** With one more condition. */
    public Query where(Q condition) {
        List<Q> conditions = new ArrayList<>(where);
        conditions.add(condition);
        return new Query(model, List.copyOf(conditions), ordering, limit, offset, distinct, selectRelated, values,
                annotations, lock, deferred, valuesGroup);
    }

    /** Without any condition: what is left of the query when its conditions are set aside. */
    public Query unconditioned() {
        return new Query(model, List.of(), ordering, limit, offset, distinct, selectRelated, values, annotations,
                lock, deferred, valuesGroup);
    }

    /** With this ordering instead (an empty list: no ORDER BY at all). */
    public Query orderedBy(List<String> fields) {
        return new Query(model, where, List.copyOf(fields), limit, offset, distinct, selectRelated, values,
                annotations, lock, deferred, valuesGroup);
    }

    /** With this window of rows. */
    public Query window(long newLimit, long newOffset) {
        return new Query(model, where, ordering, newLimit, newOffset, distinct, selectRelated, values, annotations,
                lock, deferred, valuesGroup);
    }

    /** SELECT DISTINCT. */
    public Query distinctRows() {
        return new Query(model, where, ordering, limit, offset, true, selectRelated, values, annotations, lock,
                deferred, valuesGroup);
    }

    /** Also joining and loading these relations. */
    public Query related(List<String> paths) {
        List<String> all = new ArrayList<>(selectRelated);
        for (String path : paths) {
            if (!all.contains(path)) {
                all.add(path);
            }
        }
        return new Query(model, where, ordering, limit, offset, distinct, List.copyOf(all), values, annotations,
                lock, deferred, valuesGroup);
    }

    /** Rows of these fields instead of objects. */
    public Query valuesOf(List<String> fields) {
        return new Query(model, where, ordering, limit, offset, distinct, selectRelated, List.copyOf(fields),
                annotations, lock, deferred, valuesGroup);
    }

    /** With more computed values. */
    public Query annotated(Map<String, Expression> more) {
        Map<String, Expression> all = new LinkedHashMap<>(annotations);
        all.putAll(more);
        return new Query(model, where, ordering, limit, offset, distinct, selectRelated, values,
                java.util.Collections.unmodifiableMap(all), lock, deferred, valuesGroup);
    }

    /** Locking the rows it reads. */
    public Query locked(Lock newLock) {
        return new Query(model, where, ordering, limit, offset, distinct, selectRelated, values, annotations,
                newLock, deferred, valuesGroup);
    }

    /** Leaving these fields out. */
    public Query deferring(List<String> fields) {
        return new Query(model, where, ordering, limit, offset, distinct, selectRelated, values, annotations, lock,
                List.copyOf(fields), valuesGroup);
    }

    /** With the values' fields as the GROUP BY of the aggregates annotated from now on. */
    public Query groupedByValues() {
        return new Query(model, where, ordering, limit, offset, distinct, selectRelated, values, annotations, lock,
                deferred, true);
    }

    /** The ordering in force: orderBy's, or the model's default. */
    public List<String> effectiveOrdering() {
        return ordering != null ? ordering : model.ordering();
    }
}
