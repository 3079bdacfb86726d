package dev.cairn.db;

import dev.cairn.db.meta.ColumnType;

/**
 * A statement parameter with the column type it is bound as, so that the dialect stores it the way it stores that
 * column (an Instant as UTC text on SQLite, JSON as {@code jsonb} on PostgreSQL, ...). The ORM binds every model
 * value this way.
 *
 * <p>
 * A plain Java value given as a parameter is bound by its class: an {@code Instant}, {@code LocalDate},
 * {@code LocalTime}, {@code Duration}, {@code UUID}, {@code Boolean} or Jackson {@code JsonNode} as the column
 * type of that kind would be, anything else (numbers, strings, bytes) with {@code setObject}, null as SQL NULL.
 *
 * @param type  how to bind it
 * @param value the Java value, or null
 */
public record Param(ColumnType type, Object value) {

    /** Checks that there is a type. */
    public Param {
        java.util.Objects.requireNonNull(type, "type");
    }

    /** A parameter bound as a column of {@code type}. */
    public static Param of(ColumnType type, Object value) {
        return new Param(type, value);
    }

    /** A parameter bound as a column of {@code kind}, for kinds that carry no sizes. */
    public static Param of(ColumnType.Kind kind, Object value) {
        return new Param(ColumnType.of(kind), value);
    }
}
