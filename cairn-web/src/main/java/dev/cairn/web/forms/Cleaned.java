package dev.cairn.web.forms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cleaned values of a bound form, by field: Django's {@code cleaned_data}, typed by its {@link Field} keys. A field
 * that did not validate has no value here.
 */
public final class Cleaned {
    private final Map<Field<?>, Object> values = new LinkedHashMap<>();

    Cleaned() {}

    <T> void put(Field<T> field, T value) {
        values.put(field, value);
    }

    void remove(Field<?> field) {
        values.remove(field);
    }

    /** Whether the field validated; its value may still be null, as an empty optional number is. */
    public boolean has(Field<?> field) {
        return values.containsKey(field);
    }

    /**
     * The field's cleaned value, or null when it did not validate or is empty: the lookup for
     * {@link Form#clean()}, which runs even when some fields failed.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Field<T> field) {
        // Only put(Field<T>, T) stores values, so the value under a Field<T> is a T.
        return (T) values.get(field);
    }

    /** The names of the fields that validated, never their values, which may be passwords. */
    @Override
    public String toString() {
        return values.keySet().stream().map(Field::name).collect(Collectors.joining(", ", "Cleaned[", "]"));
    }
}
