package dev.cairn.web.forms;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalQuery;
import java.util.List;

/** Parsing with a list of formats, the first that reads the whole input winning, as Django's input_formats do. */
final class DateFormats {
    private DateFormats() {}

    /**
     * A strict formatter for a pattern such as {@code dd/MM/yyyy}: 2024-02-30 is refused, not moved to the 29th.
     * The era defaults to AD so that {@code yyyy}, the pattern people write, works under strict resolving.
     *
     * @throws IllegalArgumentException if the pattern is not a valid {@link DateTimeFormatter} pattern
     */
    static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().appendPattern(pattern)
                .parseDefaulting(ChronoField.ERA, 1)
                .toFormatter()
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** The value read by the first format that fits, or null when none does. */
    static <T> T parse(String text, List<DateTimeFormatter> formats, TemporalQuery<T> query) {
        for (DateTimeFormatter format : formats) {
            try {
                return format.parse(text, query);
            } catch (DateTimeParseException e) {
                // Try the next format: the text failing one of several formats is expected.
            }
        }
        return null;
    }
}
