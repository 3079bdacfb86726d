package dev.cairn.web.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The configuration and the cleaning steps every field type shares; a field type supplies {@link #convert} and its
 * built-in checks.
 *
 * <p>
 * Cleaning runs in three steps, as Django's does: {@link #convert} turns the submitted strings into a value (or throws
 * "Enter a whole number." and the like); an empty value is then an error only when the field is {@link #required()};
 * a non-empty value goes through the type's built-in validators and then the ones added with
 * {@link #validate(Validator)}, and every message from every failing validator is reported together.
 *
 * <p>
 * The fluent setters return the concrete field type, so {@code Fields.text("title").optional().maxLength(100)}
 * compiles in any order. Configure a field before it is used; after that, it may be shared between threads.
 *
 * @param <T> the type of the cleaned value
 * @param <F> the concrete field type, returned by the fluent setters
 */
public abstract class BaseField<T, F extends BaseField<T, F>> implements Field<T> {
    /** Django's message for an empty required field. */
    public static final String REQUIRED = "This field is required.";

    private final String name;
    private final List<Validator<? super T>> validators = new ArrayList<>();
    private String label;
    private String helpText = "";
    private boolean required = true;
    private T initial;
    private Widget widget;

    /**
     * Creates a required field with a label made from its name.
     *
     * @throws IllegalArgumentException if the name is empty
     */
    protected BaseField(String name, Widget widget) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("A field needs a non-empty name, the HTML name it is submitted under");
        }
        this.name = name;
        this.widget = Objects.requireNonNull(widget, "widget");
        this.label = labelFor(name);
    }

    /** "first_name" and "first-name" become "First name", as Django makes labels from attribute names. */
    static String labelFor(String name) {
        String words = name.replace('_', ' ').replace('-', ' ').strip();
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Sets the label shown to the user. */
    public F label(String label) {
        this.label = Objects.requireNonNull(label, "label");
        return self();
    }

    /** Sets the help text shown under the input. */
    public F helpText(String helpText) {
        this.helpText = Objects.requireNonNull(helpText, "helpText");
        return self();
    }

    /** Sets whether an empty submission is an error; fields are required unless told otherwise. */
    public F required(boolean required) {
        this.required = required;
        return self();
    }

    /** Makes an empty submission acceptable: the same as {@code required(false)}. */
    public F optional() {
        return required(false);
    }

    /** Sets the value an unbound form shows; a form's own initial value for the field takes precedence. */
    public F initial(T initial) {
        this.initial = initial;
        return self();
    }

    /** Draws the input with another widget, such as {@link Widget#TEXTAREA} or {@link Widget#PASSWORD}. */
    public F widget(Widget widget) {
        this.widget = Objects.requireNonNull(widget, "widget");
        return self();
    }

    /** Adds a check run on every non-empty cleaned value, after the type's own checks: Django's per-field clean. */
    public F validate(Validator<? super T> validator) {
        validators.add(Objects.requireNonNull(validator, "validator"));
        return self();
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String label() {
        return label;
    }

    @Override
    public final String helpText() {
        return helpText;
    }

    @Override
    public final boolean required() {
        return required;
    }

    @Override
    public final T initial() {
        return initial;
    }

    @Override
    public final Widget widget() {
        return widget;
    }

    @Override
    public final T clean(FieldInput input) {
        T value = convert(input);
        if (isEmpty(value)) {
            if (required) {
                throw new ValidationException(REQUIRED);
            }
            return value;
        }
        List<String> messages = new ArrayList<>();
        List<Validator<? super T>> all = new ArrayList<>(builtIns());
        all.addAll(validators);
        for (Validator<? super T> validator : all) {
            try {
                validator.validate(value);
            } catch (ValidationException e) {
                messages.addAll(e.messages());
            }
        }
        if (!messages.isEmpty()) {
            throw new ValidationException(messages);
        }
        return value;
    }

    /** The value as its string: subclasses whose inputs expect another format override this. */
    @Override
    public List<String> format(T value) {
        return value == null ? List.of() : List.of(value.toString());
    }

    /**
     * Turns the submitted input into a value, the type's empty value when nothing was sent.
     *
     * @throws ValidationException when the input cannot be read as the type ("Enter a valid date.")
     */
    protected abstract T convert(FieldInput input);

    /** Whether a converted value counts as empty: null, an empty string or an empty collection. */
    protected boolean isEmpty(T value) {
        return value == null || value instanceof String s && s.isEmpty()
                || value instanceof Collection<?> c && c.isEmpty();
    }

    /** The type's own checks, made from its settings (maximum length, range, choices), run before added ones. */
    protected List<Validator<? super T>> builtIns() {
        return List.of();
    }

    /** This field as its concrete type, for the fluent setters. */
    @SuppressWarnings("unchecked")
    protected final F self() {
        return (F) this;
    }
}
