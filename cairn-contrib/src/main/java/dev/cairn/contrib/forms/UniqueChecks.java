package dev.cairn.contrib.forms;

import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.QuerySet;
import dev.cairn.db.Ref;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows that already hold a value a form is about to save where the model says values are unique (Django's
 * {@code validate_unique}): one query per unique field or set of fields the form validated, so that the user reads
 * "Tag with this Name already exists." beside the field instead of the site failing with an IntegrityError.
 *
 * <p>
 * A check and the save that follows are two statements: a row written between them still meets the constraint,
 * which stays the last word.
 */
final class UniqueChecks {

    /**
     * One problem found.
     *
     * @param field   the field it belongs to, or null for the form as a whole (a set of fields)
     * @param message what the user reads
     */
    record Problem(String field, String message) {}

    private UniqueChecks() {}

    /** The clashes of {@code instance}'s values, among the fields named in {@code valid}. */
    static <M extends Model> List<Problem> find(M instance, Set<String> valid, String database) {
        ModelMeta<M> meta = instance.meta();
        List<Problem> problems = new ArrayList<>();
        for (String name : valid) {
            FieldMeta field = meta.field(name);
            boolean unique = field.options().unique() && (!field.primaryKey() || instance.isAdding());
            if (unique && clashes(instance, List.of(field), database)) {
                problems.add(new Problem(name, message(meta, List.of(field))));
            }
        }
        for (List<String> set : sets(meta)) {
            if (!valid.containsAll(set)) {
                continue;
            }
            List<FieldMeta> fields = set.stream().map(meta::field).toList();
            if (clashes(instance, fields, database)) {
                problems.add(new Problem(null, message(meta, fields)));
            }
        }
        return problems;
    }

    /** The sets of fields unique together: declared so, or covered by a unique index. */
    private static List<List<String>> sets(ModelMeta<?> meta) {
        List<List<String>> sets = new ArrayList<>(meta.uniqueTogether());
        for (ModelMeta.IndexMeta index : meta.indexes()) {
            if (index.unique()) {
                sets.add(index.fields().stream().map(f -> f.startsWith("-") ? f.substring(1) : f).toList());
            }
        }
        return sets;
    }

    /** Whether another row holds these fields' values; never when one of them is null, which SQL never equals. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <M extends Model> boolean clashes(M instance, List<FieldMeta> fields, String database) {
        Map<String, Object> lookups = new LinkedHashMap<>();
        for (FieldMeta field : fields) {
            Object value = field.get(instance);
            if (value instanceof Ref ref) {
                value = ref.id();
            }
            if (value == null) {
                return false;
            }
            lookups.put(field.name(), Values.toStored(value));
        }
        Manager<M> manager = Manager.of((Class<M>) instance.getClass());
        QuerySet<M> rows = (database == null ? manager : manager.using(database)).all().filter(lookups);
        if (!instance.isAdding() && instance.pk() != null) {
            rows = rows.exclude("pk", instance.pk());
        }
        return rows.exists();
    }

    /** "Book with this Title and Author already exists.", with the model's and the fields' verbose names. */
    private static String message(ModelMeta<?> meta, List<FieldMeta> fields) {
        List<String> labels = fields.stream().map(f -> capitalized(f.options().verboseName())).toList();
        String joined = labels.size() == 1
                ? labels.getFirst()
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.getLast();
        return capitalized(meta.verboseName()) + " with this " + joined + " already exists.";
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
