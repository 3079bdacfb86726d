package dev.cairn.db;

import dev.cairn.db.internal.ManyToManyTables;
import dev.cairn.db.internal.Writes;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Relation;
import dev.cairn.db.meta.ReverseRelation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes rows and follows each relation's {@code on_delete} (Django's Collector): CASCADE collects the rows
 * pointing at them, PROTECT refuses, RESTRICT refuses unless the same delete cascades to the restricted rows by
 * another way, SET_NULL and SET_DEFAULT change them, DO_NOTHING leaves them to the database (whose constraint
 * then refuses). The pairs of a made many-to-many table go with their rows; a through model's rows are collected
 * through its foreign keys like any other.
 *
 * <p>
 * Rows are collected in batches, each batch after the one it points at, and deleted in the reverse order, so a
 * row always goes before the row it points at, even within one table (a tree of categories): databases that check
 * keys row by row (MariaDB) accept every statement. Everything happens in one transaction.
 */
final class Deletion {

    private static final int CHUNK = 500;

    /** Rows of one model collected together. */
    private record Batch(ModelMeta<?> model, List<Object> keys) {}

    /** Rows that a RESTRICT relation keeps unless they are deleted too. */
    private record Restricted(ModelMeta<?> model, ModelMeta<?> related, FieldMeta field, List<Object> keys) {}

    private final Database db;
    private final List<Batch> batches = new ArrayList<>();
    private final Map<ModelMeta<?>, Set<Object>> collected = new LinkedHashMap<>();
    private final List<Runnable> updates = new ArrayList<>();
    private final List<Restricted> restricted = new ArrayList<>();

    private Deletion(Database db) {
        this.db = db;
    }

    /** Deletes the rows of {@code meta} with these keys, and what on_delete says; counts by model label. */
    static Map<String, Integer> delete(Database db, ModelMeta<?> meta, List<Object> keys) {
        Deletion deletion = new Deletion(db);
        return db.atomic(() -> {
            deletion.collect(meta, keys);
            deletion.checkRestricted();
            return deletion.run();
        });
    }

    private void collect(ModelMeta<?> meta, List<Object> keys) {
        Set<Object> known = collected.computeIfAbsent(meta, m -> new HashSet<>());
        List<Object> fresh = keys.stream().filter(known::add).toList();
        if (fresh.isEmpty()) {
            return;
        }
        batches.add(new Batch(meta, fresh));
        for (ReverseRelation reverse : meta.reverseRelations()) {
            FieldMeta field = reverse.field();
            if (field.relation() == Relation.MANY_TO_MANY) {
                continue;
            }
            ModelMeta<?> related = reverse.model();
            List<Object> pointing = pointingAt(related, field, fresh);
            if (pointing.isEmpty()) {
                continue;
            }
            switch (field.onDelete()) {
                case CASCADE -> collect(related, pointing);
                case PROTECT -> throw refusal("protected", meta, related, field, pointing.size());
                case RESTRICT -> restricted.add(new Restricted(meta, related, field, pointing));
                case SET_NULL -> updates.add(() -> set(related, field, pointing, null));
                case SET_DEFAULT -> updates.add(() -> set(related, field, pointing, field.options()
                        .defaultValue() == null ? null : field.options().defaultValue().get()));
                case DO_NOTHING -> {
                }
            }
        }
    }

    private List<Object> pointingAt(ModelMeta<?> related, FieldMeta field, List<Object> keys) {
        List<Object> pointing = new ArrayList<>();
        for (List<Object> chunk : chunks(keys)) {
            pointing.addAll(Manager.of(related.type()).using(db.name()).all().filter(field.name() + "__in", chunk)
                    .orderBy().valuesListFlat("pk"));
        }
        return pointing;
    }

    private void checkRestricted() {
        for (Restricted entry : restricted) {
            Set<Object> deleted = collected.getOrDefault(entry.related(), Set.of());
            long kept = entry.keys().stream().filter(key -> !deleted.contains(key)).count();
            if (kept > 0) {
                throw refusal("restricted", entry.model(), entry.related(), entry.field(), kept);
            }
        }
    }

    private static ProtectedError refusal(String how, ModelMeta<?> meta, ModelMeta<?> related, FieldMeta field,
            long rows) {
        String name = related.type().getSimpleName();
        return new ProtectedError("Cannot delete some " + meta.type().getSimpleName() + " objects because " + rows
                + " " + name + " rows point at them through the " + how + " foreign key '" + name + "." + field
                        .name()
                + "'");
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
        for (Batch batch : batches.reversed()) {
            ModelMeta<?> meta = batch.model();
            deletePairs(meta, batch.keys(), counts);
            int deleted = deleteWhereIn(meta.table(), meta.pk().column(), meta, batch.keys());
            counts.merge(meta.label(), deleted, Integer::sum);
        }
        return counts;
    }

    /** Removes the pairs these rows are in, on either side, of many-to-many fields with a made table. */
    private void deletePairs(ModelMeta<?> meta, List<Object> keys, Map<String, Integer> counts) {
        for (FieldMeta field : meta.manyToManyFields()) {
            if (field.through() == null) {
                ManyToManyTables.Pairs pairs = ManyToManyTables.pairs(meta, field);
                count(counts, meta, field, deleteWhereIn(pairs.table(), pairs.ownerColumn(), meta, keys));
                if (field.symmetrical()) {
                    // Its other direction: no reverse relation shows it, the rows are in the target's column.
                    count(counts, meta, field, deleteWhereIn(pairs.table(), pairs.targetColumn(), meta, keys));
                }
            }
        }
        for (ReverseRelation reverse : meta.reverseRelations()) {
            FieldMeta field = reverse.field();
            if (field.relation() == Relation.MANY_TO_MANY && field.through() == null) {
                ManyToManyTables.Pairs pairs = ManyToManyTables.pairs(reverse.model(), field);
                count(counts, reverse.model(), field, deleteWhereIn(pairs.table(), pairs.targetColumn(), meta, keys));
            }
        }
    }

    /** Counts deleted pairs under the label Django gives a made through model: {@code library.Book_tags}. */
    private static void count(Map<String, Integer> counts, ModelMeta<?> owner, FieldMeta field, int deleted) {
        if (deleted > 0) {
            counts.merge(owner.label() + "_" + field.name(), deleted, Integer::sum);
        }
    }

    private int deleteWhereIn(String table, String column, ModelMeta<?> meta, List<Object> keys) {
        int deleted = 0;
        for (List<Object> chunk : chunks(keys)) {
            List<Object> stored = chunk.stream().map(k -> db.dialect().toDatabase(meta.pk().columnType(), k))
                    .toList();
            Sql sql = Writes.deleteWhereIn(db.dialect(), table, column, stored);
            deleted += db.execute(sql.text(), sql.parameters());
        }
        return deleted;
    }

    private static List<List<Object>> chunks(List<Object> keys) {
        List<List<Object>> chunks = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            chunks.add(keys.subList(from, Math.min(keys.size(), from + CHUNK)));
        }
        return chunks;
    }
}
