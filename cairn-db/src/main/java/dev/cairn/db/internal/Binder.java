package dev.cairn.db.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.db.Param;
import dev.cairn.db.dialect.Dialect;
import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.meta.ColumnType.Kind;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Binds a statement's parameters in order: a {@link Param} through the dialect as its column type; a plain value
 * whose class says its kind (Instant, LocalDate, LocalTime, Duration, UUID, Boolean, JsonNode) the same way, so
 * that raw SQL stores it as the ORM would; anything else with {@code setObject}.
 */
public final class Binder {

    private static final ColumnType DATETIME = ColumnType.of(Kind.DATETIME);
    private static final ColumnType DATE = ColumnType.of(Kind.DATE);
    private static final ColumnType TIME = ColumnType.of(Kind.TIME);
    private static final ColumnType DURATION = ColumnType.of(Kind.DURATION);
    private static final ColumnType UUID_TYPE = ColumnType.of(Kind.UUID);
    private static final ColumnType BOOLEAN = ColumnType.of(Kind.BOOLEAN);
    private static final ColumnType JSON = ColumnType.of(Kind.JSON);

    private Binder() {}

    /** Binds {@code params} to parameters 1, 2, ... of {@code statement}. */
    public static void bind(PreparedStatement statement, Dialect dialect, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object param = params.get(i);
            if (param instanceof Param typed) {
                dialect.bind(statement, i + 1, typed.type(), typed.value());
                continue;
            }
            ColumnType type = typeOf(param);
            if (type != null) {
                dialect.bind(statement, i + 1, type, param);
            } else if (param == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, param);
            }
        }
    }

    /** The column type a plain value's class implies, or null for a value bound as it is. */
    static ColumnType typeOf(Object value) {
        return switch (value) {
            case Instant i -> DATETIME;
            case LocalDate d -> DATE;
            case LocalTime t -> TIME;
            case Duration d -> DURATION;
            case UUID u -> UUID_TYPE;
            case Boolean b -> BOOLEAN;
            case JsonNode j -> JSON;
            case null, default -> null;
        };
    }
}
