package dev.cairn.db;

import dev.cairn.db.internal.Query;
import dev.cairn.db.internal.Writes;
import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Values;
import dev.cairn.db.query.Q;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes objects: INSERT for new ones (taking the key the database made), UPDATE of every field for others. */
final class Persistence {

    private Persistence() {}

    static void save(Model model, Database db) {
        ModelMeta<?> meta = model.meta();
        stampTimes(model, meta, model.isAdding());
        if (!model.isAdding() && model.pk() != null && update(db, model) > 0) {
            return;
        }
        insert(db, model, meta);
    }

    private static void insert(Database db, Model model, ModelMeta<?> meta) {
        FieldMeta pk = meta.pk();
        boolean numbered = pk.columnType().isAuto() && model.pk() == null;
        List<FieldMeta> fields = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (FieldMeta field : meta.concreteFields()) {
            if (field == pk && numbered) {
                continue;
            }
            fields.add(field);
            values.add(stored(db, field, model));
        }
        Sql sql = Writes.insert(db.dialect(), meta, fields, values);
        if (numbered) {
            List<Object> keys = db.insertReturningKeys(sql.text(), sql.parameters(), pk.column());
            pk.set(model, Values.toJava(pk.javaType(), keys.get(0)));
        } else {
            db.execute(sql.text(), sql.parameters());
        }
        model.loaded(db.name());
    }

    /** UPDATE of every field but the key; how many rows changed (0 when the row is gone). */
    static int update(Database db, Model model) {
        ModelMeta<?> meta = model.meta();
        stampTimes(model, meta, false);
        Map<FieldMeta, Object> changes = new LinkedHashMap<>();
        for (FieldMeta field : meta.concreteFields()) {
            if (!field.primaryKey()) {
                changes.put(field, value(field, model));
            }
        }
        if (changes.isEmpty()) {
            return 1;
        }
        Query one = Query.of(meta).where(Q.of("pk", model.pk()));
        Sql sql = Writes.update(db.dialect(), one, changes);
        int changed = db.execute(sql.text(), sql.parameters());
        if (changed > 0) {
            model.loaded(db.name());
        }
        return changed;
    }

    /** UPDATEs of every field but the key, one statement batched over the objects; how many rows changed. */
    static <M extends Model> int bulkUpdate(Database db, ModelMeta<M> meta, List<M> objects) {
        if (objects.isEmpty()) {
            return 0;
        }
        FieldMeta pk = meta.pk();
        List<FieldMeta> fields = meta.concreteFields().stream().filter(f -> !f.primaryKey()).toList();
        List<String> sets = new ArrayList<>();
        for (FieldMeta field : fields) {
            sets.add(db.dialect().quote(field.column()) + " = ?");
        }
        String sql = "UPDATE " + db.dialect().quote(meta.table()) + " SET " + String.join(", ", sets) + " WHERE "
                + db.dialect().quote(pk.column()) + " = ?";
        List<List<Object>> rows = new ArrayList<>(objects.size());
        for (M object : objects) {
            if (object.pk() == null) {
                throw new IllegalArgumentException("bulkUpdate() needs saved objects; this " + meta.type()
                        .getSimpleName() + " has no key");
            }
            stampTimes(object, meta, false);
            List<Object> row = new ArrayList<>(fields.size() + 1);
            for (FieldMeta field : fields) {
                row.add(stored(db, field, object));
            }
            row.add(db.dialect().toDatabase(pk.columnType(), object.pk()));
            rows.add(row);
        }
        return db.atomic(() -> {
            int changed = 0;
            for (int count : db.executeBatch(sql, rows)) {
                // A driver may answer SUCCESS_NO_INFO (-2) for a row it did not count.
                changed += count < 0 ? 1 : count;
            }
            return changed;
        });
    }

