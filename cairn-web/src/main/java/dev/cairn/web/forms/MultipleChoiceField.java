package dev.cairn.web.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Any number of values from a list of choices, drawn as a {@code <select multiple>}: every value submitted under the
 * name, in order ({@code tag=a&tag=b}). Empty when none was chosen; the first value not offered gets "Select a valid
 * choice. X is not one of the available choices."
 */
public final class MultipleChoiceField extends BaseField<List<String>, MultipleChoiceField> {
    private final List<Choice> choices = new ArrayList<>();

    MultipleChoiceField(String name) {
        super(name, Widget.SELECT_MULTIPLE);
    }

    /** Adds a choice with this value and label. */
    public MultipleChoiceField choice(String value, String label) {
        choices.add(new Choice(value, label));
        return this;
    }

    /** Adds these choices, in order. */
    public MultipleChoiceField choices(Collection<Choice> more) {
        choices.addAll(more);
        return this;
    }

    @Override
    public List<Choice> choices() {
        return List.copyOf(choices);
    }

    @Override
    protected List<String> convert(FieldInput input) {
        return input.values();
    }

    @Override
    protected List<Validator<? super List<String>>> builtIns() {
        Validator<String> oneOf = Validators.oneOf(choices.stream().map(Choice::value).toList());
        return List.of(values -> values.forEach(oneOf::validate));
    }

    @Override
    public List<String> format(List<String> value) {
        return value == null ? List.of() : value;
    }
}
