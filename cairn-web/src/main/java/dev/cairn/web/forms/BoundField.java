package dev.cairn.web.forms;

import java.util.List;

/**
 * A field as a template draws it: what it is, what it shows and what went wrong, as plain values.
 *
 * <p>
 * For a bound form the values are what the user typed, exactly, so a form with errors shows the user's input back
 * (Django's redisplay); for an unbound form they are the formatted initial value. A password and a file are never
 * shown back. Every string is plain text: a template must escape it, as {@link Form#asHtml()} does.
 *
 * @param name     the HTML {@code name}
 * @param id       the HTML {@code id}, {@code id_<name>}, which the label's {@code for} points at
 * @param label    the label text
 * @param helpText help shown under the input, or empty
 * @param widget   how to draw the input
 * @param required whether the field must be filled in
 * @param values   the values to show, in order (several for a multiple select)
 * @param errors   the field's error messages
 * @param options  a select's options, with the shown values selected; empty for other widgets
 */
public record BoundField(String name, String id, String label, String helpText, Widget widget, boolean required,
        List<String> values, List<String> errors, List<Option> options) {
    /** Copies the lists. */
    public BoundField {
        values = List.copyOf(values);
        errors = List.copyOf(errors);
        options = List.copyOf(options);
    }

    /**
     * One option of a select.
     *
     * @param value    the submitted value
     * @param label    the shown label
     * @param selected whether the form shows it selected
     */
    public record Option(String value, String label, boolean selected) {}

    static BoundField of(Field<?> field, List<String> values, List<String> errors) {
        List<String> shown = field.widget() == Widget.PASSWORD || field.widget() == Widget.FILE ? List.of() : values;
        List<Option> options = field.choices()
                .stream()
                .map(c -> new Option(c.value(), c.label(), shown.contains(c.value())))
                .toList();
        return new BoundField(field.name(), "id_" + field.name(), field.label(), field.helpText(), field.widget(),
                field.required(), shown, errors, options);
    }

    /** The first value to show, or the empty string: the {@code value} attribute of an input. */
    public String value() {
        return values.isEmpty() ? "" : values.getFirst();
    }

    /** The HTML input type or element, such as {@code email} or {@code select multiple}. */
    public String type() {
        return widget.type();
    }

    /** Whether a checkbox shows checked. */
    public boolean checked() {
        return BooleanField.isChecked(values);
    }

    /**
     * Whether the field has errors to show. Not named {@code hasErrors}: Pebble resolves {@code field.errors} to a
     * {@code hasErrors()} method before the {@code errors()} accessor, and templates iterate the errors.
     */
    public boolean invalid() {
        return !errors.isEmpty();
    }
}
