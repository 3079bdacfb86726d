package dev.cairn.web.forms;

import java.util.List;

/**
 * One value from a list of choices, drawn as a {@code <select>}; the empty string when nothing was chosen. A value
 * not offered gets "Select a valid choice. X is not one of the available choices."
 */
public final class ChoiceField extends ChoicesBase<String, ChoiceField> {

    ChoiceField(String name) {
        super(name, Widget.SELECT);
    }

    @Override
    protected String convert(FieldInput input) {
        return input.first();
    }

    @Override
    protected List<Validator<? super String>> builtIns() {
        return List.of(oneOfChoices());
    }
}
