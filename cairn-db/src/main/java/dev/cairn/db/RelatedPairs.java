package dev.cairn.db;

import dev.cairn.db.dialect.Dialect;
import dev.cairn.db.internal.ManyToManyTables;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.db.meta.Values;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pairs of one owner in a many-to-many relation, read and written for {@link Many}: plain SQL on a table made
 * for the field ({@code book_id, tag_id}), or the {@code through} model's QuerySets, so that its own
 * {@code on_delete} rules and defaults apply. Lists of keys go 500 to a statement.
 *
 * <p>
 * A symmetrical relation keeps each pair twice, once each way; its {@link #mirrored()} pairs are the owner's rows
 * seen from the other column ({@code to = owner}), read and written the same way.
 */
final class RelatedPairs {

    private static final int CHUNK = 500;

    private final Database db;
    private final FieldMeta field;
    private final ModelMeta<?> owner;
    private final ModelMeta<?> target;
    private final ManyToManyTables.Pairs pairs;
    private final Object ownerKey;

    RelatedPairs(Database db, Model owner, FieldMeta field, Object ownerKey) {
        this(db, field, owner.meta(), ManyToManyTables.pairs(owner.meta(), field), ownerKey);
    }

    private RelatedPairs(Database db, FieldMeta field, ModelMeta<?> owner, ManyToManyTables.Pairs pairs,
            Object ownerKey) {
        this.db = db;
        this.field = field;
        this.owner = owner;
        this.target = Models.meta(field.target());
        this.pairs = pairs;
        this.ownerKey = ownerKey;
    }

    /**
     * The sides a change writes: these pairs, and for a symmetrical relation the same pairs the other way round
     * (the owner in the target's column), so that each related object is related back.
     */
    List<RelatedPairs> sides() {
        return field.symmetrical() ? List.of(this, mirrored()) : List.of(this);
    }

    /** The pairs that hold the owner's key in the target's column: a symmetrical relation's other direction. */
    RelatedPairs mirrored() {
        // Only a made table of a model related to itself has them: both columns hold keys of one model.
        return new RelatedPairs(db, field, owner, new ManyToManyTables.Pairs(pairs.table(), pairs.targetColumn(),
                pairs.ownerColumn(), null, null), ownerKey);
    }

    /**
     * Refuses to make through objects that have fields only their creator can fill, as Django does.
     *
     * @throws FieldError naming those fields
     */
    void requireAddable(String verb) {
        if (field.through() == null) {
            return;
        }
        ModelMeta<?> through = Models.meta(field.through());
        List<String> required = new ArrayList<>();
        for (FieldMeta extra : through.concreteFields()) {
            boolean filled = extra.primaryKey() || extra == pairs.ownerKey() || extra == pairs.targetKey() || extra
                    .nullable() || extra.options().defaultValue() != null || extra.options().autoNow() || extra
                            .options().autoNowAdd();
            if (!filled) {
                required.add(extra.name());
            }
        }
        if (!required.isEmpty()) {
            throw new FieldError("Cannot " + verb + "() on " + owner.type().getSimpleName() + "." + field.name()
                    + ": its through model " + through.type().getSimpleName() + " needs " + String.join(", ",
                            required)
                    + ", which have no default; create " + through.type().getSimpleName()
                    + " objects instead");
        }
    }

    /** The keys of the owner's related objects, among {@code among} (all of them when null). */
    Set<Object> targetKeys(List<Object> among) {
        Set<Object> keys = new LinkedHashSet<>();
        for (List<Object> chunk : chunks(among)) {
            if (pairs.ownerKey() != null) {
                keys.addAll(throughRows(chunk).valuesListFlat(pairs.targetKey().name()));
                continue;
            }
            List<Object> params = new ArrayList<>();
            String sql = "SELECT " + quote(pairs.targetColumn()) + " FROM " + quote(pairs.table()) + where(chunk,
                    params);
            FieldMeta pk = target.pk();
            keys.addAll(db.query(sql, params, rows -> Values.toJava(pk.javaType(), db.dialect().fromDatabase(pk
                    .columnType(), rows, 1))));
        }
        return keys;
    }

    /** Adds a pair for each of these target keys that has none yet. */
    void insertMissing(List<Object> keys) {
        List<Object> missing = new ArrayList<>(keys);
        missing.removeAll(targetKeys(keys));
        insert(missing);
    }

    /** Adds a pair for each of these target keys. */
    void insert(List<Object> keys) {
        if (keys.isEmpty()) {
            return;
        }
        if (pairs.ownerKey() != null) {
            insertThrough(keys);
            return;
        }
        Dialect dialect = db.dialect();
        for (List<Object> chunk : chunks(keys)) {
            List<Object> params = new ArrayList<>();
            for (Object key : chunk) {
                params.add(dialect.toDatabase(owner.pk().columnType(), ownerKey));
                params.add(dialect.toDatabase(target.pk().columnType(), key));
            }
            String sql = "INSERT INTO " + quote(pairs.table()) + " (" + quote(pairs.ownerColumn()) + ", " + quote(
                    pairs.targetColumn()) + ") VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(),
                            "(?, ?)"));
            db.execute(sql, params);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void insertThrough(List<Object> keys) {
        ModelMeta through = Models.meta(field.through());
        List<Model> rows = new ArrayList<>();
        for (Object key : keys) {
            Model row = through.newInstance();
            ((Ref) pairs.ownerKey().get(row)).setId(ownerKey);
            ((Ref) pairs.targetKey().get(row)).setId(key);
            rows.add(row);
        }
        Manager.of(through.type()).using(db.name()).bulkCreate(rows);
    }

    /** Deletes the pairs of these target keys (every pair of the owner when null). */
    void delete(List<Object> keys) {
        if (keys != null && keys.isEmpty()) {
            return;
        }
        for (List<Object> chunk : chunks(keys)) {
            if (pairs.ownerKey() != null) {
                throughRows(chunk).delete();
                continue;
            }
            List<Object> params = new ArrayList<>();
            db.execute("DELETE FROM " + quote(pairs.table()) + where(chunk, params), params);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private QuerySet<Model> throughRows(List<Object> targetKeys) {
        QuerySet<Model> rows = (QuerySet<Model>) Manager.of((Class) field.through()).using(db.name()).filter(pairs
                .ownerKey().name(), ownerKey);
        return targetKeys == null ? rows : rows.filter(pairs.targetKey().name() + "__in", targetKeys);
    }

    /** {@code WHERE owner = ? [AND target IN (?, ...)]}, its parameters added to {@code params}. */
    private String where(List<Object> targetKeys, List<Object> params) {
        Dialect dialect = db.dialect();
        params.add(dialect.toDatabase(owner.pk().columnType(), ownerKey));
        String sql = " WHERE " + quote(pairs.ownerColumn()) + " = ?";
        if (targetKeys != null) {
            for (Object key : targetKeys) {
                params.add(dialect.toDatabase(target.pk().columnType(), key));
            }
            sql += " AND " + quote(pairs.targetColumn()) + " IN (" + String.join(", ", Collections.nCopies(targetKeys
                    .size(), "?")) + ")";
        }
        return sql;
    }

    /** The keys in chunks; a null list is one null chunk, meaning every key. */
    private static List<List<Object>> chunks(List<Object> keys) {
        List<List<Object>> chunks = new ArrayList<>();
        if (keys == null) {
            chunks.add(null);
            return chunks;
        }
        for (int from = 0; from < keys.size(); from += CHUNK) {
            chunks.add(keys.subList(from, Math.min(keys.size(), from + CHUNK)));
        }
        return chunks;
    }

    private String quote(String name) {
        return db.dialect().quote(name);
    }
}
