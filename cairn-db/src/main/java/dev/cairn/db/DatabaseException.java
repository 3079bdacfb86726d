package dev.cairn.db;

import java.util.List;

/**
 * An error the database reported, carrying the statement and its parameters so that a developer sees what was
 * run; the kinds below say what went wrong, as Python's DB-API does. The parameters never appear in
 * {@link #getMessage()}, since they may hold what a user typed (a password, say); {@link #parameters()} has them.
 */
public class DatabaseException extends RuntimeException {

    private final String sql;
    private final List<Object> parameters;

    /** An error with the database's message, the statement, its parameters and the driver's exception. */
    public DatabaseException(String message, String sql, List<Object> parameters, Throwable cause) {
        super(message + (sql == null ? "" : " [SQL: " + sql + "]"), cause);
        this.sql = sql;
        this.parameters = parameters == null
                ? List.of()
                : java.util.Collections.unmodifiableList(
                        new java.util.ArrayList<>(parameters));
    }

    /** The statement that failed, or null when none was running. */
    public String sql() {
        return sql;
    }

    /** The statement's parameters, in order. */
    public List<Object> parameters() {
        return parameters;
    }
}
