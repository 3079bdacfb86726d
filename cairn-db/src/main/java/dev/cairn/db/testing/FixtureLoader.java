package dev.cairn.db.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.db.Database;
import dev.cairn.db.Model;
import dev.cairn.db.Ref;
import dev.cairn.db.internal.ManyToManyTables;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.db.meta.Relation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads the entries of one fixture, in order, each saved as a new object with its key; then the many-to-many
 * pairs, and on PostgreSQL the key sequences. Runs inside the atomic block {@link Fixtures#load} opens.
 */
final class FixtureLoader {

    private final Database database;
    private final String file;
    private final Map<String, ModelMeta<?>> models;
    private final Set<ModelMeta<?>> loaded = new LinkedHashSet<>();

    FixtureLoader(Database database, String file, Map<String, ModelMeta<?>> models) {
        this.database = database;
        this.file = file;
        this.models = models;
    }

    int load(JsonNode entries) {
        int index = 0;
        for (JsonNode entry : entries) {
            index++;
            loadEntry(entry, index);
        }
        resetSequences();
        return index;
    }

    private void loadEntry(JsonNode entry, int index) {
        if (!entry.isObject() || !entry.path("model").isTextual() || !entry.path("fields").isObject()) {
            throw new FixtureError(file, "entry " + index,
                    "an entry is {\"model\": \"app.model\", \"pk\": ..., \"fields\": "
                            + "{...}}, not " + abbreviated(entry));
        }
        String label = entry.get("model").textValue();
        String where = "entry " + index + " (" + label + (entry.hasNonNull("pk") ? " pk " + entry.get("pk") : "") + ")";
        ModelMeta<?> meta = models.get(label.toLowerCase(Locale.ROOT));
        if (meta == null) {
            throw new FixtureError(file, where, "unknown model '" + label + "'; known models are: "
                    + String.join(", ", models.keySet()));
        }
        Model object = meta.newInstance();
        List<Runnable> pairs = new ArrayList<>();
        set(object, meta.pk(), entry.get("pk"), where);
        Iterator<Map.Entry<String, JsonNode>> fields = entry.get("fields").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            FieldMeta declared = meta.field(field.getKey());
            if (declared == null || declared.primaryKey()) {
                throw new FixtureError(file, where, "unknown field '" + field.getKey() + "' of " + meta.type()
                        .getSimpleName() + "; its fields are: " + String.join(", ", fieldNames(meta)));
            }
            if (declared.relation() == Relation.MANY_TO_MANY) {
                List<Object> keys = targetKeys(declared, field.getValue(), where);
                pairs.add(() -> addPairs(object, meta, declared, keys));
            } else {
                set(object, declared, field.getValue(), where);
            }
        }
        object.save(database.name());
        pairs.forEach(Runnable::run);
        loaded.add(meta);
    }

    @SuppressWarnings("rawtypes")
    private void set(Model object, FieldMeta field, JsonNode value, String where) {
        try {
            if (field.relation().isKey()) {
                ModelMeta<?> target = Models.meta(field.target());
                ((Ref) field.get(object)).setId(FixtureValues.toJava(target.pk().javaType(), value));
            } else {
                field.set(object, FixtureValues.toJava(field.javaType(), value));
            }
        } catch (IllegalArgumentException e) {
            throw new FixtureError(file, where, "field '" + field.name() + "': " + e.getMessage());
        }
    }

    /** The keys a many-to-many field's value lists, checked before anything is written. */
    private List<Object> targetKeys(FieldMeta field, JsonNode keys, String where) {
        if (!keys.isArray()) {
            throw new FixtureError(file, where, "field '" + field.name() + "': a many-to-many field is a list of "
                    + "keys, not " + abbreviated(keys));
        }
        if (field.through() != null) {
            throw new FixtureError(file, where, "field '" + field.name() + "' goes through "
                    + field.through().getSimpleName() + ": load the through model's rows instead");
        }
        ModelMeta<?> target = Models.meta(field.target());
        List<Object> converted = new ArrayList<>();
        for (JsonNode key : keys) {
            try {
                converted.add(FixtureValues.toJava(target.pk().javaType(), key));
            } catch (IllegalArgumentException e) {
                throw new FixtureError(file, where, "field '" + field.name() + "': " + e.getMessage());
            }
        }
        return converted;
    }

    private void addPairs(Model object, ModelMeta<?> owner, FieldMeta field, List<Object> keys) {
        if (keys.isEmpty()) {
            return;
        }
        ModelMeta<?> target = Models.meta(field.target());
        List<List<Object>> rows = keys.stream().map(key -> List.of(object.pk(), key)).toList();
        String sql = "INSERT INTO " + quote(ManyToManyTables.table(owner, field)) + " ("
                + quote(ManyToManyTables.ownerColumn(owner, target)) + ", "
                + quote(ManyToManyTables.targetColumn(owner, target)) + ") VALUES (?, ?)";
        database.executeBatch(sql, rows);
    }

    /** Moves PostgreSQL's key sequences past the keys just loaded; the other databases do it themselves. */
    private void resetSequences() {
        if (!database.dialect().name().equals("postgresql")) {
            return;
        }
        for (ModelMeta<?> meta : loaded) {
            if (meta.pk().columnType().isAuto()) {
                String column = quote(meta.pk().column());
                database.query("SELECT setval(pg_get_serial_sequence(?, ?), COALESCE(MAX(" + column + "), 1), MAX("
                        + column + ") IS NOT NULL) FROM " + quote(meta.table()),
                        List.of(quote(meta.table()), meta
                                .pk().column()),
                        rows -> rows.getObject(1));
            }
        }
    }

    private String quote(String identifier) {
        return database.dialect().quote(identifier);
    }

    private static List<String> fieldNames(ModelMeta<?> meta) {
        return meta.fields().stream().filter(f -> !f.primaryKey()).map(FieldMeta::name).toList();
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
