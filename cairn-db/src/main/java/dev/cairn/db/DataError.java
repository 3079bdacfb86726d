package dev.cairn.db;

import java.util.List;

/** A value the column cannot hold (too long, out of range, not a number). */
public class DataError extends DatabaseException {

    /** An error with the database's message, the statement, its parameters and the driver's exception. */
    public DataError(String message, String sql, List<Object> parameters, Throwable cause) {
        super(message, sql, parameters, cause);
    }
}
