package dev.cairn.web.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One value from a list of choices, drawn as a {@code <select>}; the empty string when nothing was chosen. A value
 * not offered gets "Select a valid choice. X is not one of the available choices."
 */
public final class ChoiceField extends BaseField<String, ChoiceField> {
    private final List<Choice> choices = new ArrayList<>();

    ChoiceField(String name) {
        super(name, Widget.SELECT);
    }

    /** Adds a choice with this value and label. */
    public ChoiceField choice(String value, String label) {
        choices.add(new Choice(value, label));
        return this;
    }

    /** Adds these choices, in order. */
    public ChoiceField choices(Collection<Choice> more) {
        choices.addAll(more);
        return this;
    }

    @Override
    public List<Choice> choices() {
        return List.copyOf(choices);
    }

    @Override
    protected String convert(FieldInput input) {
        return input.first();
    }

    @Override
    protected List<Validator<? super String>> builtIns() {
        return List.of(Validators.oneOf(choices.stream().map(Choice::value).toList()));
    }
}
