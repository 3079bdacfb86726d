package dev.cairn.db.query;

import java.util.Objects;

/**
 * Arithmetic on two expressions.
 *
 * @param left     the left operand
 * @param operator {@code +}, {@code -}, {@code *} or {@code /}
 * @param right    the right operand
 */
public record Combined(Expression left, String operator, Expression right) implements Expression {

    /** Checks the operator. */
    public Combined {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (!"+-*/".contains(operator) || operator.length() != 1) {
            throw new IllegalArgumentException("operator must be +, -, * or /, not " + operator);
        }
    }
}
