package dev.cairn.db;

import dev.cairn.db.internal.Query;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.db.query.Q;
import java.util.List;
import java.util.Map;

/**
 * A model's way into its table (Django's {@code Book.objects}): every QuerySet starts here, and so do
 * {@link #create}, {@link #bulkCreate}, {@link #getOrCreate} and {@link #updateOrCreate}.
 *
 * @param <M> the model
 */
public final class Manager<M extends Model> {

    private final ModelMeta<M> meta;
    private final String database;

    private Manager(ModelMeta<M> meta, String database) {
        this.meta = meta;
        this.database = database;
    }

    /** The manager of {@code type}, its declaration checked now. */
    public static <M extends Model> Manager<M> of(Class<M> type) {
        return new Manager<>(Models.meta(type), null);
    }

    /** The same manager on the named database. */
    public Manager<M> using(String databaseName) {
        Databases.installed().get(databaseName);
        return new Manager<>(meta, databaseName);
    }

    /** Every row, in the model's default order. */
    public QuerySet<M> all() {
        return new QuerySet<>(Query.of(meta), database);
    }

    /** See {@link QuerySet#filter(String, Object)}. */
    public QuerySet<M> filter(String lookup, Object value) {
        return all().filter(lookup, value);
    }

    /** See {@link QuerySet#filter(Q)}. */
    public QuerySet<M> filter(Q condition) {
        return all().filter(condition);
    }

    /** See {@link QuerySet#exclude(String, Object)}. */
    public QuerySet<M> exclude(String lookup, Object value) {
        return all().exclude(lookup, value);
    }

    /** See {@link QuerySet#filter(dev.cairn.db.query.Exists)}. */
    public QuerySet<M> filter(dev.cairn.db.query.Exists exists) {
        return all().filter(exists);
    }

    /** See {@link QuerySet#exclude(dev.cairn.db.query.Exists)}. */
    public QuerySet<M> exclude(dev.cairn.db.query.Exists exists) {
        return all().exclude(exists);
    }

    /** See {@link QuerySet#exclude(Q)}. */
    public QuerySet<M> exclude(Q condition) {
        return all().exclude(condition);
    }

    /** See {@link QuerySet#values}. */
    public ValuesQuerySet<M> values(String... fields) {
        return all().values(fields);
    }

    /** See {@link QuerySet#orderBy}. */
    public QuerySet<M> orderBy(String... fields) {
        return all().orderBy(fields);
    }

    /** See {@link QuerySet#selectRelated}. */
    public QuerySet<M> selectRelated(String... paths) {
        return all().selectRelated(paths);
    }

    /** See {@link QuerySet#prefetchRelated(String...)}. */
    public QuerySet<M> prefetchRelated(String... lookups) {
        return all().prefetchRelated(lookups);
    }

    /** See {@link QuerySet#prefetchRelated(Prefetch...)}. */
    public QuerySet<M> prefetchRelated(Prefetch... lookups) {
        return all().prefetchRelated(lookups);
    }

    /** See {@link QuerySet#annotate}. */
    public QuerySet<M> annotate(String name, dev.cairn.db.query.Expression expression) {
        return all().annotate(name, expression);
    }

    /** See {@link QuerySet#aggregate}. */
    public Map<String, Object> aggregate(Map<String, ? extends dev.cairn.db.query.Expression> aggregates) {
        return all().aggregate(aggregates);
    }

    /** See {@link QuerySet#get(String, Object)}. */
    public M get(String lookup, Object value) {
        return all().get(lookup, value);
    }

    /**
     * Objects read by hand-written SQL, for what a QuerySet cannot say: each column named as a field's column
     * fills it, other columns become annotations ({@code model.annotation(name)}), and the key must be selected.
     * Always pass values as parameters ({@code ?}), never in the SQL's text.
     */
    public List<M> raw(String sql, Object... parameters) {
        Database db = Db.of(database);
        return db.query(sql, java.util.Arrays.asList(parameters), RawRows.mapper(meta, db, sql));
    }

    /** See {@link QuerySet#count()}. */
    public long count() {
        return all().count();
    }

    /** Saves a new object and returns it. */
    public M create(M object) {
        object.save(database == null ? Db.of(null).name() : database);
        return object;
    }

    /**
     * Inserts many new objects in as few statements as the database allows, and fills in their keys where the
     * database returns them (PostgreSQL, SQLite, MariaDB with RETURNING).
     */
    public List<M> bulkCreate(List<M> objects) {
        Persistence.bulkInsert(Db.of(database), meta, objects);
        return objects;
    }

    /**
     * Saves every field of these saved objects in one batch of UPDATEs (one statement, sent once with every row's
     * values), in one transaction.
     *
     * @return how many rows changed
     */
    public int bulkUpdate(List<M> objects) {
        return Persistence.bulkUpdate(Db.of(database), meta, objects);
    }

    /**
     * The object matching {@code lookups}, or a new one made from them and {@code defaults} and saved, in one
     * transaction.
     */
    public Created<M> getOrCreate(Map<String, ?> lookups, java.util.function.Consumer<M> defaults) {
        Database db = Db.of(database);
        return db.atomic(() -> {
            List<M> found = all().filter(lookups).limit(2).list();
            if (found.size() > 1) {
                throw new MultipleObjectsReturned("get_or_create found more than one " + meta.type().getSimpleName());
            }
            if (!found.isEmpty()) {
                return new Created<>(found.get(0), false);
            }
            M made = meta.newInstance();
            lookups.forEach((name, value) -> Persistence.setByName(made, name, value));
            defaults.accept(made);
            made.save(db.name());
            return new Created<>(made, true);
        });
    }

    /** The object matching {@code lookups} updated by {@code changes}, or a new one made and saved. */
    public Created<M> updateOrCreate(Map<String, ?> lookups, java.util.function.Consumer<M> changes) {
        Database db = Db.of(database);
        return db.atomic(() -> {
            List<M> found = all().filter(lookups).selectForUpdate().limit(2).list();
            if (found.size() > 1) {
                throw new MultipleObjectsReturned("update_or_create found more than one " + meta.type()
                        .getSimpleName());
            }
            M object = found.isEmpty() ? meta.newInstance() : found.get(0);
            if (found.isEmpty()) {
                lookups.forEach((name, value) -> Persistence.setByName(object, name, value));
            }
            changes.accept(object);
            object.save(db.name());
            return new Created<>(object, found.isEmpty());
        });
    }

    /**
     * An object and whether it was just made.
     *
     * @param object  the object
     * @param created whether it was created
     * @param <M>     the model
     */
    public record Created<M>(M object, boolean created) {}
}
