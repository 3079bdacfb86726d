package dev.cairn.db.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.db.Database;
import dev.cairn.db.Databases;
import dev.cairn.db.Model;
import dev.cairn.db.Ref;
import dev.cairn.db.internal.ManyToManyTables;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rows for tests, in Django's {@code dumpdata} JSON: a list of entries, each a model's label, a primary key and
 * the fields; a foreign key is the target's key, a many-to-many field the list of the targets' keys.
 *
 * <pre>{@code
 * [{"model": "library.author", "pk": 1, "fields": {"name": "Jane Austen", "born": "1775-12-16"}},
 *  {"model": "library.book", "pk": 1, "fields": {"title": "Emma", "author": 1, "price": "7.25", "tags": [2]}}]
 * }</pre>
 *
 * A file loads in one atomic block, in order (so targets come before the rows that point at them), and a bad
 * entry loads nothing: the {@link FixtureError} names the file and the entry. On PostgreSQL the key sequences are
 * moved past the keys loaded, so that objects saved afterwards get fresh ones. {@link #dump} writes the same
 * format back. Databases are named as for {@code Manager.using}: among those {@code Databases.install}ed.
 */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Fixtures() {}

    /** Loads a fixture file into {@code database}; returns how many objects it saved. */
    public static int load(String database, Path file) {
        try {
            return load(database, file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads a fixture from the class path ({@code "fixtures/library.json"}, relative to the root); returns how many
     * objects it saved.
     *
     * @throws FixtureError when there is no such resource
     */
    public static int loadResource(String database, String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new FixtureError(resource, "no such resource on the class path");
            }
            return load(database, resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads fixture JSON into {@code database}; {@code name} is what errors call it. Returns how many objects it
     * saved.
     *
     * @throws FixtureError naming {@code name} and the entry, for JSON that does not parse, an entry that is not
     *                      {@code {"model", "pk", "fields"}}, an unknown model or field, or a value of the wrong
     *                      type; nothing is loaded then
     */
    public static int load(String database, String name, String json) {
        Database db = Databases.installed().get(database);
        JsonNode entries;
        try {
            entries = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FixtureError(name, "not JSON: " + e.getOriginalMessage());
        }
        if (entries == null || !entries.isArray()) {
            throw new FixtureError(name, "a fixture is a JSON list of {\"model\", \"pk\", \"fields\"} entries");
        }
        FixtureLoader loader = new FixtureLoader(db, name, models());
        return db.atomic(() -> loader.load(entries));
    }

    /**
     * Every row of these models' tables as fixture JSON, the models in the order given and each table by key: a
     * fixture that {@link #load} reads back into the same rows.
     */
    @SafeVarargs
    public static String dump(String database, Class<? extends Model>... models) {
        Database db = Databases.installed().get(database);
        ArrayNode entries = JSON.createArrayNode();
        for (Class<? extends Model> type : models) {
            dumpModel(db, Models.meta(type), entries);
        }
        try {
            return JSON.writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write fixture JSON", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <M extends Model> void dumpModel(Database database, ModelMeta<M> meta, ArrayNode entries) {
        Map<FieldMeta, Map<Object, List<JsonNode>>> pairs = new LinkedHashMap<>();
        for (FieldMeta field : meta.manyToManyFields()) {
            if (field.through() == null) {
                pairs.put(field, targetsOf(database, meta, field));
            }
        }
        List<M> objects = dev.cairn.db.Manager.of(meta.type()).using(database.name()).orderBy("pk").list();
        for (M object : objects) {
            ObjectNode entry = entries.addObject();
            entry.put("model", labelOf(meta));
            entry.set("pk", FixtureValues.toJson(object.pk()));
            ObjectNode fields = entry.putObject("fields");
            for (FieldMeta field : meta.concreteFields()) {
                if (field.primaryKey()) {
                    continue;
                }
                Object value = field.get(object);
                fields.set(field.name(), FixtureValues.toJson(field.relation().isKey() && value != null
                        ? ((Ref) value).id()
                        : value));
            }
            pairs.forEach((field, byOwner) -> byOwner.getOrDefault(object.pk(), List.of())
                    .forEach(fields.putArray(field.name())::add));
        }
    }

    /** The target keys of a many-to-many field, by owner key, each list in key order. */
    private static Map<Object, List<JsonNode>> targetsOf(Database database, ModelMeta<?> owner, FieldMeta field) {
        ModelMeta<?> target = Models.meta(field.target());
        String ownerColumn = database.dialect().quote(ManyToManyTables.ownerColumn(owner, target));
        String targetColumn = database.dialect().quote(ManyToManyTables.targetColumn(owner, target));
        String sql = "SELECT " + ownerColumn + ", " + targetColumn + " FROM "
                + database.dialect().quote(ManyToManyTables.table(owner, field)) + " ORDER BY " + ownerColumn + ", "
                + targetColumn;
        Map<Object, List<JsonNode>> byOwner = new LinkedHashMap<>();
        for (Object[] pair : database.query(sql, List.of(), rows -> new Object[]{rows.getObject(1), rows
                .getObject(2)})) {
            Object key = dev.cairn.db.meta.Values.toJava(owner.pk().javaType(), pair[0]);
            byOwner.computeIfAbsent(key, k -> new ArrayList<>()).add(FixtureValues.toJson(pair[1]));
        }
        return byOwner;
    }

    /** The label fixtures use for a model: {@code app.model}, in lower case as Django writes it. */
    static String labelOf(ModelMeta<?> meta) {
        return meta.app() + "." + meta.name();
    }

    /** The models known now, by lower-case label. */
    private static Map<String, ModelMeta<?>> models() {
        Collection<ModelMeta<?>> known = Models.all();
        Map<String, ModelMeta<?>> byLabel = new java.util.TreeMap<>();
        for (ModelMeta<?> meta : known) {
            byLabel.put(labelOf(meta).toLowerCase(Locale.ROOT), meta);
        }
        return byLabel;
    }
}
