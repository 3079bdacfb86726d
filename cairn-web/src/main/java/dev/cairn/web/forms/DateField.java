package dev.cairn.web.forms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A date as a {@link LocalDate}: ISO {@code yyyy-MM-dd}, which the {@code date} input sends, and any formats added
 * with {@link #inputFormats(String...)}. Null when empty; "Enter a valid date." otherwise.
 */
public final class DateField extends BaseField<LocalDate, DateField> {
    static final String INVALID = "Enter a valid date.";

    private final List<DateTimeFormatter> formats = new ArrayList<>(List.of(DateTimeFormatter.ISO_LOCAL_DATE));

    DateField(String name) {
        super(name, Widget.DATE);
    }

    /**
     * Also accepts these {@link DateTimeFormatter} patterns, tried in order after ISO: {@code "dd/MM/yyyy"}.
     *
     * @throws IllegalArgumentException if a pattern is invalid
     */
    public DateField inputFormats(String... patterns) {
        for (String pattern : patterns) {
            formats.add(DateFormats.strict(pattern));
        }
        return this;
    }

    @Override
    protected LocalDate convert(FieldInput input) {
        String text = input.first().strip();
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = DateFormats.parse(text, formats, LocalDate::from);
        if (date == null) {
            throw new ValidationException(INVALID);
        }
        return date;
    }
}