    /** Inserts new objects, many rows a statement, and fills in the keys the database made. */
    static <M extends Model> void bulkInsert(Database db, ModelMeta<M> meta, List<M> objects) {
        if (objects.isEmpty()) {
            return;
        }
        FieldMeta pk = meta.pk();
        boolean numbered = pk.columnType().isAuto() && objects.stream().allMatch(o -> o.pk() == null);
        if (numbered && !db.dialect().insertReturning()) {
            // Without RETURNING, one row a statement is the way to learn each new key.
            db.atomic(() -> objects.forEach(object -> insert(db, object, meta)));
            return;
        }
        List<FieldMeta> fields = meta.concreteFields().stream().filter(f -> !(numbered && f == pk)).toList();
        // Under the smallest limit on parameters a statement may carry (SQLite's 999).
        int perStatement = Math.max(1, 900 / Math.max(1, fields.size()));
        db.atomic(() -> {
            for (int from = 0; from < objects.size(); from += perStatement) {
                List<M> chunk = objects.subList(from, Math.min(objects.size(), from + perStatement));
                List<List<Object>> rows = new ArrayList<>(chunk.size());
                for (M object : chunk) {
                    stampTimes(object, meta, true);
                    List<Object> row = new ArrayList<>(fields.size());
                    for (FieldMeta field : fields) {
                        row.add(stored(db, field, object));
                    }
                    rows.add(row);
                }
                Sql sql = Writes.insertMany(db.dialect(), meta, fields, rows);
                if (numbered) {
                    // RETURNING gives the new keys in the order of the rows.
                    List<Object> keys = db.insertReturningKeys(sql.text(), sql.parameters(), pk.column());
                    for (int i = 0; i < chunk.size(); i++) {
                        pk.set(chunk.get(i), Values.toJava(pk.javaType(), keys.get(i)));
                    }
                } else {
                    db.execute(sql.text(), sql.parameters());
                }
            }
        });
        objects.forEach(o -> o.loaded(db.name()));
    }

    /** A field's value for the database: a key's target key, an enum's name, in the database's own form. */
    private static Object stored(Database db, FieldMeta field, Model model) {
        Object value = value(field, model);
        return value == null ? null : db.dialect().toDatabase(field.columnType(), value);
    }

    /** A field's value as it is written: a Ref's key, an enum's name. */
    @SuppressWarnings("rawtypes")
    private static Object value(FieldMeta field, Model model) {
        Object raw = field.get(model);
        if (field.relation().isKey()) {
            return raw == null ? null : ((Ref) raw).keyForSave();
        }
        return Values.toStored(raw);
    }

    private static void stampTimes(Model model, ModelMeta<?> meta, boolean adding) {
        for (FieldMeta field : meta.concreteFields()) {
            boolean stamp = field.options().autoNow() || field.options().autoNowAdd() && adding
                    && field.get(model) == null;
            if (stamp) {
                field.set(model, now(field.columnType().kind()));
            }
        }
    }

    private static Object now(ColumnType.Kind kind) {
        return switch (kind) {
            case DATE -> LocalDate.now(java.time.ZoneOffset.UTC);
            case TIME -> LocalTime.now(java.time.ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            default -> Instant.now().truncatedTo(ChronoUnit.MICROS);
        };
    }

    /** Sets a field named in a lookup of get_or_create ({@code "author"} takes a model or a key). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void setByName(Model model, String name, Object value) {
        if (name.contains("__")) {
            // A lookup across relations or with an operator describes, but cannot make, the new object.
            return;
        }
        FieldMeta field = model.meta().field(name);
        if (field == null) {
            throw new FieldError("Invalid field name '" + name + "' for " + model.getClass().getSimpleName());
        }
        if (field.relation().isKey()) {
            Ref ref = (Ref) field.get(model);
            if (value instanceof Model target) {
                ref.set(target);
            } else {
                ref.setId(value);
            }
        } else {
            field.set(model, Values.toJava(field.javaType(), value));
        }
    }
}
