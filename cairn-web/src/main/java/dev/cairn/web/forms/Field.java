package dev.cairn.web.forms;

import java.util.List;

/**
 * One declared input of a {@link Form}: its name, how it is shown, and how the strings or files a browser submitted
 * become a typed value.
 *
 * <p>
 * A field is also the typed key of its cleaned value: {@code String title = form.cleaned(titleField)}. Fields hold
 * configuration only, never a submission, so one field may serve many bound forms once it is configured. The field
 * types are built by {@link Fields} and configured through {@link BaseField}'s fluent methods.
 *
 * @param <T> the type of the cleaned value
 */
public interface Field<T> {
    /** The HTML {@code name} under which the browser submits the field. */
    String name();

    /** The human label, by default made from the name: {@code first_name} becomes "First name". */
    String label();

    /** Text shown under the input to help the user; empty when there is none. */
    String helpText();

    /** Whether an empty submission is an error ("This field is required."). */
    boolean required();

    /** The value an unbound form shows, or null. */
    T initial();

    /** How a template draws the input. */
    Widget widget();

    /**
     * Turns the submitted input into the cleaned value, or throws with every message that applies.
     *
     * @throws ValidationException when the input is invalid; its messages are plain text, never HTML
     */
    T clean(FieldInput input);

    /** The strings an input shows for a typed value (the inverse of {@link #clean}), used for initial values. */
    List<String> format(T value);

    /** The choices a select offers, in order; empty for fields that are not selects. */
    default List<Choice> choices() {
        return List.of();
    }
}
