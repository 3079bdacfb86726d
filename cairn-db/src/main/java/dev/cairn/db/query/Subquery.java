package dev.cairn.db.query;

import dev.cairn.db.QuerySet;
import java.util.Objects;

/**
 * A QuerySet inside another query: as a value (one row, one column: {@code Subquery.of(qs.values("price")
 * .limit(1))}), or as {@code EXISTS} ({@link #exists}), a condition for {@code filter(Q)} through
 * {@code Q.of("pk__in", ...)} or as an annotation.
 *
 * @param query  the inner QuerySet, which may use {@link OuterRef}
 * @param exists whether it is {@code EXISTS (...)} rather than its single value
 */
public record Subquery(QuerySet<?> query, boolean exists) implements Expression {

    /** Checks the query. */
    public Subquery {
        Objects.requireNonNull(query, "query");
    }

    /** The single value of {@code query}. */
    public static Subquery of(QuerySet<?> query) {
        return new Subquery(query, false);
    }

    /** Whether {@code query} finds any row. */
    public static Subquery exists(QuerySet<?> query) {
        return new Subquery(query, true);
    }
}
