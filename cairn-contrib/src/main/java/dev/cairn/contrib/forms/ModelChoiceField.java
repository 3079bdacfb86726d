package dev.cairn.contrib.forms;

import dev.cairn.db.Model;
import dev.cairn.db.QuerySet;
import dev.cairn.web.forms.FieldInput;
import dev.cairn.web.forms.ValidationException;
import dev.cairn.web.forms.Widget;
import java.util.List;

/**
 * One row of a QuerySet, chosen by its primary key from a {@code <select>}: Django's ModelChoiceField, what a
 * model form makes of a {@link dev.cairn.db.ForeignKey} or {@link dev.cairn.db.OneToOne}.
 *
 * <p>
 * The offered rows are those of the QuerySet, which narrows the choice as well as the list ({@code queryset(
 * Author.objects.filter("active", true))}): a key outside it is refused with Django's "Select a valid choice. That
 * choice is not one of the available choices.", even if the row exists. Each option shows the row's
 * {@code toString()}; an empty option, {@value #EMPTY_LABEL}, comes first. The rows are read when a template first
 * asks for the options (one query), and the chosen one is read when the form is cleaned (one query by key).
 *
 * @param <T> the model chosen
 */
public final class ModelChoiceField<T extends Model> extends RowsField<T, T, ModelChoiceField<T>> {

    /** The label of the empty option. */
    public static final String EMPTY_LABEL = "---------";
    static final String INVALID = "Select a valid choice. That choice is not one of the available choices.";

    /** A required choice among the rows of {@code queryset}, submitted under {@code name}. */
    public ModelChoiceField(String name, QuerySet<T> queryset) {
        super(name, Widget.SELECT, queryset);
    }

    @Override
    protected T convert(FieldInput input) {
        String key = input.first().strip();
        if (key.isEmpty()) {
            return null;
        }
        Object pk = Keys.parse(queryset().meta(), key);
        if (pk == null) {
            throw new ValidationException(INVALID);
        }
        List<T> found = queryset().filter("pk", pk).limit(1).list();
        if (found.isEmpty()) {
            throw new ValidationException(INVALID);
        }
        return found.getFirst();
    }

    @Override
    public List<String> format(T value) {
        return value == null || value.pk() == null ? List.of() : List.of(value.pk().toString());
    }

    @Override
    boolean offersEmpty() {
        return true;
    }
}
