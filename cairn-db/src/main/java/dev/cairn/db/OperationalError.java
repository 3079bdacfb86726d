package dev.cairn.db;

import java.util.List;

/** The database could not do the work (connection lost, locked, deadlock, timeout); trying again may succeed. */
public class OperationalError extends DatabaseException {

    /** An error with the database's message, the statement, its parameters and the driver's exception. */
    public OperationalError(String message, String sql, List<Object> parameters, Throwable cause) {
        super(message, sql, parameters, cause);
    }
}
