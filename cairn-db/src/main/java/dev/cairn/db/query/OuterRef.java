package dev.cairn.db.query;

/**
 * Inside a {@link Subquery}, a field of the query it sits in: {@code filter("author", OuterRef.of("pk"))}.
 *
 * @param name the outer query's field
 */
public record OuterRef(String name) implements Expression {

    /** The outer field {@code name}. */
    public static OuterRef of(String name) {
        return new OuterRef(name);
    }
}
