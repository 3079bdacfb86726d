package dev.cairn.db.dialect;

import dev.cairn.db.DataError;
import dev.cairn.db.DatabaseException;
import dev.cairn.db.IntegrityError;
import dev.cairn.db.OperationalError;
import dev.cairn.db.ProgrammingError;
import dev.cairn.db.meta.ColumnType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite, the embedded default. SQLite has few types, so values are stored in forms its functions understand:
 * instants as UTC text {@code 2024-05-01 12:30:00.000000} (fixed width, so text order is time order and
 * {@code strftime} reads them), dates and times as ISO text, booleans as 0/1, durations as microseconds, UUIDs as
 * 32 hex characters, JSON as text checked by {@code json_valid}.
 *
 * <p>
 * Decimals of at most 15 digits are stored in a {@code decimal} column, whose NUMERIC affinity keeps 15
 * significant digits exactly and compares as numbers; wider decimals are stored as text, which keeps every digit
 * but compares as text. SQLite does not enforce {@code varchar(n)}: a longer value is stored whole.
 *
 * <p>
 * Each connection is set up by {@link #initialize}: foreign keys on, a 5 second busy timeout, WAL for a file
 * database, LIKE case-sensitive (so that {@code contains} is, as on the other databases), and the Java functions
 * {@code regexp} (for the {@code REGEXP} operator) and {@code cairn_lower} (Unicode lower case, since SQLite's
 * {@code lower} folds ASCII only).
 */
public final class SqliteDialect extends BaseDialect {

    /** The most digits a {@code decimal} column keeps exactly: SQLite's REAL holds 15 significant digits. */
    static final int EXACT_DIGITS = 15;

    private static final DateTimeFormatter WRITE_INSTANT = DateTimeFormatter.ofPattern(
            "uuuu-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);
    private static final DateTimeFormatter WRITE_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS", Locale.ROOT);
    /** Reads what {@link #WRITE_INSTANT} writes, and SQLite's own {@code CURRENT_TIMESTAMP} and ISO's {@code T}. */
    private static final DateTimeFormatter READ_INSTANT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendLiteral('Z').optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final Pattern CONSTRAINT = Pattern.compile("constraint failed: ([^\\s,)]+)");

    /** The SQLite dialect. */
    public SqliteDialect() {}

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String quote(String identifier) {
        return quoteWith('"', identifier);
    }

    @Override
    public String sqlType(ColumnType type) {
        return switch (type.kind()) {
            case AUTO, BIG_AUTO, INT -> "integer";
            case SMALL_INT -> "smallint";
            case BIG_INT -> "bigint";
            case BOOLEAN -> "bool";
            case CHAR -> "varchar(" + type.maxLength() + ")";
            case TEXT, JSON -> "text";
            case DECIMAL -> type.maxDigits() <= EXACT_DIGITS
                    ? "decimal(" + type.maxDigits() + ", " + type.decimalPlaces() + ")"
                    : "text";
            case FLOAT -> "real";
            case DATE -> "date";
            case TIME -> "time";
            case DATETIME -> "datetime";
            case DURATION -> "bigint";
            case UUID -> "char(32)";
            case BINARY -> "blob";
        };
    }

    @Override
    String autoKey(ColumnType type) {
        return "integer NOT NULL PRIMARY KEY AUTOINCREMENT";
    }

    @Override
    public String columnCheck(ColumnType type, String quotedColumn) {
        return type.kind() == ColumnType.Kind.JSON ? "json_valid(" + quotedColumn + ")" : null;
    }

    @Override
    Object bool(boolean value) {
        return value ? 1 : 0;
    }

    @Override
    Object decimal(ColumnType type, BigDecimal value) {
        return value.toPlainString();
    }

    @Override
    Object date(LocalDate value) {
        return value.toString();
    }

    @Override
    Object time(LocalTime value) {
        return WRITE_TIME.format(value);
    }

    @Override
    Object instant(Instant value) {
        return WRITE_INSTANT.format(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    Object uuid(UUID value) {
        return Values.hex(value);
    }

    @Override
    Object readDecimal(ColumnType type, ResultSet rows, int column) throws SQLException {
        // Text, not getBigDecimal, which goes through a double; the scale back to the column's.
        String text = rows.getString(column);
        return text == null ? null : new BigDecimal(text).setScale(type.decimalPlaces(), RoundingMode.HALF_EVEN);
    }

    @Override
    Object readDate(ResultSet rows, int column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    @Override
    Object readTime(ResultSet rows, int column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : LocalTime.parse(text);
    }

    @Override
    Object readInstant(ResultSet rows, int column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : LocalDateTime.parse(text, READ_INSTANT).toInstant(ZoneOffset.UTC);
    }

    @Override
    Object readUuid(ResultSet rows, int column) throws SQLException {
        return Values.uuid(rows.getString(column));
    }

    /** LIKE is case-sensitive on Cairn's connections (PRAGMA case_sensitive_like); SQLite has no default escape. */
    @Override
    String like(String lhs) {
        return lhs + " LIKE ? ESCAPE '\\'";
    }

    @Override
    String likeIgnoringCase(String lhs) {
        return "cairn_lower(" + lhs + ") LIKE cairn_lower(?) ESCAPE '\\'";
    }

    @Override
    String equalIgnoringCase(String lhs) {
        return "cairn_lower(" + lhs + ") = cairn_lower(?)";
    }

    @Override
    String regex(String lhs, boolean ignoreCase) {
        return ignoreCase ? lhs + " REGEXP ('(?iu)' || ?)" : lhs + " REGEXP ?";
    }

    @Override
    public String datePart(String part, String lhs) {
        return switch (part) {
            case "year" -> strftime("%Y", lhs);
            case "month" -> strftime("%m", lhs);
            case "day" -> strftime("%d", lhs);
            case "week_day" -> "(" + strftime("%w", lhs) + " + 1)";
            case "hour" -> strftime("%H", lhs);
            case "minute" -> strftime("%M", lhs);
            case "second" -> strftime("%S", lhs);
            case "quarter" -> "((" + strftime("%m", lhs) + " + 2) / 3)";
            case "week" -> strftime("%V", lhs);
            default -> throw unknownPart(part);
        };
    }

    private static String strftime(String format, String lhs) {
        return "CAST(strftime('" + format + "', " + lhs + ") AS integer)";
    }

    @Override
    public String limitOffset(long limit, long offset) {
        if (limit < 0 && offset <= 0) {
            return "";
        }
        return " LIMIT " + Math.max(limit, -1) + (offset > 0 ? " OFFSET " + offset : "");
    }

    /** Always "": SQLite serializes write transactions, so there is no row to lock. */
    @Override
    public String forUpdate(boolean nowait, boolean skipLocked) {
        checkLockOptions(nowait, skipLocked);
        return "";
    }

    @Override
    public boolean insertReturning() {
        return true;
    }

    @Override
    public String upsert(String table, List<String> columns, List<String> conflict, List<String> update) {
        return onConflictUpsert(table, columns, conflict, update);
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public void initialize(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
            statement.execute("PRAGMA busy_timeout = 5000");
            statement.execute("PRAGMA case_sensitive_like = ON");
            // A memory database answers "memory" and stays so; a file database switches to WAL for good.
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = NORMAL");
        }
        SqliteFunctions.register(connection);
    }

    @Override
    public DatabaseException translate(SQLException error, String sql, List<Object> parameters) {
        String message = error.getMessage();
        SQLiteErrorCode code = error instanceof SQLiteException e ? e.getResultCode() : null;
        if (code == null) {
            return generic(error, sql, parameters);
        }
        String name = code.name();
        if (name.startsWith("SQLITE_CONSTRAINT")) {
            return new IntegrityError(message, find(CONSTRAINT, message), sql, parameters, error);
        }
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED") || name.startsWith("SQLITE_IOERR")
                || name.startsWith("SQLITE_CANTOPEN") || name.startsWith("SQLITE_FULL")
                || name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_INTERRUPT")) {
            return new OperationalError(message, sql, parameters, error);
        }
        if (name.startsWith("SQLITE_TOOBIG") || name.startsWith("SQLITE_MISMATCH") || name.startsWith("SQLITE_RANGE")) {
            return new DataError(message, sql, parameters, error);
        }
        if (name.equals("SQLITE_ERROR")) {
            // SQLite gives one code for syntax errors, missing tables and columns, and errors of functions.
            return new ProgrammingError(message, sql, parameters, error);
        }
        return generic(error, sql, parameters);
    }
}
