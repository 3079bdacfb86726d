package dev.cairn.db.meta;

import java.util.Objects;

/**
 * What a column holds, independent of any database: the kind, and the sizes that some kinds carry. A
 * {@link dev.cairn.db.dialect.Dialect} turns it into its own SQL type, and moves values of it in and out of JDBC.
 *
 * @param kind          the kind of value
 * @param maxLength     for {@link Kind#CHAR}: the most characters; else 0
 * @param maxDigits     for {@link Kind#DECIMAL}: the precision; else 0
 * @param decimalPlaces for {@link Kind#DECIMAL}: the scale; else 0
 */
public record ColumnType(Kind kind, int maxLength, int maxDigits, int decimalPlaces) {

    /** The kinds of column the ORM knows; each field of a model has one. */
    public enum Kind {
        /** An integer primary key the database numbers (32 bits). */
        AUTO,
        /** An integer primary key the database numbers (64 bits). */
        BIG_AUTO,
        /** 16-bit integer. */
        SMALL_INT,
        /** 32-bit integer. */
        INT,
        /** 64-bit integer. */
        BIG_INT,
        /** True or false. */
        BOOLEAN,
        /** Text of at most {@code maxLength} characters. */
        CHAR,
        /** Text of any length. */
        TEXT,
        /** Exact decimal of {@code maxDigits} digits, {@code decimalPlaces} after the point. */
        DECIMAL,
        /** Double-precision floating point. */
        FLOAT,
        /** A calendar date. */
        DATE,
        /** A time of day. */
        TIME,
        /** An instant, stored as UTC. */
        DATETIME,
        /** A length of time, stored as microseconds where the database has no interval type. */
        DURATION,
        /** A UUID: native where the database has the type, else 32 hex characters. */
        UUID,
        /** A JSON document: native where the database has the type, else text. */
        JSON,
        /** Bytes. */
        BINARY
    }

    /** Checks the sizes against the kind. */
    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.CHAR && maxLength <= 0) {
            throw new IllegalArgumentException("a CHAR column needs a max length above 0");
        }
        if (kind == Kind.DECIMAL && (maxDigits <= 0 || decimalPlaces < 0 || decimalPlaces > maxDigits)) {
            throw new IllegalArgumentException("a DECIMAL column needs max digits above 0 and decimal places from 0 "
                    + "to max digits");
        }
    }

    /** A column of a kind that carries no sizes. */
    public static ColumnType of(Kind kind) {
        return new ColumnType(kind, 0, 0, 0);
    }

    /** A CHAR column of at most {@code maxLength} characters. */
    public static ColumnType chars(int maxLength) {
        return new ColumnType(Kind.CHAR, maxLength, 0, 0);
    }

    /** A DECIMAL column. */
    public static ColumnType decimal(int maxDigits, int decimalPlaces) {
        return new ColumnType(Kind.DECIMAL, 0, maxDigits, decimalPlaces);
    }

    /** Whether the database numbers it ({@link Kind#AUTO}, {@link Kind#BIG_AUTO}). */
    public boolean isAuto() {
        return kind == Kind.AUTO || kind == Kind.BIG_AUTO;
    }
}
