package dev.cairn.contrib.forms;

import dev.cairn.web.forms.BaseField;
import dev.cairn.web.forms.FieldInput;
import dev.cairn.web.forms.ValidationException;
import dev.cairn.web.forms.Widget;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A time of day as a {@link LocalTime}: {@code HH:mm}, which a {@code time} input sends, or {@code HH:mm:ss[.f]}.
 * Null when empty; "Enter a valid time." otherwise. The framework's forms have no time field yet; a model's
 * {@code LocalTime} needs one.
 */
public final class TimeField extends BaseField<LocalTime, TimeField> {

    static final String INVALID = "Enter a valid time.";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SHOWN_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** A required time submitted under {@code name}. */
    public TimeField(String name) {
        super(name, Widget.TEXT);
    }

    @Override
    protected LocalTime convert(FieldInput input) {
        String text = input.first().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
        } catch (DateTimeParseException e) {
            throw new ValidationException(INVALID);
        }
    }

    /** {@code HH:mm}, with seconds only when there are some (and their fraction only when there is one). */
    @Override
    public List<String> format(LocalTime value) {
        if (value == null) {
            return List.of();
        }
        if (value.getNano() != 0) {
            return List.of(value.toString());
        }
        return List.of((value.getSecond() == 0 ? SHOWN : SHOWN_SECONDS).format(value));
    }
}
