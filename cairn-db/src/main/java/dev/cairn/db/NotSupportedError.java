package dev.cairn.db;

import java.util.List;

/** Something this database cannot do (a lock option SQLite lacks, say). */
public class NotSupportedError extends DatabaseException {

    /** An error with the database's message, the statement, its parameters and the driver's exception. */
    public NotSupportedError(String message, String sql, List<Object> parameters, Throwable cause) {
        super(message, sql, parameters, cause);
    }
}
