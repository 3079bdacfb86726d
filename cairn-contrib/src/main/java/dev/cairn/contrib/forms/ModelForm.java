package dev.cairn.contrib.forms;

import dev.cairn.db.Database;
import dev.cairn.db.Databases;
import dev.cairn.db.Many;
import dev.cairn.db.Model;
import dev.cairn.db.ValidationError;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.Relation;
import dev.cairn.web.forms.BoundField;
import dev.cairn.web.forms.Field;
import dev.cairn.web.forms.Form;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A form made from a model's fields (Django's ModelForm): each field the {@link ModelFields} select becomes the form
 * field its kind calls for, shows the object's value while unbound, and is validated first as a form field, then on
 * the object by the model's own {@code fullClean()}, then against the rows that already hold its unique values.
 * {@link #save()} then inserts or updates the object, and sets its many-to-many relations.
 *
 * <pre>{@code
 * final class BookForm extends ModelForm<Book> {
 *     static final ModelFields<Book> FIELDS = ModelFields.of(Book.class).fields("title", "author", "price");
 *
 *     BookForm(Book book) {
 *         super(FIELDS, book);
 *     }
 *
 *     final TextField note = field(Fields.text("note").optional());   // a field of the form alone
 *
 *     @Override
 *     protected void cleanForm() {
 *         if ("Untitled".equals(cleaned().get(field("title")))) { addError("Give the book a title."); }
 *     }
 * }
 *
 * BookForm form = new BookForm(new Book());
 * form.bind(request.form());
 * if (form.isValid()) {
 *     Book book = form.save();
 * }
 * }</pre>
 *
 * <p>
 * Validation runs in Django's order, once, the first time validity or errors are asked for: every form field
 * cleans its input; {@link #cleanForm()} checks across fields; the cleaned values are set on the object; its
 * {@code fullClean()} runs, and its errors land on the form fields they name ({@code __all__} on the form), while
 * errors about fields the form leaves out are dropped, as Django excludes them; last, the unique checks. After
 * that, {@link #instance()} holds the validated values, so a view may set what the form does not show (the
 * author from the session, say) before {@link #save()}: Django's {@code save(commit=False)}.
 *
 * <p>
 * A form serves one request and is not thread-safe; its {@link ModelFields} are shared.
 *
 * @param <M> the model
 */
public class ModelForm<M extends Model> extends Form {

    private final ModelFields<M> spec;
    private final M instance;
    private final Map<String, Field<?>> byName = new LinkedHashMap<>();

    /** A form over {@code instance} showing the fields {@code spec} selects; a subclass may declare more. */
    protected ModelForm(ModelFields<M> spec, M instance) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.instance = Objects.requireNonNull(instance, "instance");
        if (instance.getClass() != spec.meta().type()) {
            throw new IllegalArgumentException("a form for " + spec.meta().type().getSimpleName() + " cannot edit a "
                    + instance.getClass().getSimpleName());
        }
        for (FieldMeta model : spec.selected()) {
            Field<?> formField = field(FormFieldFor.make(model, spec));
            byName.put(model.name(), formField);
            showInitially(formField, Conversions.toForm(model, instance, spec.zone(), databaseName()));
        }
    }

    @SuppressWarnings("unchecked")
    private <T> void showInitially(Field<T> formField, Object value) {
        // Conversions.toForm gives each model field the type of the form field FormFieldFor made for it.
        initial(formField, (T) value);
    }

    /** The object the form shows and saves onto; after validation it holds the valid cleaned values. */
    public final M instance() {
        return instance;
    }

    /** The fields this form was made from. */
    public final ModelFields<M> modelFields() {
        return spec;
    }

    /**
     * The form field made for a model field.
     *
     * @throws IllegalArgumentException when the form does not show that field
     */
    @SuppressWarnings("unchecked")
    public final <T> Field<T> field(String modelField) {
        Field<?> formField = byName.get(modelField);
        if (formField == null) {
            throw new IllegalArgumentException("This " + spec.meta().type().getSimpleName() + " form has no field '"
                    + modelField + "'; it has: " + String.join(", ", byName.keySet()));
        }
        return (Field<T>) formField;
    }

    /** The form field of a model field as a template draws it: {@code bound(field(modelField))}. */
    public final BoundField bound(String modelField) {
        return bound(field(modelField));
    }

    /** The names of the model fields the form shows, in order. */
    public final List<String> modelFieldNames() {
        return List.copyOf(byName.keySet());
    }

    /**
     * Checks across fields after each field has cleaned, before the model's own validation (Django's
     * {@code clean()}); does nothing unless overridden. Report with {@code addError}.
     */
    protected void cleanForm() {}

    /** Runs {@link #cleanForm()}, then the model's validation and unique checks; see the class comment. */
    @Override
    protected final void clean() {
        cleanForm();
        Set<String> valid = validNames();
        for (String name : valid) {
            FieldMeta model = spec.meta().field(name);
            Conversions.toModel(model, cleaned().get(byName.get(name)), instance, spec.zone());
        }
        try {
            instance.fullClean();
        } catch (ValidationError e) {
            report(e.errors(), valid);
        }
        for (UniqueChecks.Problem problem : UniqueChecks.find(instance, validNames(), databaseName())) {
            if (problem.field() == null) {
                addError(problem.message());
            } else {
                addError(byName.get(problem.field()), problem.message());
            }
        }
    }

    /** The model fields whose form fields validated, in form order. */
    private Set<String> validNames() {
        Set<String> valid = new LinkedHashSet<>();
        byName.forEach((name, formField) -> {
            if (cleaned().has(formField)) {
                valid.add(name);
            }
        });
        return valid;
    }

    private void report(Map<String, List<String>> errors, Set<String> valid) {
        errors.forEach((name, messages) -> {
            if (name.equals("__all__")) {
                messages.forEach(this::addError);
            } else if (valid.contains(name)) {
                messages.forEach(message -> addError(byName.get(name), message));
            }
        });
    }

    /**
     * Inserts the object if it is new, else updates it, then makes its many-to-many relations hold the chosen rows,
     * all in one atomic block; returns the object.
     *
     * @throws IllegalStateException when the form is unbound or invalid
     */
    public M save() {
        if (!isValid()) {
            throw new IllegalStateException("The " + spec.meta().type().getSimpleName() + " could not be "
                    + (instance.isAdding() ? "created" : "changed") + " because the data didn't validate.");
        }
        Database db = database();
        db.atomic(() -> {
            instance.save(db.name());
            saveManyToMany();
        });
        return instance;
    }

    private void saveManyToMany() {
        for (Map.Entry<String, Field<?>> entry : byName.entrySet()) {
            FieldMeta model = spec.meta().field(entry.getKey());
            if (model.relation() == Relation.MANY_TO_MANY) {
                List<?> chosen = (List<?>) cleaned().get(entry.getValue());
                List<Model> rows = new ArrayList<>();
                for (Object row : chosen == null ? Collections.emptyList() : chosen) {
                    rows.add((Model) row);
                }
                @SuppressWarnings({"unchecked", "rawtypes"})
                Many<Model> many = (Many) model.get(instance);
                many.set(rows);
            }
        }
    }

    /** The database the object came from, else the one the fields name, else null for the default. */
    private String databaseName() {
        return instance.database() != null ? instance.database() : spec.database();
    }

    private Database database() {
        String name = databaseName();
        return name == null ? Databases.installed().defaultDatabase() : Databases.installed().get(name);
    }

    @Override
    public String toString() {
        return "ModelForm<" + spec.meta().type().getSimpleName() + ">" + byName.keySet();
    }
}
