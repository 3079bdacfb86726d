package dev.cairn.contrib.forms;

import dev.cairn.db.Model;
import dev.cairn.db.QuerySet;
import dev.cairn.web.forms.BaseField;
import dev.cairn.web.forms.Choice;
import dev.cairn.web.forms.Widget;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ModelChoiceField} and {@link ModelMultipleChoiceField} share: the QuerySet whose rows are offered and
 * accepted, read for the options once per field when a template first asks.
 *
 * @param <M> the model chosen
 * @param <T> the cleaned value: one row, or a list of them
 * @param <F> the concrete field, returned by the fluent setters
 */
public abstract sealed class RowsField<M extends Model, T, F extends RowsField<M, T, F>> extends BaseField<T, F>
        permits ModelChoiceField, ModelMultipleChoiceField {

    private QuerySet<M> queryset;
    private List<Choice> choices;

    RowsField(String name, Widget widget, QuerySet<M> queryset) {
        super(name, widget);
        this.queryset = Objects.requireNonNull(queryset, "queryset");
    }

    /** Narrows the rows offered and accepted. */
    public F queryset(QuerySet<M> rows) {
        this.queryset = Objects.requireNonNull(rows, "rows");
        this.choices = null;
        return self();
    }

    /** The rows offered and accepted. */
    public QuerySet<M> queryset() {
        return queryset;
    }

    /** One option per row, keyed by primary key and labelled by {@code toString()}, after an empty one if any. */
    @Override
    public List<Choice> choices() {
        if (choices == null) {
            choices = Keys.choices(queryset, offersEmpty());
        }
        return choices;
    }

    /** Whether the options start with an empty one. */
    abstract boolean offersEmpty();
}
