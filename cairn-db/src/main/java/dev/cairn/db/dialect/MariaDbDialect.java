package dev.cairn.db.dialect;

import dev.cairn.db.DataError;
import dev.cairn.db.DatabaseException;
import dev.cairn.db.IntegrityError;
import dev.cairn.db.NotSupportedError;
import dev.cairn.db.OperationalError;
import dev.cairn.db.ProgrammingError;
import dev.cairn.db.meta.ColumnType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * MariaDB (and MySQL URLs, which MariaDB serves): instants as {@code datetime(6)} in UTC, booleans as
 * {@code bool} ({@code tinyint(1)}), UUIDs as the native {@code uuid} type from 10.7 on and as {@code char(32)}
 * before, JSON as {@code json} (MariaDB's alias for {@code longtext} with a {@code json_valid} CHECK), durations
 * as {@code bigint} microseconds. Each connection's session time zone is UTC.
 *
 * <p>
 * MariaDB compares text by the column's collation, usually case-insensitive: the case-sensitive lookups compare
 * bytes ({@code LIKE BINARY}) or tell the regex engine so ({@code (?-i)}). DDL is not transactional.
 */
public final class MariaDbDialect extends BaseDialect {

    private static final Pattern CONSTRAINT = Pattern.compile("CONSTRAINT `([^`]+)`");
    private static final Pattern KEY = Pattern.compile("for key '([^']+)'");
    private static final Pattern COLUMN = Pattern.compile("(?:Column|Field) '([^']+)'");
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");

    private static final Set<Integer> INTEGRITY = Set.of(1062, 1451, 1452, 1048, 1364, 4025, 1216, 1217, 1557);
    private static final Set<Integer> DATA = Set.of(1406, 1264, 1265, 1366, 1292, 1367, 1690, 4038, 3140, 1411,
            1918);
    private static final Set<Integer> OPERATIONAL = Set.of(1213, 1205, 1969, 2006, 2013, 1040, 1317, 1927, 1053,
            1021);
    private static final Set<Integer> PROGRAMMING = Set.of(1064, 1146, 1054, 1049, 1050, 1051, 1091, 1060, 1061,
            1149, 1052, 1109, 1305);

    private final boolean nativeUuid;
    private final boolean skipLocked;

    /** The dialect of MariaDB 10.7 or later, with a native UUID type and SKIP LOCKED. */
    public MariaDbDialect() {
        this(true, true);
    }

    private MariaDbDialect(boolean nativeUuid, boolean skipLocked) {
        this.nativeUuid = nativeUuid;
        this.skipLocked = skipLocked;
    }

    /** The dialect for a server that reports this version ({@code 10.11.9-MariaDB}, say). */
    public static MariaDbDialect forVersion(String version) {
        Matcher m = VERSION.matcher(version == null ? "" : version);
        if (!m.find()) {
            return new MariaDbDialect();
        }
        int number = Integer.parseInt(m.group(1)) * 1000 + Integer.parseInt(m.group(2));
        return new MariaDbDialect(number >= 10_007, number >= 10_006);
    }

    /** Whether UUIDs are stored in the native {@code uuid} type (MariaDB 10.7+) rather than as 32 hex characters. */
    public boolean nativeUuid() {
        return nativeUuid;
    }

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public String quote(String identifier) {
        return quoteWith('`', identifier);
    }

    @Override
    public String sqlType(ColumnType type) {
        return switch (type.kind()) {
            case AUTO, INT -> "integer";
            case BIG_AUTO, BIG_INT, DURATION -> "bigint";
            case SMALL_INT -> "smallint";
            case BOOLEAN -> "bool";
            // A binary collation: `exact`, unique and `in` compare text as they do on the other two databases,
            // case and accents included; the i-lookups lower both sides.
            case CHAR -> "varchar(" + type.maxLength() + ") COLLATE utf8mb4_bin";
            case TEXT -> "longtext COLLATE utf8mb4_bin";
            case DECIMAL -> "numeric(" + type.maxDigits() + ", " + type.decimalPlaces() + ")";
            case FLOAT -> "double precision";
            case DATE -> "date";
            case TIME -> "time(6)";
            case DATETIME -> "datetime(6)";
            case UUID -> nativeUuid ? "uuid" : "char(32)";
            case JSON -> "json";
            case BINARY -> "longblob";
        };
    }

    @Override
    String autoKey(ColumnType type) {
        return sqlType(type) + " NOT NULL PRIMARY KEY AUTO_INCREMENT";
    }

    @Override
    Object instant(Instant value) {
        return LocalDateTime.ofInstant(value, ZoneOffset.UTC);
    }

    @Override
    Object uuid(UUID value) {
        return nativeUuid ? value.toString() : Values.hex(value);
    }

    @Override
    Object readInstant(ResultSet rows, int column) throws SQLException {
        LocalDateTime value = rows.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    @Override
    Object readUuid(ResultSet rows, int column) throws SQLException {
        return Values.uuid(rows.getString(column));
    }

    @Override
    String like(String lhs) {
        return lhs + " LIKE BINARY ?";
    }

    @Override
    String likeIgnoringCase(String lhs) {
        return "LOWER(" + lhs + ") LIKE LOWER(?)";
    }

    @Override
    String equalIgnoringCase(String lhs) {
        return "LOWER(" + lhs + ") = LOWER(?)";
    }

    @Override
    String regex(String lhs, boolean ignoreCase) {
        return lhs + " REGEXP CONCAT('" + (ignoreCase ? "(?i)" : "(?-i)") + "', ?)";
    }

    @Override
    public String datePart(String part, String lhs) {
        String function = switch (part) {
            case "year" -> "YEAR";
            case "month" -> "MONTH";
            case "day" -> "DAYOFMONTH";
            case "week_day" -> "DAYOFWEEK";
            case "hour" -> "HOUR";
            case "minute" -> "MINUTE";
            case "second" -> "SECOND";
            case "quarter" -> "QUARTER";
            case "week" -> "WEEK";
            default -> throw unknownPart(part);
        };
        // WEEK mode 3 is ISO 8601: weeks start on Monday, week 1 has the year's first Thursday.
        return part.equals("week") ? "WEEK(" + lhs + ", 3)" : function + "(" + lhs + ")";
    }

    /** An offset alone takes the largest LIMIT, as MariaDB has no OFFSET without LIMIT. */
    @Override
    public String limitOffset(long limit, long offset) {
        if (limit < 0 && offset <= 0) {
            return "";
        }
        String count = limit >= 0 ? Long.toString(limit) : "18446744073709551615";
        return " LIMIT " + count + (offset > 0 ? " OFFSET " + offset : "");
    }

    @Override
    public String forUpdate(boolean nowait, boolean skipLocked) {
        checkLockOptions(nowait, skipLocked);
        if (skipLocked && !this.skipLocked) {
            throw new NotSupportedError("this MariaDB has no SKIP LOCKED (10.6 and later have it)", null, null, null);
        }
        return " FOR UPDATE" + (nowait ? " NOWAIT" : "") + (skipLocked ? " SKIP LOCKED" : "");
    }

    /** True: MariaDB has had {@code INSERT ... RETURNING} since 10.5. */
    @Override
    public boolean insertReturning() {
        return true;
    }

    /** {@code ON DUPLICATE KEY UPDATE}; with nothing to update, the first conflict column is set to itself. */
    @Override
    public String upsert(String table, List<String> columns, List<String> conflict, List<String> update) {
        List<String> set = update.isEmpty() ? conflict.subList(0, 1) : update;
        return insert(table, columns) + " ON DUPLICATE KEY UPDATE " + set.stream()
                .map(c -> quote(c) + " = VALUES(" + quote(c) + ")")
                .collect(Collectors.joining(", "));
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public void initialize(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET time_zone = '+00:00'");
        }
    }

    @Override
    public DatabaseException translate(SQLException error, String sql, List<Object> parameters) {
        SQLException cause = cause(error);
        int code = cause.getErrorCode();
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        String message = cause.getMessage();
        if (INTEGRITY.contains(code) || state.startsWith("23")) {
            String constraint = find(CONSTRAINT, message);
            constraint = constraint != null ? constraint : find(KEY, message);
            constraint = constraint != null ? constraint : find(COLUMN, message);
            return new IntegrityError(message, constraint, sql, parameters, error);
        }
        if (DATA.contains(code) || state.startsWith("22")) {
            return new DataError(message, sql, parameters, error);
        }
        if (OPERATIONAL.contains(code) || state.startsWith("08") || state.startsWith("40")) {
            return new OperationalError(message, sql, parameters, error);
        }
        if (PROGRAMMING.contains(code) || state.startsWith("42")) {
            return new ProgrammingError(message, sql, parameters, error);
        }
        if (code == 1235) {
            return new NotSupportedError(message, sql, parameters, error);
        }
        return generic(error, sql, parameters);
    }
}
