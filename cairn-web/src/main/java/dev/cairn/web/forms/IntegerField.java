package dev.cairn.web.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole number as a {@code Long}: "42", " 42 ", "-7", and "42.0" as Django accepts it; null when empty. Anything
 * else, and numbers beyond {@code long}, get "Enter a whole number."
 */
public final class IntegerField extends BaseField<Long, IntegerField> {
    static final String INVALID = "Enter a whole number.";

    private Long min;
    private Long max;

    IntegerField(String name) {
        super(name, Widget.NUMBER);
    }

    /** Requires at least this value: "Ensure this value is greater than or equal to 1." */
    public IntegerField min(long min) {
        this.min = min;
        return this;
    }

    /** Allows at most this value: "Ensure this value is less than or equal to 10." */
    public IntegerField max(long max) {
        this.max = max;
        return this;
    }

    @Override
    protected Long convert(FieldInput input) {
        String text = input.first().strip();
        if (text.isEmpty()) {
            return null;
        }
        // Django drops a fractional part of zeros, so a number widget's "3.0" is still 3.
        text = text.replaceFirst("\\.0*$", "");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ValidationException(INVALID);
        }
    }

    @Override
    protected List<Validator<? super Long>> builtIns() {
        List<Validator<? super Long>> checks = new ArrayList<>();
        if (min != null) {
            checks.add(Validators.min(min));
        }
        if (max != null) {
            checks.add(Validators.max(max));
        }
        return checks;
    }
}
