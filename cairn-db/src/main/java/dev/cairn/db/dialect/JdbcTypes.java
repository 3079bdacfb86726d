package dev.cairn.db.dialect;

import dev.cairn.db.meta.ColumnType;
import java.sql.Types;

/** The {@link Types} constant for binding a NULL of each kind, as the JDBC drivers of all three accept it. */
final class JdbcTypes {

    private JdbcTypes() {}

    /** The JDBC type a NULL of this column type is bound as. */
    static int of(ColumnType type) {
        return switch (type.kind()) {
            case AUTO, INT -> Types.INTEGER;
            case BIG_AUTO, BIG_INT, DURATION -> Types.BIGINT;
            case SMALL_INT -> Types.SMALLINT;
            case BOOLEAN -> Types.BOOLEAN;
            case CHAR, TEXT -> Types.VARCHAR;
            case DECIMAL -> Types.DECIMAL;
            case FLOAT -> Types.DOUBLE;
            case DATE -> Types.DATE;
            case TIME -> Types.TIME;
            case DATETIME -> Types.TIMESTAMP;
            case UUID, JSON -> Types.OTHER;
            case BINARY -> Types.BINARY;
        };
    }
}
