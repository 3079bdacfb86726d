package dev.cairn.db.query;

import java.util.Objects;

/**
 * An aggregate over rows (Django's {@code Count}, {@code Sum}, {@code Avg}, {@code Min}, {@code Max}): in
 * {@code aggregate()} over the whole QuerySet, in {@code annotate()} per object, the GROUP BY derived.
 *
 * @param function {@code COUNT}, {@code SUM}, {@code AVG}, {@code MIN} or {@code MAX}
 * @param field    the field, across relations with {@code __} ({@code "books__price"}); {@code "*"} for COUNT(*)
 * @param distinct whether only distinct values count
 */
public record Aggregate(String function, String field, boolean distinct) implements Expression {

    /** Checks the function. */
    public Aggregate {
        Objects.requireNonNull(field, "field");
        if (!java.util.List.of("COUNT", "SUM", "AVG", "MIN", "MAX").contains(function)) {
            throw new IllegalArgumentException("unknown aggregate " + function);
        }
    }

    /** How many rows have a value of {@code field}; {@code "*"} counts rows. */
    public static Aggregate count(String field) {
        return new Aggregate("COUNT", field, false);
    }

    /** How many distinct values of {@code field} there are. */
    public static Aggregate countDistinct(String field) {
        return new Aggregate("COUNT", field, true);
    }

    /** The sum of {@code field}. */
    public static Aggregate sum(String field) {
        return new Aggregate("SUM", field, false);
    }

    /** The mean of {@code field}. */
    public static Aggregate avg(String field) {
        return new Aggregate("AVG", field, false);
    }

    /** The least {@code field}. */
    public static Aggregate min(String field) {
        return new Aggregate("MIN", field, false);
    }

    /** The greatest {@code field}. */
    public static Aggregate max(String field) {
        return new Aggregate("MAX", field, false);
    }
}
