package dev.cairn.db.meta;

import dev.cairn.db.Model;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A model as the ORM sees it (Django's {@code Model._meta}): its app, table, fields in declared order, primary
 * key, default ordering, indexes and constraints, and the relations other models have to it.
 *
 * @param <M> the model
 */
public final class ModelMeta<M extends Model> {

    private final Class<M> type;
    private final String app;
    private final String name;
    private final String table;
    private final List<FieldMeta> fields;
    private final Map<String, FieldMeta> byName;
    private final FieldMeta pk;
    private final List<String> ordering;
    private final List<IndexMeta> indexes;
    private final List<List<String>> uniqueTogether;
    private final List<CheckMeta> checks;
    private final String verboseName;
    private final String verboseNamePlural;
    private final MethodHandle constructor;

    /** An index over fields ({@code -} before a name for descending). */
    public record IndexMeta(String name, List<String> fields, boolean unique) {}

    /** A check constraint: a lookup and its value, as declared. */
    public record CheckMeta(String name, String lookup, String value) {}

    ModelMeta(Class<M> type, String app, String table, List<FieldMeta> fields, List<String> ordering,
            List<IndexMeta> indexes, List<List<String>> uniqueTogether, List<CheckMeta> checks, String verboseName,
            String verboseNamePlural, MethodHandle constructor) {
        this.type = type;
        this.app = app;
        this.name = type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
        this.table = table;
        this.fields = List.copyOf(fields);
        this.byName = new LinkedHashMap<>();
        FieldMeta key = null;
        for (FieldMeta field : fields) {
            byName.put(field.name(), field);
            if (field.primaryKey()) {
                key = field;
            }
        }
        this.pk = key;
        this.ordering = List.copyOf(ordering);
        this.indexes = List.copyOf(indexes);
        this.uniqueTogether = List.copyOf(uniqueTogether);
        this.checks = List.copyOf(checks);
        this.verboseName = verboseName;
        this.verboseNamePlural = verboseNamePlural;
        this.constructor = constructor;
    }

    /** The model class. */
    public Class<M> type() {
        return type;
    }

    /** The app's label. */
    public String app() {
        return app;
    }

    /** The model's name in lower case ({@code book}). */
    public String name() {
        return name;
    }

    /** {@code app.Model}, as migrations and errors name it. */
    public String label() {
        return app + "." + type.getSimpleName();
    }

    /** The table's name. */
    public String table() {
        return table;
    }

    /** Every field, in declared order. */
    public List<FieldMeta> fields() {
        return fields;
    }

    /** The fields with a column, in declared order. */
    public List<FieldMeta> concreteFields() {
        List<FieldMeta> concrete = new ArrayList<>(fields.size());
        for (FieldMeta field : fields) {
            if (field.concrete()) {
                concrete.add(field);
            }
        }
        return concrete;
    }

    /** The many-to-many fields. */
    public List<FieldMeta> manyToManyFields() {
        return fields.stream().filter(f -> f.relation() == Relation.MANY_TO_MANY).toList();
    }

    /** The field of this name ({@code pk} is the primary key), or null. */
    public FieldMeta field(String fieldName) {
        return fieldName.equals("pk") ? pk : byName.get(fieldName);
    }

    /** The primary key. */
    public FieldMeta pk() {
        return pk;
    }

    /** The default ordering. */
    public List<String> ordering() {
        return ordering;
    }

    /** The indexes declared on the model (a field's own {@code dbIndex} is on the field). */
    public List<IndexMeta> indexes() {
        return indexes;
    }

    /** Sets of fields unique together. */
    public List<List<String>> uniqueTogether() {
        return uniqueTogether;
    }

    /** The check constraints. */
    public List<CheckMeta> checks() {
        return checks;
    }

    /** The name forms and the admin show. */
    public String verboseName() {
        return verboseName;
    }

    /** The plural the admin shows. */
    public String verboseNamePlural() {
        return verboseNamePlural;
    }

    /** The relations other known models have to this one, by the name this side calls them. */
    public List<ReverseRelation> reverseRelations() {
        return Models.reverseRelations(this);
    }

    /** The reverse relation of this name, or null. */
    public ReverseRelation reverseRelation(String relationName) {
        for (ReverseRelation reverse : reverseRelations()) {
            if (reverse.name().equals(relationName)) {
                return reverse;
            }
        }
        return null;
    }

    /** Every name a lookup may start with on this model, sorted: fields, reverse relations, and {@code pk}. */
    public List<String> choices() {
        TreeSet<String> names = new TreeSet<>(byName.keySet());
        for (ReverseRelation reverse : reverseRelations()) {
            names.add(reverse.name());
        }
        return List.copyOf(names);
    }

    /** A new, unsaved object, as its no-argument constructor makes it. */
    @SuppressWarnings("unchecked")
    public M newInstance() {
        try {
            return (M) constructor.invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Could not make a " + type.getSimpleName() + ": " + e, e);
        }
    }

    @Override
    public String toString() {
        return label();
    }
}
