package dev.cairn.web.forms;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reusable validators, each with a value it accepts or the exact message it gives. */
class ValidatorsTest {
    /** A validator, a value, and the message expected, or null when the value is accepted. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Validators.minLength(2), "ab", null),
                Arguments.of(Validators.minLength(2), "a", "Ensure this value has at least 2 characters (it has 1)."),
                Arguments.of(Validators.minLength(1), "", "Ensure this value has at least 1 character (it has 0)."),
                Arguments.of(Validators.maxLength(2), "ab", null),
                Arguments.of(Validators.maxLength(2), "abc", "Ensure this value has at most 2 characters (it has 3)."),
                Arguments.of(Validators.maxLength(2), "\uD83D\uDE00\uD83D\uDE00", null),
                Arguments.of(Validators.min(5L), 5L, null),
                Arguments.of(Validators.min(5L), 4L, "Ensure this value is greater than or equal to 5."),
                Arguments.of(Validators.max(5L), 6L, "Ensure this value is less than or equal to 5."),
                Arguments.of(Validators.range(1, 3), 2, null),
                Arguments.of(Validators.range(1, 3), 0, "Ensure this value is greater than or equal to 1."),
                Arguments.of(Validators.range(1, 3), 4, "Ensure this value is less than or equal to 3."),
                Arguments.of(Validators.max(new BigDecimal("2.50")), new BigDecimal("2.5"), null),
                Arguments.of(Validators.min(new BigDecimal("1E+2")), BigDecimal.ONE,
                        "Ensure this value is greater than or equal to 100."),
                Arguments.of(Validators.max(LocalDate.of(2024, 12, 31)), LocalDate.of(2025, 1, 1),
                        "Ensure this value is less than or equal to 2024-12-31."),
                Arguments.of(Validators.regex("\\d"), "a1b", null),
                Arguments.of(Validators.regex("^\\d+$"), "a1b", "Enter a valid value."),
                Arguments.of(Validators.regex(Pattern.compile("^[A-Z]{2}$"), "Enter a country code."), "fr",
                        "Enter a country code."),
                Arguments.of(Validators.oneOf(List.of("a", "b")), "a", null),
                Arguments.of(Validators.oneOf(List.of("a", "b")), "c",
                        "Select a valid choice. c is not one of the available choices."),
                Arguments.of(Validators.email(), "ada@example.com", null),
                Arguments.of(Validators.email(), "ada@", "Enter a valid email address."),
                Arguments.of(Validators.url(), "https://example.com", null),
                Arguments.of(Validators.url(), "ftp://example.com", "Enter a valid URL."),
                Arguments.of(Validators.that((String s) -> s.equals(s.toLowerCase()), "Use lower case."), "Ab",
                        "Use lower case."));
    }

    @ParameterizedTest
    @MethodSource("cases")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void validatorAcceptsOrExplains(Validator validator, Object value, String message) {
        if (message == null) {
            assertDoesNotThrow(() -> validator.validate(value));
        } else {
            assertEquals(List.of(message),
                    assertThrows(ValidationException.class, () -> validator.validate(value)).messages());
        }
    }

    @Test
    void exceptionNeedsAMessage() {
        assertThrows(IllegalArgumentException.class, () -> new ValidationException(List.of()));
    }

    @Test
    void exceptionKeepsEveryMessageInOrder() {
        ValidationException e = new ValidationException(List.of("One.", "Two."));
        assertEquals(List.of("One.", "Two."), e.messages());
        assertEquals("One. Two.", e.getMessage());
        assertEquals(0, e.getStackTrace().length);
    }

    @Test
    void fieldInputFirstIsEmptyWhenNothingWasSent() {
        assertEquals("", FieldInput.of().first());
        assertEquals("a", FieldInput.of("a", "b").first());
    }

    @Test
    void choiceOfUsesTheValueAsLabel() {
        assertEquals(new Choice("x", "x"), Choice.of("x"));
    }
}
