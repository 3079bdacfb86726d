package dev.cairn.db.query;

/**
 * A plain value inside an expression, sent as a parameter.
 *
 * @param value the value (a number, text, a date...)
 */
public record Value(Object value) implements Expression {

    /** {@code value} as an expression: itself if it is one. */
    public static Expression wrap(Object value) {
        return value instanceof Expression expression ? expression : new Value(value);
    }
}
