package dev.cairn.web.forms;

import dev.cairn.http.Params;
import dev.cairn.http.Part;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Django form: declared fields in order, bound to submitted data, validated, and redisplayed with its errors.
 *
 * <p>
 * Declare fields as instance fields of a subclass, each passed through {@link #field(Field)}; their order is the
 * form's order. Override {@link #clean()} for checks across fields:
 *
 * <pre>{@code
 * final class SignupForm extends Form {
 *     final TextField email = field(Fields.email("email"));
 *     final TextField password = field(Fields.password("password").minLength(8));
 *     final TextField confirm = field(Fields.password("confirm"));
 *
 *     protected void clean() {
 *         String p = cleaned().get(password);
 *         if (p != null && !p.equals(cleaned().get(confirm))) {
 *             addError(confirm, "The two passwords differ.");
 *         }
 *     }
 * }
 *
 * SignupForm form = new SignupForm();
 * form.bind(fields, files); // the request body's Params and multipart Parts by name
 * if (form.isValid()) {
 *     createUser(form.cleaned(form.email), form.cleaned(form.password));
 * }
 * }</pre>
 *
 * <p>
 * Lifecycle: a new form is unbound and shows initial values; {@link #bind} binds it once; the first question about
 * validity, errors or cleaned values cleans every field and then runs {@link #clean()}, once. A form serves one
 * request and is not thread-safe.
 */
public class Form {
    private final List<Field<?>> fields = new ArrayList<>();
    private final Map<Field<?>, Object> initial = new HashMap<>();
    private Params data;
    private Map<String, List<Part>> files;
    private Map<String, List<String>> errors;
    private List<String> nonFieldErrors;
    private Cleaned cleaned;

    /** Creates an unbound form; a subclass declares its fields in its field initializers. */
    protected Form() {}

    /** A form of these fields, for forms too small to deserve a class. */
    public static Form of(Field<?>... fields) {
        Form form = new Form();
        for (Field<?> field : fields) {
            form.field(field);
        }
        return form;
    }

    /**
     * Declares a field, after those declared before it, and returns it so it can be kept in an instance field.
     *
     * @throws IllegalArgumentException if another field has the same name
     * @throws IllegalStateException    if the form is bound
     */
    protected final <F extends Field<?>> F field(F field) {
        Objects.requireNonNull(field, "field");
        if (data != null) {
            throw new IllegalStateException("Declare fields before binding the form");
        }
        if (fields.stream().anyMatch(f -> f.name().equals(field.name()))) {
            throw new IllegalArgumentException("Form " + getClass().getName() + " already has a field named '"
                    + field.name() + "'; give each field its own name");
        }
        fields.add(field);
        return field;
    }

    /** The declared fields, in order. */
    public final List<Field<?>> declaredFields() {
        return Collections.unmodifiableList(fields);
    }

    /** Sets the value this form shows for the field while unbound, in place of the field's own initial value. */
    public final <T> Form initial(Field<T> field, T value) {
        initial.put(checkDeclared(field), value);
        return this;
    }

    /**
     * Binds the form to submitted fields and uploaded files, by name; a form is bound at most once.
     *
     * @throws IllegalStateException if it is already bound
     */
    public final Form bind(Params data, Map<String, List<Part>> files) {
        if (this.data != null) {
            throw new IllegalStateException("The form is already bound; make a new form for each submission");
        }
        this.data = Objects.requireNonNull(data, "data");
        this.files = Map.copyOf(files);
        return this;
    }

    /** Binds the form to submitted fields, with no files. */
    public final Form bind(Params data) {
        return bind(data, Map.of());
    }

    /** Whether the form has been bound to submitted data. */
    public final boolean isBound() {
        return data != null;
    }

    /** Whether the form is bound and every field and {@link #clean()} accepted the data; unbound forms are not. */
    public final boolean isValid() {
        return isBound() && errors().isEmpty() && nonFieldErrors().isEmpty();
    }

    /**
     * The cleaned values of the fields that validated.
     *
     * @throws IllegalStateException if the form is not bound
     */
    public final Cleaned cleaned() {
        if (!isBound()) {
            throw new IllegalStateException("An unbound form has no cleaned values; bind it first");
        }
        fullClean();
        return cleaned;
    }

    /**
     * The field's cleaned value, null only for an empty optional field.
     *
     * @throws IllegalStateException if the form is not bound or the field did not validate; check {@link #isValid()}
     */
    public final <T> T cleaned(Field<T> field) {
        Cleaned values = cleaned();
        if (!values.has(checkDeclared(field))) {
            throw new IllegalStateException("Field '" + field.name() + "' has no cleaned value because it did not "
                    + "validate; check isValid() first");
        }
        return values.get(field);
    }

    /** The error messages of each field that has some, by name in field order; empty for an unbound form. */
    public final Map<String, List<String>> errors() {
        fullClean();
        Map<String, List<String>> snapshot = new LinkedHashMap<>();
        if (errors != null) {
            // In field order, even for errors clean() added later, and immutable all the way down.
            fields.stream()
                    .filter(f -> errors.containsKey(f.name()))
                    .forEach(f -> snapshot.put(f.name(), List.copyOf(errors.get(f.name()))));
        }
        return Collections.unmodifiableMap(snapshot);
    }

    /** The field's error messages, or an empty list. */
    public final List<String> errors(Field<?> field) {
        return errors().getOrDefault(checkDeclared(field).name(), List.of());
    }

    /** The errors that belong to no one field, from {@link #clean()}. */
    public final List<String> nonFieldErrors() {
        fullClean();
        return nonFieldErrors == null ? List.of() : List.copyOf(nonFieldErrors);
    }

    /**
     * Checks across fields, after every field has been cleaned; does nothing unless overridden. Read values with
     * {@code cleaned().get(field)}, null for a field that failed; report with {@link #addError(Field, String)} or
     * {@link #addError(String)}, or throw {@link ValidationException} for errors that belong to no one field.
     */
    protected void clean() {}

    /**
     * Adds an error to a field from {@link #clean()}, whose cleaned value is then dropped, as Django drops it.
     *
     * @throws IllegalStateException if called outside cleaning
     */
    protected final void addError(Field<?> field, String message) {
        checkCleaning();
        errors.computeIfAbsent(checkDeclared(field).name(), name -> new ArrayList<>()).add(message);
        cleaned.remove(field);
    }

    /**
     * Adds an error that belongs to no one field, from {@link #clean()}.
     *
     * @throws IllegalStateException if called outside cleaning
     */
    protected final void addError(String message) {
        checkCleaning();
        nonFieldErrors.add(Objects.requireNonNull(message, "message"));
    }

    /** Every field as a template draws it, in order. */
    public final List<BoundField> boundFields() {
        return fields.stream().map(this::bound).toList();
    }

    /** The field as a template draws it: its values (the user's input, or the initial value) and its errors. */
    public final BoundField bound(Field<?> field) {
        checkDeclared(field);
        if (!isBound()) {
            return BoundField.of(field, initialValues(field), List.of());
        }
        return BoundField.of(field, data.all(field.name()), errors(field));
    }

    /** The fields as HTML (labels, inputs, errors, help), every value escaped; templates do better. */
    public final String asHtml() {
        return FormHtml.render(nonFieldErrors(), boundFields());
    }

    private void fullClean() {
        if (!isBound() || errors != null) {
            return;
        }
        errors = new LinkedHashMap<>();
        nonFieldErrors = new ArrayList<>();
        cleaned = new Cleaned();
        for (Field<?> field : fields) {
            cleanField(field);
        }
        try {
            clean();
        } catch (ValidationException e) {
            nonFieldErrors.addAll(e.messages());
        }
    }

    private <T> void cleanField(Field<T> field) {
        FieldInput input = new FieldInput(data.all(field.name()), files.getOrDefault(field.name(), List.of()));
        try {
            cleaned.put(field, field.clean(input));
        } catch (ValidationException e) {
            errors.put(field.name(), new ArrayList<>(e.messages()));
        }
    }

    @SuppressWarnings("unchecked")
    private <T> List<String> initialValues(Field<T> field) {
        // initial(Field<T>, T) is the only writer, so the value under a Field<T> is a T.
        T value = initial.containsKey(field) ? (T) initial.get(field) : field.initial();
        return value == null ? List.of() : field.format(value);
    }

    private <F extends Field<?>> F checkDeclared(F field) {
        if (!fields.contains(field)) {
            throw new IllegalArgumentException("Field '" + field.name() + "' is not declared on this form");
        }
        return field;
    }

    private void checkCleaning() {
        if (errors == null) {
            throw new IllegalStateException("addError is for clean(), which runs while the form validates");
        }
    }
}
