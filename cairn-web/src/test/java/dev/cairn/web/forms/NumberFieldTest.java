package dev.cairn.web.forms;

import static dev.cairn.web.forms.Cleaning.assertRefused;
import static dev.cairn.web.forms.Cleaning.clean;
import static dev.cairn.web.forms.Cleaning.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Integer and decimal fields: parsing, limits and Django's messages. */
class NumberFieldTest {
    static Stream<Arguments> acceptedIntegers() {
        return Stream.of(
                Arguments.of(Fields.integer("n"), "42", 42L),
                Arguments.of(Fields.integer("n"), " -7 ", -7L),
                Arguments.of(Fields.integer("n"), "+5", 5L),
                Arguments.of(Fields.integer("n"), "3.0", 3L),
                Arguments.of(Fields.integer("n"), "3.", 3L),
                Arguments.of(Fields.integer("n"), "0", 0L),
                Arguments.of(Fields.integer("n"), "9223372036854775807", Long.MAX_VALUE),
                Arguments.of(Fields.integer("n").min(1).max(10), "1", 1L),
                Arguments.of(Fields.integer("n").min(1).max(10), "10", 10L));
    }

    @ParameterizedTest
    @MethodSource
    void acceptedIntegers(Field<Long> field, String input, Long expected) {
        assertEquals(expected, clean(field, input));
    }

    static Stream<Arguments> refusedIntegers() {
        return Stream.of(
                Arguments.of(Fields.integer("n"), "", "This field is required."),
                Arguments.of(Fields.integer("n"), "abc", "Enter a whole number."),
                Arguments.of(Fields.integer("n"), "3.5", "Enter a whole number."),
                Arguments.of(Fields.integer("n"), "1e3", "Enter a whole number."),
                Arguments.of(Fields.integer("n"), "1 000", "Enter a whole number."),
                Arguments.of(Fields.integer("n"), "9223372036854775808", "Enter a whole number."),
                Arguments.of(Fields.integer("n").min(1), "0", "Ensure this value is greater than or equal to 1."),
                Arguments.of(Fields.integer("n").max(10), "11", "Ensure this value is less than or equal to 10."),
                Arguments.of(Fields.integer("n").min(-5), "-6", "Ensure this value is greater than or equal to -5."));
    }

    @ParameterizedTest
    @MethodSource
    void refusedIntegers(Field<Long> field, String input, String message) {
        assertRefused(field, input, message);
    }

    @Test
    void emptyOptionalIntegerIsNull() {
        assertNull(clean(Fields.integer("n").optional(), "  "));
    }

    static Stream<Arguments> acceptedDecimals() {
        return Stream.of(
                Arguments.of(Fields.decimal("d"), "3.14", "3.14"),
                Arguments.of(Fields.decimal("d"), " -0.5 ", "-0.5"),
                Arguments.of(Fields.decimal("d"), ".5", "0.5"),
                Arguments.of(Fields.decimal("d"), "1e3", "1E+3"),
                Arguments.of(Fields.decimal("d").maxDigits(5).decimalPlaces(2), "999.99", "999.99"),
                Arguments.of(Fields.decimal("d").maxDigits(5).decimalPlaces(2), "0.01", "0.01"),
                Arguments.of(Fields.decimal("d").maxDigits(3), "-123", "-123"),
                Arguments.of(Fields.decimal("d").decimalPlaces(0), "42", "42"),
                Arguments.of(Fields.decimal("d").min(BigDecimal.ONE).max(BigDecimal.TEN), "10.00", "10.00"));
    }

    @ParameterizedTest
    @MethodSource
    void acceptedDecimals(Field<BigDecimal> field, String input, String expected) {
        assertEquals(new BigDecimal(expected), clean(field, input));
    }

    static Stream<Arguments> refusedDecimals() {
        return Stream.of(
                Arguments.of(Fields.decimal("d"), "", "This field is required."),
                Arguments.of(Fields.decimal("d"), "abc", "Enter a number."),
                Arguments.of(Fields.decimal("d"), "NaN", "Enter a number."),
                Arguments.of(Fields.decimal("d"), "Infinity", "Enter a number."),
                Arguments.of(Fields.decimal("d"), "1,5", "Enter a number."),
                Arguments.of(Fields.decimal("d"), "1e999999", "Enter a number."),
                Arguments.of(Fields.decimal("d").maxDigits(4), "12345",
                        "Ensure that there are no more than 4 digits in total."),
                Arguments.of(Fields.decimal("d").maxDigits(1), "12",
                        "Ensure that there are no more than 1 digit in total."),
                Arguments.of(Fields.decimal("d").maxDigits(2), "0.001",
                        "Ensure that there are no more than 2 digits in total."),
                Arguments.of(Fields.decimal("d").decimalPlaces(2), "1.234",
                        "Ensure that there are no more than 2 decimal places."),
                Arguments.of(Fields.decimal("d").decimalPlaces(1), "1.25",
                        "Ensure that there are no more than 1 decimal place."),
                Arguments.of(Fields.decimal("d").maxDigits(5).decimalPlaces(2), "1234.5",
                        "Ensure that there are no more than 3 digits before the decimal point."),
                Arguments.of(Fields.decimal("d").maxDigits(3), "1e3",
                        "Ensure that there are no more than 3 digits in total."),
                Arguments.of(Fields.decimal("d").min(new BigDecimal("0.5")), "0.4",
                        "Ensure this value is greater than or equal to 0.5."),
                Arguments.of(Fields.decimal("d").max(new BigDecimal("1E+3")), "1001",
                        "Ensure this value is less than or equal to 1000."));
    }

    @ParameterizedTest
    @MethodSource
    void refusedDecimals(Field<BigDecimal> field, String input, String message) {
        assertRefused(field, input, message);
    }

    @Test
    void decimalBreakingSeveralLimitsReportsEach() {
        DecimalField price = Fields.decimal("price").maxDigits(4).decimalPlaces(2).max(new BigDecimal("50"));
        assertEquals(List.of("Ensure that there are no more than 4 digits in total.",
                "Ensure this value is less than or equal to 50."), messages(price, "123.456"));
    }

    @Test
    void decimalIsFormattedWithoutExponent() {
        assertEquals(List.of("1000"), Fields.decimal("d").format(new BigDecimal("1E+3")));
    }

    @Test
    void emptyOptionalDecimalIsNull() {
        assertNull(clean(Fields.decimal("d").optional(), ""));
    }

    @Test
    void numbersUseTheNumberWidget() {
        assertEquals("number", Fields.integer("n").widget().type());
        assertEquals("number", Fields.decimal("d").widget().type());
    }
}
