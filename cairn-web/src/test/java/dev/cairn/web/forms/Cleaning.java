package dev.cairn.web.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

/** Cleans one field directly, for the field tables. */
final class Cleaning {
    private Cleaning() {}

    /** The cleaned value of these submitted strings. */
    static <T> T clean(Field<T> field, String... values) {
        return field.clean(FieldInput.of(values));
    }

    /** The messages the field gives for these submitted strings; fails if it accepts them. */
    static List<String> messages(Field<?> field, String... values) {
        return assertThrows(ValidationException.class, () -> field.clean(FieldInput.of(values))).messages();
    }

    /** Checks that the field refuses the input with exactly this one message. */
    static void assertRefused(Field<?> field, String input, String message) {
        assertEquals(List.of(message), messages(field, input), () -> "input " + input);
    }
}
