package dev.cairn.db.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.sqlite.Function;

/**
 * The Java functions each SQLite connection gets: {@code regexp(pattern, text)}, which SQLite calls for
 * {@code text REGEXP pattern}, and {@code cairn_lower(text)}, lower case by Unicode rather than ASCII alone.
 */
final class SqliteFunctions {

    /** Compiled patterns by text; a query runs its pattern once per row. Bounded, cleared when full. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final int MAX_PATTERNS = 256;

    private SqliteFunctions() {}

    static void register(Connection connection) throws SQLException {
        Function.create(connection, "regexp", new Regexp(), 2, Function.FLAG_DETERMINISTIC);
        Function.create(connection, "cairn_lower", new Lower(), 1, Function.FLAG_DETERMINISTIC);
    }

    /** {@code regexp(pattern, text)}: 1 when the Java pattern finds a match in the text, NULL when either is. */
    private static final class Regexp extends Function {
        @Override
        protected void xFunc() throws SQLException {
            String pattern = value_text(0);
            String text = value_text(1);
            if (pattern == null || text == null) {
                result();
                return;
            }
            try {
                result(compile(pattern).matcher(text).find() ? 1 : 0);
            } catch (PatternSyntaxException e) {
                throw new SQLException("invalid regular expression: " + e.getDescription());
            }
        }
    }

    /** {@code cairn_lower(text)}: the text in lower case by Unicode's rules. */
    private static final class Lower extends Function {
        @Override
        protected void xFunc() throws SQLException {
            String text = value_text(0);
            if (text == null) {
                result();
            } else {
                result(text.toLowerCase(Locale.ROOT));
            }
        }
    }

    private static Pattern compile(String pattern) {
        Pattern compiled = PATTERNS.get(pattern);
        if (compiled == null) {
            compiled = Pattern.compile(pattern);
            if (PATTERNS.size() >= MAX_PATTERNS) {
                PATTERNS.clear();
            }
            PATTERNS.put(pattern, compiled);
        }
        return compiled;
    }
}
