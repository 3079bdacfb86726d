package dev.cairn.db.query;

/**
 * Something the database computes: a column ({@link F}), a value, arithmetic on them, an aggregate, a reference
 * to the outer query, a subquery, whether a subquery finds rows ({@link Exists}). Usable as a filter's value, in an update, an annotation or an ordering.
 */
public sealed interface Expression permits F, Value, Combined, Aggregate, OuterRef, Subquery, Exists {

    /** This plus {@code other} (a number or an expression). */
    default Expression plus(Object other) {
        return new Combined(this, "+", Value.wrap(other));
    }

    /** This minus {@code other}. */
    default Expression minus(Object other) {
        return new Combined(this, "-", Value.wrap(other));
    }

    /** This times {@code other}. */
    default Expression times(Object other) {
        return new Combined(this, "*", Value.wrap(other));
    }

    /** This divided by {@code other}. */
    default Expression dividedBy(Object other) {
        return new Combined(this, "/", Value.wrap(other));
    }
}
