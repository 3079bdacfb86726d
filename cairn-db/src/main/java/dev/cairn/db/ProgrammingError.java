package dev.cairn.db;

import java.util.List;

/** A statement the database refused as written (no such table or column, bad syntax): a bug, or a schema behind the models. */
public class ProgrammingError extends DatabaseException {

    /** An error with the database's message, the statement, its parameters and the driver's exception. */
    public ProgrammingError(String message, String sql, List<Object> parameters, Throwable cause) {
        super(message, sql, parameters, cause);
    }
}
