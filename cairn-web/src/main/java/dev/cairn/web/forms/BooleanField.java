package dev.cairn.web.forms;

import java.util.List;
import java.util.Set;

/**
 * A checkbox as a {@code Boolean}. A browser sends nothing for an unchecked box, so absence is false, as are "false",
 * "0" and "off"; anything else is true. Required means the box must be checked (an "I agree" box); a box that may
 * stay unchecked is {@link #optional()}.
 */
public final class BooleanField extends BaseField<Boolean, BooleanField> {
    private static final Set<String> FALSE = Set.of("", "false", "False", "0", "off");

    BooleanField(String name) {
        super(name, Widget.CHECKBOX);
    }

    /** Whether a submitted checkbox value means checked. */
    static boolean isChecked(List<String> values) {
        return !values.isEmpty() && !FALSE.contains(values.getFirst());
    }

    @Override
    protected Boolean convert(FieldInput input) {
        return isChecked(input.values());
    }

    /** An unchecked box is empty, so a required box must be checked. */
    @Override
    protected boolean isEmpty(Boolean value) {
        return value == null || !value;
    }

    /** "on", which is what a browser sends for a checked box without a value attribute; nothing for false. */
    @Override
    public List<String> format(Boolean value) {
        return Boolean.TRUE.equals(value) ? List.of("on") : List.of();
    }
}
