package dev.cairn.db.internal;

import dev.cairn.db.QuerySet;
import java.util.function.Function;

/**
 * How the compiler reaches the {@link Query} inside a public {@link QuerySet} (for subqueries) without the API
 * showing it: QuerySet installs the accessor when its class is first used.
 */
public final class QueryAccess {

    private static volatile Function<QuerySet<?>, Query> accessor;

    private QueryAccess() {}

    /** Installs the accessor; QuerySet calls this once. */
    public static void install(Function<QuerySet<?>, Query> reader) {
        accessor = reader;
    }

    static Query query(QuerySet<?> queryset) {
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
