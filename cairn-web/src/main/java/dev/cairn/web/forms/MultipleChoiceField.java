package dev.cairn.web.forms;

import java.util.List;

/**
 * Any number of values from a list of choices, drawn as a {@code <select multiple>}: every value submitted under the
 * name, in order ({@code tag=a&tag=b}). Empty when none was chosen; the first value not offered gets "Select a valid
 * choice. X is not one of the available choices."
 */
public final class MultipleChoiceField extends ChoicesBase<List<String>, MultipleChoiceField> {

    MultipleChoiceField(String name) {
        super(name, Widget.SELECT_MULTIPLE);
    }

    @Override
    protected List<String> convert(FieldInput input) {
        return input.values();
    }

    @Override
    protected List<Validator<? super List<String>>> builtIns() {
        Validator<String> oneOf = oneOfChoices();
        return List.of(values -> values.forEach(oneOf::validate));
    }

    @Override
    public List<String> format(List<String> value) {
        return value == null ? List.of() : value;
    }
}
