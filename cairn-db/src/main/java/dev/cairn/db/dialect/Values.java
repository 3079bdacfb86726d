package dev.cairn.db.dialect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.db.meta.ColumnType;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Conversions the three dialects share: durations as microseconds, JSON through Jackson, UUIDs as hex, instants cut
 * to the microsecond every database keeps, and the checks that a Java value fits the column's kind.
 */
final class Values {

    static final ObjectMapper JSON = new ObjectMapper();

    private Values() {}

    /** A duration as whole microseconds, the unit every dialect stores. */
    static long micros(Duration duration) {
        return Math.addExact(Math.multiplyExact(duration.getSeconds(), 1_000_000L), duration.getNano() / 1_000);
    }

    /** Whole microseconds back to a duration. */
    static Duration fromMicros(long micros) {
        return Duration.of(micros, ChronoUnit.MICROS);
    }

    /** An instant cut to the microsecond, so that what is stored is what reads back. */
    static Instant toMicros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** Any Java value as JSON text: a JsonNode as itself, a String as a JSON string, a Map as an object, .... */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** JSON text read from a column as a tree, or null for SQL NULL. */
    static JsonNode parseJson(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the database returned JSON that does not parse", e);
        }
    }

    /** A UUID as 32 lower-case hex characters, the form SQLite (and MariaDB before 10.7) keeps. */
    static String hex(UUID uuid) {
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits(uuid.getMostSignificantBits()) + hex.toHexDigits(uuid.getLeastSignificantBits());
    }

    /** 32 hex characters, or the canonical form with dashes, back to a UUID; null stays null. */
    static UUID uuid(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 32) {
            return new UUID(HexFormat.fromHexDigitsToLong(text, 0, 16), HexFormat.fromHexDigitsToLong(text, 16, 32));
        }
        return UUID.fromString(text);
    }

    /** The value as the class a column of this kind takes, or an error naming both. */
    static <T> T expect(ColumnType type, Object value, Class<T> javaType) {
        if (!javaType.isInstance(value)) {
            throw new IllegalArgumentException("a " + type.kind() + " column takes a " + javaType.getSimpleName()
                    + ", not a " + value.getClass().getName());
        }
        return javaType.cast(value);
    }

    /** An integral Number as a long; a Number with a fraction is refused rather than cut. */
    static long integral(ColumnType type, Object value) {
        Number number = expect(type, value, Number.class);
        if (number instanceof BigDecimal decimal) {
            return decimal.longValueExact();
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (d != Math.rint(d)) {
                throw new IllegalArgumentException("a " + type.kind() + " column takes whole numbers, not " + d);
            }
        }
        return number.longValue();
    }

    /** A decimal from any Number, exactly (a double through its shortest decimal form). */
    static BigDecimal decimal(ColumnType type, Object value) {
        Number number = expect(type, value, Number.class);
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof Double || number instanceof Float) {
            return BigDecimal.valueOf(number.doubleValue());
        }
        return BigDecimal.valueOf(number.longValue());
    }

    /** A Long from the column, or null for SQL NULL. */
    static Long longOrNull(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    /** A Double from the column, or null for SQL NULL. */
    static Double doubleOrNull(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    /** A Boolean from the column, or null for SQL NULL. */
    static Boolean booleanOrNull(ResultSet rows, int column) throws SQLException {
        boolean value = rows.getBoolean(column);
        return rows.wasNull() ? null : value;
    }

    /** A Duration from a column of microseconds, or null for SQL NULL. */
    static Duration durationOrNull(ResultSet rows, int column) throws SQLException {
        Long micros = longOrNull(rows, column);
        return micros == null ? null : fromMicros(micros);
    }
}
