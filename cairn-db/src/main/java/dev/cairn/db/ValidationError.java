package dev.cairn.db;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's values break its declaration: every problem by field name ({@code __all__} for the model as a
 * whole), as forms show them.
 */
public class ValidationError extends RuntimeException {

    private final Map<String, List<String>> errors;

    /** Errors by field. */
    public ValidationError(Map<String, List<String>> errors) {
        super(errors.toString());
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** One error about the whole model. */
    public ValidationError(String message) {
        this(Map.of("__all__", List.of(message)));
    }

    /** The errors by field name. */
    public Map<String, List<String>> errors() {
        return errors;
    }
}
