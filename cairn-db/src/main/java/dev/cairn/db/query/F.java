package dev.cairn.db.query;

import java.util.Objects;

/**
 * A reference to a field's value in the database (Django's {@code F}), so that the database compares or computes
 * with it: {@code filter("stock__lt", F.of("reorder_level"))}, {@code update("stock", F.of("stock").minus(1))}
 * (atomic: no read, no race), {@code orderBy(F.of("price").desc())}. Across relations with {@code __}.
 *
 * @param name the field, possibly across relations ({@code "author__name"})
 */
public record F(String name) implements Expression {

    /** Checks the name. */
    public F {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("F needs a field name");
        }
    }

    /** The field {@code name}. */
    public static F of(String name) {
        return new F(name);
    }

    /** Ascending order by this field, as {@code orderBy} takes it. */
    public String asc() {
        return name;
    }

    /** Descending order by this field, as {@code orderBy} takes it. */
    public String desc() {
        return "-" + name;
    }
}
