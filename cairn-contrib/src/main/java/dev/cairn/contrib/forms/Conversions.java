package dev.cairn.contrib.forms;

import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.Ref;
import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.db.meta.Relation;
import dev.cairn.db.meta.Values;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.AbstractList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Values between a model's fields and its form's: what a form shows for a field of an object (Django's
 * {@code model_to_dict}), and what a cleaned value becomes on the object ({@code construct_instance}).
 */
final class Conversions {

    private Conversions() {}

    /** The form's value for a field of {@code instance}, as the form field's type; null for none. */
    @SuppressWarnings("rawtypes")
    static Object toForm(FieldMeta field, Model instance, ZoneId zone, String database) {
        if (field.relation() == Relation.MANY_TO_MANY) {
            return instance.pk() == null ? List.of() : new LazyRows(() -> related(field, instance, database));
        }
        Object raw = field.get(instance);
        if (field.relation().isKey()) {
            Ref ref = (Ref) raw;
            return ref == null || !ref.isSet() ? null : ref.isLoaded() ? ref.get() : stub(field, ref.id());
        }
        return switch (raw) {
            case null -> null;
            case Enum<?> constant -> constant.name();
            case Short number -> number.longValue();
            case Integer number -> number.longValue();
            case Double number -> BigDecimal.valueOf(number);
            case Instant instant -> LocalDateTime.ofInstant(instant, zone);
            case UUID uuid -> uuid.toString();
            default -> raw;
        };
    }

    /**
     * Sets a field of {@code instance} from its cleaned form value; a many-to-many waits for the save, and an empty
     * value leaves a primitive field as it was.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void toModel(FieldMeta field, Object cleaned, Model instance, ZoneId zone) {
        if (field.relation() == Relation.MANY_TO_MANY) {
            return;
        }
        if (field.relation().isKey()) {
            ((Ref) field.get(instance)).set((Model) cleaned);
            return;
        }
        Object value = toJava(field, cleaned, zone);
        if (value == null && field.javaType().isPrimitive()) {
            return;
        }
        field.set(instance, value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object toJava(FieldMeta field, Object cleaned, ZoneId zone) {
        boolean empty = cleaned == null || cleaned instanceof String text && text.isEmpty();
        Class<?> type = Keys.boxed(field.javaType());
        if (empty) {
            // An empty string is a value for a text column, unless the column may hold NULL (Django's empty_value).
            return cleaned != null && type == String.class && !field.nullable() ? "" : null;
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) type, (String) cleaned);
        }
        return switch (cleaned) {
            case LocalDateTime local -> local.atZone(zone).toInstant();
            case BigDecimal decimal when field.columnType().kind() == ColumnType.Kind.FLOAT -> decimal.doubleValue();
            case String text when type == UUID.class -> UUID.fromString(text);
            case Long number -> Values.toJava(type, number);
            default -> cleaned;
        };
    }

    /** The target of a key with only its key set, so that a form can show which row is chosen without loading it. */
    private static Model stub(FieldMeta field, Object key) {
        ModelMeta<?> target = Models.meta(field.target());
        Model stub = target.newInstance();
        target.pk().set(stub, Values.toJava(target.pk().javaType(), key));
        return stub;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Model> related(FieldMeta field, Model instance, String database) {
        Manager<?> manager = Manager.of((Class) field.target());
        return (List<Model>) (database == null ? manager : manager.using(database)).filter(field.relatedName(),
                instance.pk()).list();
    }

    /**
     * The rows related to an object, read the first time they are looked at: an unbound form shows them, a bound one
     * never reads them.
     */
    private static final class LazyRows extends AbstractList<Model> {
        private final Supplier<List<Model>> reader;
        private List<Model> rows;

        LazyRows(Supplier<List<Model>> reader) {
            this.reader = reader;
        }

        private List<Model> rows() {
            if (rows == null) {
                rows = reader.get();
            }
            return rows;
        }

        @Override
        public Model get(int index) {
            return rows().get(index);
        }

        @Override
        public int size() {
            return rows().size();
        }
    }
}
