package dev.cairn.web.forms;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;

/**
 * A date and time as a {@link LocalDateTime}: ISO {@code yyyy-MM-ddTHH:mm[:ss]}, which the {@code datetime-local}
 * input sends; {@code yyyy-MM-dd HH:mm[:ss]}; a bare {@code yyyy-MM-dd} as midnight, as Django accepts; and any
 * formats added with {@link #inputFormats(String...)}. Null when empty; "Enter a valid date/time." otherwise.
 */
public final class DateTimeField extends BaseField<LocalDateTime, DateTimeField> {
    static final String INVALID = "Enter a valid date/time.";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SHOWN_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final List<DateTimeFormatter> formats = new ArrayList<>(List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateFormats.strict("uuuu-MM-dd HH:mm[:ss]"),
            new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE)
                    .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
                    .toFormatter()));

    DateTimeField(String name) {
        super(name, Widget.DATETIME_LOCAL);
    }

    /**
     * Also accepts these {@link DateTimeFormatter} patterns, tried in order after the built-in ones.
     *
     * @throws IllegalArgumentException if a pattern is invalid
     */
    public DateTimeField inputFormats(String... patterns) {
        for (String pattern : patterns) {
            formats.add(DateFormats.strict(pattern));
        }
        return this;
    }

    @Override
    protected LocalDateTime convert(FieldInput input) {
        String text = input.first().strip();
        if (text.isEmpty()) {
            return null;
        }
        LocalDateTime dateTime = DateFormats.parse(text, formats, LocalDateTime::from);
        if (dateTime == null) {
            throw new ValidationException(INVALID);
        }
        return dateTime;
    }

    /** The {@code datetime-local} format, with seconds only when there are some. */
    @Override
    public List<String> format(LocalDateTime value) {
        if (value == null) {
            return List.of();
        }
        return List.of((value.getSecond() == 0 ? SHOWN : SHOWN_SECONDS).format(value));
    }
}
