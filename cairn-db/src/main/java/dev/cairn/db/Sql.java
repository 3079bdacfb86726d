package dev.cairn.db;

import java.util.List;

/**
 * A statement and its parameters, as the ORM will send them: what {@code queryset.sql()} shows without running
 * anything, and what the journey records for each statement that ran.
 *
 * @param text       the SQL, with {@code ?} for each parameter
 * @param parameters the values, in order, as the driver will bind them
 */
public record Sql(String text, List<Object> parameters) {

    /** Copies the parameters. */
    public Sql {
        parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
    }

    @Override
    public String toString() {
        return text + (parameters.isEmpty() ? "" : " -- " + parameters);
    }
}
