package dev.cairn.web.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.http.Params;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a template sees of each field: type, id, values shown, and choices selected. */
class BoundFieldTest {
    static Stream<Arguments> templateTypes() {
        return Stream.of(
                Arguments.of(Fields.text("a"), "text"),
                Arguments.of(Fields.textarea("a"), "textarea"),
                Arguments.of(Fields.password("a"), "password"),
                Arguments.of(Fields.email("a"), "email"),
                Arguments.of(Fields.url("a"), "url"),
                Arguments.of(Fields.integer("a"), "number"),
                Arguments.of(Fields.decimal("a"), "number"),
                Arguments.of(Fields.bool("a"), "checkbox"),
                Arguments.of(Fields.choice("a"), "select"),
                Arguments.of(Fields.multipleChoice("a"), "select multiple"),
                Arguments.of(Fields.date("a"), "date"),
                Arguments.of(Fields.dateTime("a"), "datetime-local"),
                Arguments.of(Fields.file("a"), "file"));
    }

    @ParameterizedTest
    @MethodSource
    void templateTypes(Field<?> field, String type) {
        BoundField bound = Form.of(field).bound(field);
        assertEquals(type, bound.type());
        assertEquals(field.widget(), bound.widget());
        assertEquals("a", bound.name());
        assertEquals("id_a", bound.id());
        assertEquals("A", bound.label());
    }

    /** A field with an initial value, and the strings its unbound input shows. */
    static Stream<Arguments> initialValuesAreFormatted() {
        return Stream.of(
                Arguments.of(Fields.text("f").initial("hello"), List.of("hello")),
                Arguments.of(Fields.integer("f").initial(42L), List.of("42")),
                Arguments.of(Fields.decimal("f").initial(new BigDecimal("12.50")), List.of("12.50")),
                Arguments.of(Fields.decimal("f").initial(new BigDecimal("5E+1")), List.of("50")),
                Arguments.of(Fields.bool("f").initial(true), List.of("on")),
                Arguments.of(Fields.bool("f").initial(false), List.of()),
                Arguments.of(Fields.choice("f").choice("x", "X").initial("x"), List.of("x")),
                Arguments.of(Fields.multipleChoice("f").choice("x", "X").choice("y", "Y").initial(List.of("y", "x")),
                        List.of("y", "x")),
                Arguments.of(Fields.date("f").initial(LocalDate.of(2025, 12, 24)), List.of("2025-12-24")),
                Arguments.of(Fields.dateTime("f").initial(LocalDateTime.of(2025, 12, 24, 18, 0)),
                        List.of("2025-12-24T18:00")),
                Arguments.of(Fields.password("f").initial("secret"), List.of()),
                Arguments.of(Fields.text("f"), List.of()));
    }

    @ParameterizedTest
    @MethodSource
    void initialValuesAreFormatted(Field<?> field, List<String> shown) {
        assertEquals(shown, Form.of(field).bound(field).values());
    }

    /** What the user sent, and what a bound form shows back: always exactly that, except secrets and files. */
    static Stream<Arguments> boundValuesAreShownAsTyped() {
        return Stream.of(
                Arguments.of(Fields.text("f"), List.of("  spaced  "), List.of("  spaced  ")),
                Arguments.of(Fields.integer("f"), List.of("4 2"), List.of("4 2")),
                Arguments.of(Fields.decimal("f"), List.of("1,5"), List.of("1,5")),
                Arguments.of(Fields.date("f"), List.of("31/02/2024"), List.of("31/02/2024")),
                Arguments.of(Fields.dateTime("f"), List.of("tomorrow"), List.of("tomorrow")),
                Arguments.of(Fields.email("f"), List.of("<b>@x"), List.of("<b>@x")),
                Arguments.of(Fields.multipleChoice("f").choice("a", "A"), List.of("a", "b"), List.of("a", "b")),
                Arguments.of(Fields.password("f"), List.of("hunter2"), List.of()),
                Arguments.of(Fields.file("f"), List.of("me.png"), List.of()));
    }

    @ParameterizedTest
    @MethodSource
    void boundValuesAreShownAsTyped(Field<?> field, List<String> sent, List<String> shown) {
        Params.Builder data = Params.builder();
        sent.forEach(value -> data.add(field.name(), value));
        Form form = Form.of(field).bind(data.build());
        assertEquals(shown, form.bound(field).values());
        assertEquals(shown.isEmpty() ? "" : shown.getFirst(), form.bound(field).value());
    }

    static Stream<Arguments> checkedStates() {
        return Stream.of(
                Arguments.of(List.of(), false),
                Arguments.of(List.of("on"), true),
                Arguments.of(List.of("1"), true),
                Arguments.of(List.of("0"), false),
                Arguments.of(List.of("false"), false),
                Arguments.of(List.of("off"), false));
    }

    @ParameterizedTest
    @MethodSource
    void checkedStates(List<String> values, boolean checked) {
        BoundField box = new BoundField("b", "id_b", "B", "", Widget.CHECKBOX, false, values, List.of(), List.of());
        assertEquals(checked, box.checked());
    }

    @Test
    void optionsMarkTheSelectedChoice() {
        ChoiceField size = Fields.choice("size").choice("s", "Small").choice("m", "Medium").choice("l", "Large");
        Form form = Form.of(size).bind(Params.of("size", "m"));
        assertEquals(List.of(new BoundField.Option("s", "Small", false), new BoundField.Option("m", "Medium", true),
                new BoundField.Option("l", "Large", false)), form.bound(size).options());
    }

    @Test
    void optionsAreEmptyForFieldsThatAreNotSelects() {
        TextField name = Fields.text("name");
        assertEquals(List.of(), Form.of(name).bound(name).options());
    }

    @Test
    void boundFieldListsAreImmutable() {
        TextField name = Fields.text("name");
        BoundField bound = Form.of(name).bind(Params.empty()).bound(name);
        assertThrows(UnsupportedOperationException.class, () -> bound.errors().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> bound.values().add("x"));
        assertTrue(bound.invalid());
    }

    @Test
    void helpTextAndRequiredAreShown() {
        IntegerField age = Fields.integer("age").optional().helpText("In years.").label("Your age");
        BoundField bound = Form.of(age).bound(age);
        assertEquals("In years.", bound.helpText());
        assertEquals("Your age", bound.label());
        assertFalse(bound.required());
        assertFalse(bound.invalid());
    }
}
