package dev.cairn.db.internal;

import dev.cairn.db.QuerySet;
import java.util.function.Function;

/**
 * How the compiler reaches the {@link Query} inside a public {@link QuerySet} (for subqueries) without the API
 * showing it: QuerySet installs the accessor when its class is first used.
 */
public final class QueryAccess {

    private static volatile Function<Object, Query> accessor;

    private QueryAccess() {}

    /** Installs the accessor, which answers null for anything but a QuerySet of objects or values; QuerySet calls this once. */
    public static void install(Function<Object, Query> reader) {
        accessor = reader;
    }

    static Query query(QuerySet<?> queryset) {
        return queryOf(queryset);
    }

    /** The query of a QuerySet or of its {@code values()}, or null for any other value. */
    static Query queryOf(Object queryset) {
        if (accessor == null) {
            // Loading QuerySet's class runs its static initializer, which installs the accessor.
            try {
                Class.forName(QuerySet.class.getName(), true, QuerySet.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return accessor.apply(queryset);
    }
}
