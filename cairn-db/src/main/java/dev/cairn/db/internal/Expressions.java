package dev.cairn.db.internal;

import dev.cairn.db.FieldError;
import dev.cairn.db.query.Aggregate;
import dev.cairn.db.query.Combined;
import dev.cairn.db.query.Exists;
import dev.cairn.db.query.Expression;
import dev.cairn.db.query.F;
import dev.cairn.db.query.OuterRef;
import dev.cairn.db.query.Subquery;
import dev.cairn.db.query.Value;
import java.util.Map;

/** Writes an {@link Expression} as SQL into a compilation, its values as parameters. */
final class Expressions {

    private Expressions() {}

    /** The SQL of {@code expression}; {@code annotations} are the names F may refer to besides fields. */
    static String sql(Compilation c, Expression expression, Map<String, Expression> annotations) {
        return switch (expression) {
            case F f -> annotations.containsKey(f.name())
                    ? sql(c, annotations.get(f.name()), annotations)
                    : Paths.column(c, f.name()).sql();
            case Value value -> c.parameter(value.value());
            case Combined combined -> "(" + sql(c, combined.left(), annotations) + " " + combined.operator() + " "
                    + sql(c, combined.right(), annotations) + ")";
            case Aggregate aggregate -> aggregate.function() + "(" + (aggregate.distinct() ? "DISTINCT " : "")
                    + (aggregate.field().equals("*") ? "*" : Paths.column(c, aggregate.field()).sql()) + ")";
            case OuterRef outer -> {
                if (c.outer == null && c.outerRefsFree) {
                    yield "NULL";
                }
                if (c.outer == null) {
                    throw new FieldError(
                            "OuterRef('" + outer.name() + "') is only meaningful inside a Subquery or Exists");
                }
                yield Paths.column(c.outer, outer.name()).sql();
            }
            case Subquery subquery -> "(" + Select.subquery(c, QueryAccess.query(subquery.query()), true) + ")";
            case Exists exists -> exists(c, exists);
        };
    }

    /** {@code EXISTS (SELECT ...)}, or {@code NOT EXISTS}: the inner order would change nothing, so none. */
    static String exists(Compilation c, Exists exists) {
        String inner = Select.subquery(c, QueryAccess.query(exists.query()), false);
        return (exists.negated() ? "NOT " : "") + "EXISTS (" + inner + ")";
    }

    /** Whether {@code expression} aggregates rows, so that a query selecting it groups by the rest. */
    static boolean aggregates(Expression expression) {
        return switch (expression) {
            case Aggregate a -> true;
            case Combined combined -> aggregates(combined.left()) || aggregates(combined.right());
            default -> false;
        };
    }
}
