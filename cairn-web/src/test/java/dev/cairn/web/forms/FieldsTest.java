package dev.cairn.web.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The defaults every field starts with, whichever factory made it. */
class FieldsTest {
    static Stream<BaseField<?, ?>> everyFieldType() {
        return Stream.of(Fields.text("user_name"), Fields.textarea("user_name"), Fields.password("user_name"),
                Fields.email("user_name"), Fields.url("user_name"), Fields.integer("user_name"),
                Fields.decimal("user_name"), Fields.bool("user_name"), Fields.choice("user_name"),
                Fields.multipleChoice("user_name"), Fields.date("user_name"), Fields.dateTime("user_name"),
                Fields.file("user_name"));
    }

    @ParameterizedTest
    @MethodSource("everyFieldType")
    void fieldStartsRequiredLabelledAndBlank(BaseField<?, ?> field) {
        assertEquals("user_name", field.name());
        assertEquals("User name", field.label());
        assertEquals("", field.helpText());
        assertTrue(field.required());
        assertNull(field.initial());
    }

    @ParameterizedTest
    @MethodSource("everyFieldType")
    void settersReturnTheSameField(BaseField<?, ?> field) {
        assertEquals(field, field.label("L").helpText("H").optional().required(true));
        assertEquals("L", field.label());
        assertEquals("H", field.helpText());
    }

    @Test
    void emailAndUrlCarryTheirLengthLimits() {
        assertEquals(320, Fields.email("e").maxLength());
        assertEquals(2048, Fields.url("u").maxLength());
        assertNull(Fields.text("t").maxLength());
    }

    @Test
    void passwordKeepsItsSpaces() {
        assertEquals("  two spaces  ", Fields.password("p").clean(FieldInput.of("  two spaces  ")));
    }
}
