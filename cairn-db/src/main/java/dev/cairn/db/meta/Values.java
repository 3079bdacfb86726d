package dev.cairn.db.meta;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * Values between the shapes the ORM meets: text in a declaration ({@code defaultValue = "0"}), the Java types a
 * dialect reads from a row (Long for every integer), and the Java type of the model's field.
 */
public final class Values {

    private Values() {}

    /**
     * Reads text as a value of this Java type.
     *
     * @throws IllegalArgumentException when it is not one
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Object parse(Class<?> type, String text) {
        if (type == String.class) {
            return text;
        } else if (type == Short.class) {
            return Short.valueOf(text);
        } else if (type == Integer.class) {
            return Integer.valueOf(text);
        } else if (type == Long.class) {
            return Long.valueOf(text);
        } else if (type == Boolean.class) {
            if (!text.equals("true") && !text.equals("false")) {
                throw new IllegalArgumentException("not true or false");
            }
            return Boolean.valueOf(text);
        } else if (type == Double.class) {
            return Double.valueOf(text);
        } else if (type == BigDecimal.class) {
            return new BigDecimal(text);
        } else if (type == LocalDate.class) {
            return LocalDate.parse(text);
        } else if (type == LocalTime.class) {
            return LocalTime.parse(text);
        } else if (type == Instant.class) {
            return Instant.parse(text);
        } else if (type == Duration.class) {
            return Duration.parse(text);
        } else if (type == UUID.class) {
            return UUID.fromString(text);
        } else if (type.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) type, text);
        }
        throw new IllegalArgumentException("no text form for " + type.getSimpleName());
    }

    /**
     * A value as the field's Java type holds it: a Long from a row becomes the Integer or Short the field is, a
     * name becomes its enum constant; null stays null.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Object toJava(Class<?> type, Object value) {
        if (value == null || type.isInstance(value)) {
            return value;
        }
        if (value instanceof Number number) {
            if (type == Integer.class || type == int.class) {
                return Math.toIntExact(number.longValue());
            } else if (type == Short.class || type == short.class) {
                return (short) number.longValue();
            } else if (type == Long.class || type == long.class) {
                return number.longValue();
            } else if (type == Double.class || type == double.class) {
                return number.doubleValue();
            } else if (type == BigDecimal.class) {
                return new BigDecimal(number.toString());
            } else if (type == Boolean.class || type == boolean.class) {
                return number.longValue() != 0;
            }
        }
        if (type.isEnum() && value instanceof String name) {
            return Enum.valueOf((Class<? extends Enum>) type, name);
        }
        if (type == boolean.class && value instanceof Boolean) {
            return value;
        }
        throw new IllegalArgumentException("cannot hold a " + value.getClass().getSimpleName() + " in a "
                + type.getSimpleName());
    }

    /** A field's value as the database stores it: an enum by its name; other values as they are. */
    public static Object toStored(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : value;
    }
}
