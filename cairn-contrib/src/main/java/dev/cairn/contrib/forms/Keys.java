package dev.cairn.contrib.forms;

import dev.cairn.db.Model;
import dev.cairn.db.QuerySet;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Values;
import dev.cairn.web.forms.Choice;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Primary keys as a select submits them: text read as the key's type, and rows offered by key. */
final class Keys {

    private Keys() {}

    /** The key {@code text} stands for on {@code model}, or null when it cannot be one ("abc" for a number). */
    static Object parse(ModelMeta<?> model, String text) {
        Class<?> type = boxed(model.pk().javaType());
        try {
            return Values.parse(type, text);
        } catch (IllegalArgumentException e) {
            // A NumberFormatException, or text that is no UUID: a value no row can have.
            return null;
        }
    }

    /** The row under {@code key}, comparing keys as text so that a Long key finds an Integer one. */
    static <T> T find(Map<Object, T> rows, Object key) {
        T row = rows.get(key);
        if (row != null) {
            return row;
        }
        for (Map.Entry<Object, T> entry : rows.entrySet()) {
            if (String.valueOf(entry.getKey()).equals(String.valueOf(key))) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** One choice per row of {@code rows}, after an empty one when asked. */
    static List<Choice> choices(QuerySet<? extends Model> rows, boolean withEmpty) {
        List<Choice> choices = new ArrayList<>();
        if (withEmpty) {
            choices.add(new Choice("", ModelChoiceField.EMPTY_LABEL));
        }
        for (Model row : rows) {
            choices.add(new Choice(String.valueOf(row.pk()), String.valueOf(row)));
        }
        return List.copyOf(choices);
    }

    /** The class a value of {@code type} is boxed in ({@code Long} for {@code long}); itself for a class. */
    static Class<?> boxed(Class<?> type) {
        return MethodType.methodType(type).wrap().returnType();
    }
}
