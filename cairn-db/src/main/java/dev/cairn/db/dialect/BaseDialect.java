package dev.cairn.db.dialect;

import dev.cairn.db.DatabaseException;
import dev.cairn.db.meta.ColumnType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the three dialects share: value conversion by kind, with a hook for each kind whose storage differs
 * (booleans, decimals, dates and times, UUIDs), the checks on locking options, and finding a constraint's name in
 * an error message.
 */
abstract sealed class BaseDialect implements Dialect permits SqliteDialect, PostgresDialect, MariaDbDialect {

    @Override
    public Object toDatabase(ColumnType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type.kind()) {
            case AUTO, BIG_AUTO, SMALL_INT, INT, BIG_INT -> Values.integral(type, value);
            case BOOLEAN -> bool(Values.expect(type, value, Boolean.class));
            case CHAR, TEXT -> Values.expect(type, value, String.class);
            case DECIMAL -> decimal(type, Values.decimal(type, value));
            case FLOAT -> Values.expect(type, value, Number.class).doubleValue();
            case DATE -> date(Values.expect(type, value, LocalDate.class));
            case TIME -> time(Values.expect(type, value, LocalTime.class).truncatedTo(ChronoUnit.MICROS));
            case DATETIME -> instant(Values.toMicros(Values.expect(type, value, Instant.class)));
            case DURATION -> Values.micros(Values.expect(type, value, Duration.class));
            case UUID -> uuid(Values.expect(type, value, UUID.class));
            case JSON -> Values.json(value);
            case BINARY -> Values.expect(type, value, byte[].class);
        };
    }

    @Override
    public Object fromDatabase(ColumnType type, ResultSet rows, int column) throws SQLException {
        return switch (type.kind()) {
            case AUTO, BIG_AUTO, SMALL_INT, INT, BIG_INT -> Values.longOrNull(rows, column);
            case BOOLEAN -> Values.booleanOrNull(rows, column);
            case CHAR, TEXT -> rows.getString(column);
            case DECIMAL -> readDecimal(type, rows, column);
            case FLOAT -> Values.doubleOrNull(rows, column);
            case DATE -> readDate(rows, column);
            case TIME -> readTime(rows, column);
            case DATETIME -> readInstant(rows, column);
            case DURATION -> Values.durationOrNull(rows, column);
            case UUID -> readUuid(rows, column);
            case JSON -> Values.parseJson(rows.getString(column));
            case BINARY -> rows.getBytes(column);
        };
    }

    @Override
    public final String autoPrimaryKey(ColumnType type) {
        if (!type.isAuto()) {
            throw new IllegalArgumentException("an auto primary key needs an AUTO or BIG_AUTO column, not "
                    + type.kind());
        }
        return autoKey(type);
    }

    /** The auto primary key's definition, the type known to be AUTO or BIG_AUTO. */
    abstract String autoKey(ColumnType type);

    @Override
    public final String lookup(String lookup, String lhs) {
        return switch (lookup) {
            case "contains", "startswith", "endswith" -> like(lhs);
            case "icontains", "istartswith", "iendswith" -> likeIgnoringCase(lhs);
            case "iexact" -> equalIgnoringCase(lhs);
            case "regex" -> regex(lhs, false);
            case "iregex" -> regex(lhs, true);
            default -> throw new IllegalArgumentException("unknown lookup '" + lookup + "'; known: contains, "
                    + "icontains, startswith, istartswith, endswith, iendswith, iexact, regex, iregex");
        };
    }

    /** {@code lhs} matches a LIKE pattern, case-sensitively, with backslash as the escape. */
    abstract String like(String lhs);

    /** {@code lhs} matches a LIKE pattern whatever the case, with backslash as the escape. */
    abstract String likeIgnoringCase(String lhs);

    /** {@code lhs} equals the text whatever the case. */
    abstract String equalIgnoringCase(String lhs);

    /** {@code lhs} has a match of the regular expression. */
    abstract String regex(String lhs, boolean ignoreCase);

    /** A boolean as bound; as itself unless the database has no boolean type. */
    Object bool(boolean value) {
        return value;
    }

    /** A decimal as bound; as itself unless the database cannot keep its digits. */
    Object decimal(ColumnType type, java.math.BigDecimal value) {
        return value;
    }

    /** A date as bound. */
    Object date(LocalDate value) {
        return value;
    }

    /** A time of day, cut to the microsecond, as bound. */
    Object time(LocalTime value) {
        return value;
    }

    /** An instant, cut to the microsecond, as bound. */
    abstract Object instant(Instant value);

    /** A UUID as bound. */
    abstract Object uuid(UUID value);

    Object readDecimal(ColumnType type, ResultSet rows, int column) throws SQLException {
        return rows.getBigDecimal(column);
    }

    Object readDate(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    Object readTime(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, LocalTime.class);
    }

    abstract Object readInstant(ResultSet rows, int column) throws SQLException;

    abstract Object readUuid(ResultSet rows, int column) throws SQLException;

    /** Refuses the one pair of locking options no database has: waiting for nothing and skipping locked rows. */
    static void checkLockOptions(boolean nowait, boolean skipLocked) {
        if (nowait && skipLocked) {
            throw new IllegalArgumentException("select for update takes nowait or skip locked, not both");
        }
    }

    /** The {@code ON CONFLICT} upsert of SQLite and PostgreSQL; {@code DO NOTHING} when nothing is to be updated. */
    String onConflictUpsert(String table, List<String> columns, List<String> conflict, List<String> update) {
        String action = update.isEmpty()
                ? "DO NOTHING"
                : "DO UPDATE SET " + update.stream()
                        .map(c -> quote(c) + " = EXCLUDED." + quote(c))
                        .collect(Collectors.joining(", "));
        return insert(table, columns) + " ON CONFLICT (" + quoted(conflict) + ") " + action;
    }

    /** {@code INSERT INTO t (a, b) VALUES (?, ?)} with every name quoted. */
    String insert(String table, List<String> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an upsert needs at least one column");
        }
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        return "INSERT INTO " + quote(table) + " (" + quoted(columns) + ") VALUES (" + marks + ")";
    }

    /** The names quoted and joined with commas. */
    String quoted(List<String> names) {
        return names.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    /** An identifier between {@code quote} characters, a quote inside it doubled. */
    static String quoteWith(char quote, String identifier) {
        String q = String.valueOf(quote);
        return q + identifier.replace(q, q + q) + q;
    }

    /** The first group of the pattern in the message, or null when it does not match. */
    static String find(Pattern pattern, String message) {
        if (message == null) {
            return null;
        }
        Matcher m = pattern.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    /** Refuses a date part the dialect does not know, naming those it does. */
    static IllegalArgumentException unknownPart(String part) {
        return new IllegalArgumentException("unknown date part '" + part + "'; known: year, month, day, week_day, "
                + "hour, minute, second, quarter, week");
    }

    /**
     * The error that says what went wrong: for a failed batch, the driver's error for the row that failed rather
     * than the batch's summary.
     */
    static SQLException cause(SQLException error) {
        if (error instanceof java.sql.BatchUpdateException) {
            if (error.getNextException() != null) {
                return error.getNextException();
            }
            if (error.getCause() instanceof SQLException cause) {
                return cause;
            }
        }
        return error;
    }

    /** The exception for an error no rule matched: the database's message, kept as it is. */
    static DatabaseException generic(SQLException error, String sql, List<Object> parameters) {
        return new DatabaseException(error.getMessage(), sql, parameters, error);
    }
}
