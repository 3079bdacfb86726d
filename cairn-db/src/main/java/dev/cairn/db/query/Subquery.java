package dev.cairn.db.query;

import dev.cairn.db.QuerySet;
import java.util.Objects;

/**
 * A QuerySet inside another query as a value: one row, one column ({@code Subquery.of(qs.orderBy("-published")
 * .column("title").limit(1))}), for an annotation, a filter's value or an update. Whether it finds rows at all is
 * {@link Exists}.
 *
 * @param query the inner QuerySet, which may use {@link OuterRef}
 */
public record Subquery(QuerySet<?> query) implements Expression {

    /** Checks the query. */
    public Subquery {
        Objects.requireNonNull(query, "query");
    }

    /** The single value of {@code query}. */
    public static Subquery of(QuerySet<?> query) {
        return new Subquery(query);
    }

    /** Whether {@code query} finds any row: {@link Exists#of}, named as the Subquery it is. */
    public static Exists exists(QuerySet<?> query) {
        return Exists.of(query);
    }
}
