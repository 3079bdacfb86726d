package dev.cairn.db.query;

import dev.cairn.db.QuerySet;

/**
 * Whether a QuerySet finds any row, as SQL's {@code EXISTS (SELECT ...)} (Django's {@code Exists}): a condition of
 * its own for {@code filter}, {@code exclude} and {@link Q#of(Exists)}, or a true/false value for {@code annotate}.
 * Its QuerySet usually refers to the query it sits in with {@link OuterRef}:
 *
 * <pre>{@code
 * QuerySet<Book> cheap = Book.objects.filter("author", OuterRef.of("pk")).filter("price__lt", 8);
 * Author.objects.filter(Exists.of(cheap));           // WHERE EXISTS (SELECT ... WHERE author_id = author.id ...)
 * Author.objects.filter(Exists.of(cheap).not());     // WHERE NOT EXISTS (...), as exclude(Exists.of(cheap))
 * Author.objects.filter(Q.of(Exists.of(cheap)).or(Q.of("name__startswith", "T")));
 * }</pre>
 *
 * @param query   the inner QuerySet
 * @param negated whether it is {@code NOT EXISTS}
 */
public record Exists(QuerySet<?> query, boolean negated) implements Expression {

    /**
     * Checks the query.
     *
     * @throws IllegalArgumentException when there is no QuerySet
     */
    public Exists {
        if (query == null) {
            throw new IllegalArgumentException("Exists needs a QuerySet to look for rows in, not null: Exists.of("
                    + "Book.objects.filter(\"author\", OuterRef.of(\"pk\")))");
        }
    }

    /** Whether {@code query} finds any row. */
    public static Exists of(QuerySet<?> query) {
        return new Exists(query, false);
    }

    /** Whether {@code query} finds no row: {@code NOT EXISTS}. */
    public Exists not() {
        return new Exists(query, !negated);
    }

    /** {@code Exists(Book)}, or {@code ~Exists(Book)}: without the inner SQL, which may need its outer query. */
    @Override
    public String toString() {
        return (negated ? "~" : "") + "Exists(" + query.meta().type().getSimpleName() + ")";
    }
}
