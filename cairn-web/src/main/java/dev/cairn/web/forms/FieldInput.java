package dev.cairn.web.forms;

import dev.cairn.http.Part;
import java.util.List;

/**
 * What a browser submitted under one field's name: every string value in order, and every uploaded file.
 *
 * @param values the form or query values, possibly empty
 * @param files  the uploaded files, possibly empty
 */
public record FieldInput(List<String> values, List<Part> files) {
    /** Copies both lists, so the input cannot change after it is handed to a field. */
    public FieldInput {
        values = List.copyOf(values);
        files = List.copyOf(files);
    }

    /** Input of these string values and no files: {@code FieldInput.of("42")}. */
    public static FieldInput of(String... values) {
        return new FieldInput(List.of(values), List.of());
    }

    /** The first value, or the empty string when none was sent (an unchecked box, a missing field). */
    public String first() {
        return values.isEmpty() ? "" : values.getFirst();
    }
}
