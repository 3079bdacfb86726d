package dev.cairn.db.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.cairn.db.meta.Values;
import java.math.BigDecimal;
import java.util.Base64;

/**
 * A field's value in a fixture, as Django's JSON serializer writes it: numbers and booleans as JSON's own,
 * decimals, dates, times, durations, UUIDs and enums as text ({@code "12.50"}, {@code "1853-03-01"},
 * {@code "PT1H"}, {@code "NOVEL"}), binary as base64, JSON documents as they are.
 */
final class FixtureValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FixtureValues() {}

    /**
     * The Java value of {@code node} for a field of Java type {@code type}.
     *
     * @throws IllegalArgumentException saying what was expected, when the JSON value cannot be one
     */
    static Object toJava(Class<?> type, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (type == JsonNode.class) {
            return node.deepCopy();
        }
        try {
            if (node.isTextual()) {
                return type == byte[].class
                        ? Base64.getDecoder().decode(node.textValue())
                        : Values.parse(type, node.textValue());
            }
            if (node.isNumber() && type != String.class) {
                return Values.toJava(type, node.isIntegralNumber() ? node.longValue() : node.decimalValue());
            }
            if (node.isBoolean() && (type == Boolean.class || type == boolean.class)) {
                return node.booleanValue();
            }
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException(describe(type, node) + " (" + e.getMessage() + ")", e);
        }
        throw new IllegalArgumentException(describe(type, node));
    }

    private static String describe(Class<?> type, JsonNode node) {
        return "expected " + (type == byte[].class ? "base64 text" : "a " + type.getSimpleName()) + ", got "
                + node;
    }

    /** The JSON of a field's Java value. */
    static JsonNode toJson(Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case JsonNode node -> node;
            case Boolean b -> NODES.booleanNode(b);
            case BigDecimal decimal -> NODES.textNode(decimal.toPlainString());
            case Double d -> NODES.numberNode(d);
            case Number number -> NODES.numberNode(number.longValue());
            case byte[] bytes -> NODES.textNode(Base64.getEncoder().encodeToString(bytes));
            case Enum<?> constant -> NODES.textNode(constant.name());
            default -> NODES.textNode(value.toString());
        };
    }
}
