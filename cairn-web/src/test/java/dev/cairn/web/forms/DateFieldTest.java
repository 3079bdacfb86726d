package dev.cairn.web.forms;

import static dev.cairn.web.forms.Cleaning.assertRefused;
import static dev.cairn.web.forms.Cleaning.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Date and date-time fields: the formats read, strictness, and how values are shown back. */
class DateFieldTest {
    static Stream<Arguments> acceptedDates() {
        return Stream.of(
                Arguments.of(Fields.date("d"), "2024-02-29", LocalDate.of(2024, 2, 29)),
                Arguments.of(Fields.date("d"), " 2024-01-05 ", LocalDate.of(2024, 1, 5)),
                Arguments.of(Fields.date("d").inputFormats("dd/MM/yyyy"), "05/01/2024", LocalDate.of(2024, 1, 5)),
                Arguments.of(Fields.date("d").inputFormats("dd/MM/yyyy"), "2024-01-05", LocalDate.of(2024, 1, 5)),
                Arguments.of(Fields.date("d").inputFormats("MM/dd/yy", "d MMM yyyy"), "3 Jan 2025",
                        LocalDate.of(2025, 1, 3)));
    }

    @ParameterizedTest
    @MethodSource
    void acceptedDates(Field<LocalDate> field, String input, LocalDate expected) {
        assertEquals(expected, clean(field, input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-02-30", "2024-13-01", "2024-1-5", "05/01/2024", "yesterday",
            "2024-01-05T10:00", "20240105"})
    void invalidDateIsRefused(String input) {
        assertRefused(Fields.date("d"), input, "Enter a valid date.");
    }

    @Test
    void addedFormatIsStrictToo() {
        assertRefused(Fields.date("d").inputFormats("dd/MM/yyyy"), "31/04/2024", "Enter a valid date.");
    }

    @Test
    void badPatternIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> Fields.date("d").inputFormats("qqqqqqq{"));
    }

    @Test
    void emptyDate() {
        assertRefused(Fields.date("d"), "", "This field is required.");
        assertNull(clean(Fields.date("d").optional(), ""));
    }

    static Stream<Arguments> acceptedDateTimes() {
        return Stream.of(
                Arguments.of(Fields.dateTime("t"), "2024-03-01T09:30", LocalDateTime.of(2024, 3, 1, 9, 30)),
                Arguments.of(Fields.dateTime("t"), "2024-03-01T09:30:15", LocalDateTime.of(2024, 3, 1, 9, 30, 15)),
                Arguments.of(Fields.dateTime("t"), "2024-03-01 09:30", LocalDateTime.of(2024, 3, 1, 9, 30)),
                Arguments.of(Fields.dateTime("t"), "2024-03-01 09:30:15", LocalDateTime.of(2024, 3, 1, 9, 30, 15)),
                Arguments.of(Fields.dateTime("t"), "2024-03-01", LocalDateTime.of(2024, 3, 1, 0, 0)),
                Arguments.of(Fields.dateTime("t"), " 2024-03-01T23:59 ", LocalDateTime.of(2024, 3, 1, 23, 59)),
                Arguments.of(Fields.dateTime("t").inputFormats("dd/MM/yyyy HH:mm"), "01/03/2024 09:30",
                        LocalDateTime.of(2024, 3, 1, 9, 30)));
    }

    @ParameterizedTest
    @MethodSource
    void acceptedDateTimes(Field<LocalDateTime> field, String input, LocalDateTime expected) {
        assertEquals(expected, clean(field, input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-01T24:00", "2024-03-01T09:60", "2024-02-30T10:00", "2024-03-01 9:30",
            "2024-03-01T", "noon", "09:30"})
    void invalidDateTimeIsRefused(String input) {
        assertRefused(Fields.dateTime("t"), input, "Enter a valid date/time.");
    }

    @Test
    void emptyDateTime() {
        assertRefused(Fields.dateTime("t"), " ", "This field is required.");
        assertNull(clean(Fields.dateTime("t").optional(), ""));
    }

    @Test
    void valuesAreShownInTheFormatTheInputsSend() {
        assertEquals(List.of("2024-01-05"), Fields.date("d").format(LocalDate.of(2024, 1, 5)));
        assertEquals(List.of("2024-03-01T09:30"), Fields.dateTime("t").format(LocalDateTime.of(2024, 3, 1, 9, 30)));
        assertEquals(List.of("2024-03-01T09:30:15"),
                Fields.dateTime("t").format(LocalDateTime.of(2024, 3, 1, 9, 30, 15)));
        assertEquals("date", Fields.date("d").widget().type());
        assertEquals("datetime-local", Fields.dateTime("t").widget().type());
    }
}
