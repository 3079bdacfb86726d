package dev.cairn.db;

import dev.cairn.db.internal.ManyToManyTables;
import dev.cairn.db.internal.Writes;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.db.meta.Relation;
import dev.cairn.db.meta.ReverseRelation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes rows and follows each relation's {@code on_delete} (Django's Collector): CASCADE collects the rows
 * pointing at them, PROTECT refuses, RESTRICT refuses unless the cascade deletes them too, SET_NULL and
 * SET_DEFAULT change them, DO_NOTHING leaves them to the database. Everything happens in one transaction, the
 * rows deleted children first.
 */
final class Deletion {

    private static final int CHUNK = 500;

    private final Database db;
    private final Map<ModelMeta<?>, Set<Object>> collected = new LinkedHashMap<>();
    private final List<Runnable> updates = new ArrayList<>();
    private final List<Object[]> restricted = new ArrayList<>();

    private Deletion(Database db) {
        this.db = db;
    }

    static Map<String, Integer> delete(Database db, ModelMeta<?> meta, List<Object> keys) {
        Deletion deletion = new Deletion(db);
        return db.atomic(() -> {
            deletion.collect(meta, keys);
            deletion.checkRestricted();
            return deletion.run();
        });
    }

    private void collect(ModelMeta<?> meta, List<Object> keys) {
        Set<Object> known = collected.computeIfAbsent(meta, m -> new LinkedHashSet<>());
        List<Object> fresh = keys.stream().filter(known::add).toList();
        if (fresh.isEmpty()) {
            return;
        }
        for (ReverseRelation reverse : meta.reverseRelations()) {
            FieldMeta field = reverse.field();
            if (field.relation() == Relation.MANY_TO_MANY) {
                continue;
            }
            ModelMeta<?> related = reverse.model();
            List<Object> pointing = new ArrayList<>();
            for (List<Object> chunk : chunks(fresh)) {
                pointing.addAll(Manager.of(related.type()).using(db.name()).all().filter(field.name() + "__in", chunk)
                        .valuesListFlat("pk"));
            }
            if (pointing.isEmpty()) {
                continue;
            }
            switch (field.onDelete()) {
                case CASCADE -> collect(related, pointing);
                case PROTECT -> throw new ProtectedError("Cannot delete some " + meta.type().getSimpleName()
                        + " objects because " + pointing.size() + " " + related.type().getSimpleName()
                        + " rows point at them through the protected foreign key '" + related.type().getSimpleName()
                        + "." + field.name() + "'");
                case RESTRICT -> restricted.add(new Object[]{meta, related, field, pointing});
                case SET_NULL -> updates.add(() -> set(related, field, pointing, null));
                case SET_DEFAULT -> updates.add(() -> set(related, field, pointing, field.options()
                        .defaultValue() == null ? null : field.options().defaultValue().get()));
                case DO_NOTHING -> {
                }
            }
        }
    }

    private void checkRestricted() {
        for (Object[] entry : restricted) {
            ModelMeta<?> related = (ModelMeta<?>) entry[1];
            @SuppressWarnings("unchecked")
            List<Object> pointing = (List<Object>) entry[3];
            Set<Object> deleted = collected.getOrDefault(related, Set.of());
            long kept = pointing.stream().filter(key -> !deleted.contains(key)).count();
            if (kept > 0) {
                throw new ProtectedError("Cannot delete some " + ((ModelMeta<?>) entry[0]).type().getSimpleName()
                        + " objects because " + kept + " " + related.type().getSimpleName() + " rows point at them "
                        + "through the restricted foreign key '" + related.type().getSimpleName() + "."
                        + ((FieldMeta) entry[2]).name() + "'");
            }
        }
    }

    private void set(ModelMeta<?> related, FieldMeta field, List<Object> keys, Object value) {
        for (List<Object> chunk : chunks(keys)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put(field.name(), value);
            Manager.of(related.type()).using(db.name()).all().filter("pk__in", chunk).update(change);
        }
    }

    private Map<String, Integer> run() {
        updates.forEach(Runnable::run);
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<ModelMeta<?>> order = new ArrayList<>(collected.keySet());
        java.util.Collections.reverse(order);
        for (ModelMeta<?> meta : order) {
            List<Object> keys = new ArrayList<>(collected.get(meta));
            deletePairs(meta, keys);
            int deleted = 0;
            for (List<Object> chunk : chunks(keys)) {
                List<Object> stored = chunk.stream().map(k -> db.dialect().toDatabase(meta.pk().columnType(), k))
                        .toList();
                Sql sql = Writes.deleteWhereIn(db.dialect(), meta.table(), meta.pk().column(), stored);
                deleted += db.execute(sql.text(), sql.parameters());
            }
            counts.merge(meta.label(), deleted, Integer::sum);
        }
        return counts;
    }

    /** Removes the many-to-many pairs these rows are in, on either side. */
    private void deletePairs(ModelMeta<?> meta, List<Object> keys) {
        for (FieldMeta field : meta.manyToManyFields()) {
            ModelMeta<?> target = Models.meta(field.target());
            deleteWhereIn(ManyToManyTables.table(meta, field), ManyToManyTables.ownerColumn(meta, target), meta,
                    keys);
        }
        for (ReverseRelation reverse : meta.reverseRelations()) {
            if (reverse.field().relation() == Relation.MANY_TO_MANY) {
                deleteWhereIn(ManyToManyTables.table(reverse.model(), reverse.field()), ManyToManyTables
                        .targetColumn(reverse.model(), meta), meta, keys);
            }
        }
    }

    private void deleteWhereIn(String table, String column, ModelMeta<?> meta, List<Object> keys) {
        for (List<Object> chunk : chunks(keys)) {
            List<Object> stored = chunk.stream().map(k -> db.dialect().toDatabase(meta.pk().columnType(), k))
                    .toList();
            Sql sql = Writes.deleteWhereIn(db.dialect(), table, column, stored);
            db.execute(sql.text(), sql.parameters());
        }
    }

    private static List<List<Object>> chunks(List<Object> keys) {
        List<List<Object>> chunks = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            chunks.add(keys.subList(from, Math.min(keys.size(), from + CHUNK)));
        }
        return chunks;
    }
}
