package dev.cairn.db;

import java.util.List;

/** A constraint refused the change (unique, foreign key, not null, check); {@link #constraint()} names it when the database said which. */
public class IntegrityError extends DatabaseException {

    private final String constraint;

    /** An integrity error; {@code constraint} may be null. */
    public IntegrityError(String message, String constraint, String sql, List<Object> parameters, Throwable cause) {
        super(message, sql, parameters, cause);
        this.constraint = constraint;
    }

    /** The constraint that refused the change, or null when the database did not name it. */
    public String constraint() {
        return constraint;
    }
}
