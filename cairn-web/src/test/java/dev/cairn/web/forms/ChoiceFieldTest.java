package dev.cairn.web.forms;

import static dev.cairn.web.forms.Cleaning.assertRefused;
import static dev.cairn.web.forms.Cleaning.clean;
import static dev.cairn.web.forms.Cleaning.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checkboxes, selects and multiple selects. */
class ChoiceFieldTest {
    private static ChoiceField colour() {
        return Fields.choice("colour").choice("r", "Red").choice("g", "Green").choices(List.of(Choice.of("b")));
    }

    private static MultipleChoiceField tags() {
        return Fields.multipleChoice("tags").choice("java", "Java").choice("web", "Web").choice("db", "Databases");
    }

    static Stream<Arguments> booleans() {
        return Stream.of(
                Arguments.of(List.of("on"), true),
                Arguments.of(List.of("true"), true),
                Arguments.of(List.of("1"), true),
                Arguments.of(List.of("yes"), true),
                Arguments.of(List.of(), false),
                Arguments.of(List.of(""), false),
                Arguments.of(List.of("false"), false),
                Arguments.of(List.of("False"), false),
                Arguments.of(List.of("0"), false),
                Arguments.of(List.of("off"), false));
    }

    @ParameterizedTest
    @MethodSource
    void booleans(List<String> submitted, boolean expected) {
        assertEquals(expected, clean(Fields.bool("agree").optional(), submitted.toArray(String[]::new)));
    }

    @Test
    void requiredCheckboxMustBeChecked() {
        assertEquals(List.of("This field is required."), messages(Fields.bool("agree")));
        assertRefused(Fields.bool("agree"), "false", "This field is required.");
        assertEquals(true, clean(Fields.bool("agree"), "on"));
    }

    @Test
    void checkboxFormatsTrueAsOn() {
        assertEquals(List.of("on"), Fields.bool("b").format(true));
        assertEquals(List.of(), Fields.bool("b").format(false));
        assertEquals("checkbox", Fields.bool("b").widget().type());
    }

    static Stream<Arguments> acceptedChoices() {
        return Stream.of(Arguments.of("r"), Arguments.of("g"), Arguments.of("b"));
    }

    @ParameterizedTest
    @MethodSource
    void acceptedChoices(String value) {
        assertEquals(value, clean(colour(), value));
    }

    static Stream<Arguments> refusedChoices() {
        return Stream.of(
                Arguments.of("", "This field is required."),
                Arguments.of("x", "Select a valid choice. x is not one of the available choices."),
                Arguments.of("R", "Select a valid choice. R is not one of the available choices."),
                Arguments.of("Red", "Select a valid choice. Red is not one of the available choices."),
                Arguments.of("<b>", "Select a valid choice. <b> is not one of the available choices."));
    }

    @ParameterizedTest
    @MethodSource
    void refusedChoices(String value, String message) {
        assertRefused(colour(), value, message);
    }

    @Test
    void optionalChoiceAcceptsNothing() {
        assertEquals("", clean(colour().optional()));
    }

    @Test
    void choicesKeepTheirOrderAndLabels() {
        assertEquals(List.of(new Choice("r", "Red"), new Choice("g", "Green"), new Choice("b", "b")),
                colour().choices());
        assertEquals("select", colour().widget().type());
    }

    static Stream<Arguments> acceptedMultipleChoices() {
        return Stream.of(
                Arguments.of(List.of("java"), List.of("java")),
                Arguments.of(List.of("web", "java"), List.of("web", "java")),
                Arguments.of(List.of("java", "web", "db"), List.of("java", "web", "db")));
    }

    @ParameterizedTest
    @MethodSource
    void acceptedMultipleChoices(List<String> submitted, List<String> expected) {
        assertEquals(expected, clean(tags(), submitted.toArray(String[]::new)));
    }

    static Stream<Arguments> refusedMultipleChoices() {
        return Stream.of(
                Arguments.of(List.of(), "This field is required."),
                Arguments.of(List.of("java", "cobol"),
                        "Select a valid choice. cobol is not one of the available choices."),
                Arguments.of(List.of("x", "y"), "Select a valid choice. x is not one of the available choices."));
    }

    @ParameterizedTest
    @MethodSource
    void refusedMultipleChoices(List<String> submitted, String message) {
        assertEquals(List.of(message), messages(tags(), submitted.toArray(String[]::new)));
    }

    @Test
    void optionalMultipleChoiceAcceptsNothing() {
        assertEquals(List.of(), clean(tags().optional()));
        assertEquals("select multiple", tags().widget().type());
    }
}
