package dev.cairn.db;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Turns the current row of a result into a value; called once per row, the cursor already on the row.
 *
 * @param <T> what a row becomes
 */
@FunctionalInterface
public interface RowMapper<T> {

    /** The value of the row the cursor is on; it must not move the cursor. */
    T map(ResultSet rows) throws SQLException;
}
