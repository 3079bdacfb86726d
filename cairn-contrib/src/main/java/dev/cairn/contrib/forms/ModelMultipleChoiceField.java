package dev.cairn.contrib.forms;

import dev.cairn.db.Model;
import dev.cairn.db.QuerySet;
import dev.cairn.web.forms.FieldInput;
import dev.cairn.web.forms.ValidationException;
import dev.cairn.web.forms.Widget;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Any number of rows of a QuerySet, chosen by primary key from a {@code <select multiple>}: Django's
 * ModelMultipleChoiceField, what a model form makes of a {@link dev.cairn.db.ManyToMany}.
 *
 * <p>
 * Every submitted key must name a row of the QuerySet, or the field fails with "Select a valid choice. X is not one
 * of the available choices." for the first that does not. The chosen rows are read in one query ({@code pk__in}),
 * and come back in the order submitted, each once.
 *
 * @param <T> the model chosen
 */
public final class ModelMultipleChoiceField<T extends Model>
        extends
            RowsField<T, List<T>, ModelMultipleChoiceField<T>> {

    /** A required choice of rows of {@code queryset}, submitted under {@code name}. */
    public ModelMultipleChoiceField(String name, QuerySet<T> queryset) {
        super(name, Widget.SELECT_MULTIPLE, queryset);
    }

    @Override
    protected List<T> convert(FieldInput input) {
        Set<Object> keys = new LinkedHashSet<>();
        for (String value : input.values()) {
            String text = value.strip();
            if (text.isEmpty()) {
                continue;
            }
            Object pk = Keys.parse(queryset().meta(), text);
            if (pk == null) {
                throw new ValidationException(notAChoice(text));
            }
            keys.add(pk);
        }
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<Object, T> found = queryset().inBulk(new ArrayList<>(keys));
        List<T> chosen = new ArrayList<>(keys.size());
        for (Object key : keys) {
            T row = Keys.find(found, key);
            if (row == null) {
                throw new ValidationException(notAChoice(key.toString()));
            }
            chosen.add(row);
        }
        return chosen;
    }

    private static String notAChoice(String value) {
        return "Select a valid choice. " + value + " is not one of the available choices.";
    }

    @Override
    public List<String> format(List<T> value) {
        return value == null ? List.of() : value.stream().map(row -> String.valueOf(row.pk())).toList();
    }

    @Override
    boolean offersEmpty() {
        return false;
    }
}
