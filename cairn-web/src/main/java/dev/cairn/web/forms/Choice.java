package dev.cairn.web.forms;

import java.util.Objects;

/**
 * One option of a choice field: the value submitted and the label shown.
 *
 * @param value what the browser sends when the option is selected
 * @param label what the user reads
 */
public record Choice(String value, String label) {
    /** Checks that neither part is null. */
    public Choice {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }

    /** A choice whose label is its value. */
    public static Choice of(String value) {
        return new Choice(value, value);
    }
}
