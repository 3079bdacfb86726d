package dev.cairn.db.migrations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.db.meta.ColumnType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

/**
 * Values as a migration file writes them: text that the column's kind reads back ({@code "0"}, {@code "NOVEL"},
 * {@code "2024-01-31"}, {@code "12.50"}), so that a file says the same on every database; and the fill value
 * {@value #NOW}, the moment the migration runs, for date and time fields set automatically.
 */
final class FillValues {

    /** The fill text that means the moment the migration runs. */
    static final String NOW = "now";

    private static final ObjectMapper JSON = new ObjectMapper();

    private FillValues() {}

    /**
     * Reads text as a value of a column of this type.
     *
     * @throws MigrationError when it is not one
     */
    static Object parse(ColumnType type, String text) {
        try {
            return switch (type.kind()) {
                case AUTO, BIG_AUTO, SMALL_INT, INT, BIG_INT -> Long.valueOf(text);
                case BOOLEAN -> switch (text) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException("not true or false");
                };
                case CHAR, TEXT -> text;
                case DECIMAL -> new BigDecimal(text);
                case FLOAT -> Double.valueOf(text);
                case DATE -> text.equals(NOW) ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(text);
                case TIME -> text.equals(NOW) ? LocalTime.now(ZoneOffset.UTC) : LocalTime.parse(text);
                case DATETIME -> text.equals(NOW) ? Instant.now() : Instant.parse(text);
                case DURATION -> Duration.parse(text);
                case UUID -> UUID.fromString(text);
                case JSON -> json(text);
                case BINARY -> Base64.getDecoder().decode(text);
            };
        } catch (RuntimeException e) {
            throw new MigrationError("'" + text + "' is not a value of a " + type.kind().name().toLowerCase(
                    java.util.Locale.ROOT) + " column: " + e.getMessage(), e);
        }
    }

    /** A value as a file writes it; {@link #parse} reads it back. */
    static String text(Object value) {
        return switch (value) {
            case BigDecimal decimal -> decimal.toPlainString();
            case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
            case Enum<?> constant -> constant.name();
            default -> String.valueOf(value);
        };
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }
}
