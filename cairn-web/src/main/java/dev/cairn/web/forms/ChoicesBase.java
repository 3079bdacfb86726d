package dev.cairn.web.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What {@link ChoiceField} and {@link MultipleChoiceField} share: the offered choices, added in order, and the
 * validator that refuses a value not among them.
 *
 * @param <T> the cleaned value: one choice's value, or a list of them
 * @param <F> the concrete field, returned by the fluent setters
 */
public abstract sealed class ChoicesBase<T, F extends ChoicesBase<T, F>> extends BaseField<T, F>
        permits ChoiceField, MultipleChoiceField {
    private final List<Choice> choices = new ArrayList<>();

    ChoicesBase(String name, Widget widget) {
        super(name, widget);
    }

    /** Adds a choice with this value and label. */
    public F choice(String value, String label) {
        choices.add(new Choice(value, label));
        return self();
    }

    /** Adds these choices, in order. */
    public F choices(Collection<Choice> more) {
        choices.addAll(more);
        return self();
    }

    @Override
    public List<Choice> choices() {
        return List.copyOf(choices);
    }

    /** Refuses a value that is not one of the choices' values, with Django's message. */
    Validator<String> oneOfChoices() {
        return Validators.oneOf(choices.stream().map(Choice::value).toList());
    }
}
