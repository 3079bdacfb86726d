package dev.cairn.web.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.http.Params;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Required, optional and empty, for every field type: what counts as empty, the message when a required field is,
 * and the empty value an optional one cleans to.
 */
class RequiredTest {
    /** A fresh field of each type, what an empty submission looks like for it, and its empty value. */
    static Stream<Arguments> fieldTypes() {
        return Stream.of(
                type("text", () -> Fields.text("f"), List.of(""), ""),
                type("text of spaces", () -> Fields.text("f"), List.of("   "), ""),
                type("textarea", () -> Fields.textarea("f"), List.of("\n\n"), ""),
                type("password", () -> Fields.password("f"), List.of(""), ""),
                type("email", () -> Fields.email("f"), List.of(" "), ""),
                type("url", () -> Fields.url("f"), List.of(""), ""),
                type("integer", () -> Fields.integer("f"), List.of(" "), null),
                type("decimal", () -> Fields.decimal("f"), List.of(""), null),
                type("checkbox", () -> Fields.bool("f"), List.of(), false),
                type("choice", () -> Fields.choice("f").choice("a", "A"), List.of(""), ""),
                type("multiple choice", () -> Fields.multipleChoice("f").choice("a", "A"), List.of(), List.of()),
                type("date", () -> Fields.date("f"), List.of(""), null),
                type("datetime", () -> Fields.dateTime("f"), List.of(""), null),
                type("file", () -> Fields.file("f"), List.of(), null));
    }

    private static Arguments type(String type, Supplier<BaseField<?, ?>> field, List<String> empty,
            Object emptyValue) {
        return Arguments.of(type, field, empty, emptyValue);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldTypes")
    void requiredFieldLeftEmptyIsAnError(String type, Supplier<BaseField<?, ?>> field, List<String> empty,
            Object emptyValue) {
        BaseField<?, ?> required = field.get();
        assertTrue(required.required());
        ValidationException e = assertThrows(ValidationException.class,
                () -> required.clean(new FieldInput(empty, List.of())));
        assertEquals(List.of("This field is required."), e.messages());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldTypes")
    void optionalFieldLeftEmptyCleansToItsEmptyValue(String type, Supplier<BaseField<?, ?>> field,
            List<String> empty, Object emptyValue) {
        BaseField<?, ?> optional = field.get().optional();
        assertEquals(emptyValue, optional.clean(new FieldInput(empty, List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldTypes")
    void requiredFieldMissingFromTheSubmissionIsAnError(String type, Supplier<BaseField<?, ?>> field,
            List<String> empty, Object emptyValue) {
        BaseField<?, ?> required = field.get();
        Form form = Form.of(required).bind(Params.empty());
        assertEquals(Map.of("f", List.of("This field is required.")), form.errors());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldTypes")
    void optionalFieldMissingFromTheSubmissionIsValid(String type, Supplier<BaseField<?, ?>> field,
            List<String> empty, Object emptyValue) {
        BaseField<?, ?> optional = field.get().required(false);
        Form form = Form.of(optional).bind(Params.empty());
        assertTrue(form.isValid(), () -> form.errors().toString());
        assertEquals(emptyValue, form.cleaned(optional));
    }
}
