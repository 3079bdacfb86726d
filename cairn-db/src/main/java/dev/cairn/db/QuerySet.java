package dev.cairn.db;

import dev.cairn.db.internal.Journal;
import dev.cairn.db.internal.Query;
import dev.cairn.db.internal.QueryAccess;
import dev.cairn.db.internal.Select;
import dev.cairn.db.internal.Writes;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.query.Exists;
import dev.cairn.db.query.Expression;
import dev.cairn.db.query.Q;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A lazy, immutable query over one model (Django's QuerySet): each method that narrows or orders it returns a new
 * one, nothing runs until the rows are asked for ({@link #list()}, iteration, {@link #count()}, ...), and
 * {@link #sql()} shows what would run. Lookups are checked as the QuerySet is built: a wrong name fails at once
 * with the model's choices.
 *
 * @param <M> the model
 */
public final class QuerySet<M extends Model> implements Iterable<M> {

    static {
        QueryAccess.install(queryset -> switch (queryset) {
            case QuerySet<?> objects -> objects.query;
            case ValuesQuerySet<?> values -> values.query();
            default -> null;
        });
    }

    private final Query query;
    private final String database;
    private final List<Prefetch> prefetches;
    private final List<M> cache;
    // The SELECT, made once: building a QuerySet already compiles it (to check its names), and reading reuses it.
    private Select.Compiled compiled;

    QuerySet(Query query, String database) {
        this(query, database, List.of(), null);
    }

    private QuerySet(Query query, String database, List<Prefetch> prefetches, List<M> cache) {
        this.query = query;
        this.database = database;
        this.prefetches = prefetches;
        this.cache = cache;
    }

    QuerySet<M> with(Query next) {
        // Compiling now checks every name the query uses, so a mistake fails where it was made.
        QuerySet<M> made = new QuerySet<>(next, database, prefetches, null);
        try {
            made.compiled = Select.compile(db().dialect(), next);
        } catch (FieldError e) {
            // An OuterRef cannot be compiled alone; checked as it will stand inside its query, it may be fine.
            Select.check(db().dialect(), next);
        }
        return made;
    }

    Select.Compiled compiled(Database db) {
        Select.Compiled made = compiled;
        if (made == null) {
            // Racing threads may both compile; the results are equal and immutable.
            made = Select.compile(db.dialect(), query);
            compiled = made;
        }
        return made;
    }

    /** The same QuerySet answering list(), iteration, count() and exists() from {@code objects}: a prefetch. */
    QuerySet<M> withCache(List<? extends Model> objects) {
        @SuppressWarnings("unchecked")
        List<M> typed = (List<M>) List.copyOf(objects);
        return new QuerySet<>(query, database, prefetches, typed);
    }

    private Database db() {
        return Db.of(database);
    }

    /** The model's description. */
    @SuppressWarnings("unchecked")
    public ModelMeta<M> meta() {
        return (ModelMeta<M>) query.model();
    }

    // --- narrowing and ordering ---

    /** Rows where {@code lookup} holds for {@code value}: {@code filter("price__lt", 10)}. */
    public QuerySet<M> filter(String lookup, Object value) {
        return filter(Q.of(lookup, value));
    }

    /** Rows where the condition holds. */
    public QuerySet<M> filter(Q condition) {
        return with(query.where(condition));
    }

    /**
     * Rows for which {@code exists}'s QuerySet finds a row ({@code WHERE EXISTS (SELECT ...)}), usually one that
     * refers to these rows with {@code OuterRef}; {@code Exists.of(qs).not()} for none ({@code NOT EXISTS}).
     */
    public QuerySet<M> filter(Exists exists) {
        return filter(Q.of(exists));
    }

    /** Rows for which {@code exists}'s QuerySet finds no row ({@code WHERE NOT EXISTS (SELECT ...)}). */
    public QuerySet<M> exclude(Exists exists) {
        return exclude(Q.of(exists));
    }

    /** Rows where every lookup holds for its value. */
    public QuerySet<M> filter(Map<String, ?> lookups) {
        List<Q> all = new ArrayList<>();
        lookups.forEach((lookup, value) -> all.add(Q.of(lookup, value)));
        return filter(Q.all(all));
    }

    /** Rows where {@code lookup} does not hold for {@code value}. */
    public QuerySet<M> exclude(String lookup, Object value) {
        return exclude(Q.of(lookup, value));
    }

    /** Rows where the condition does not hold. */
    public QuerySet<M> exclude(Q condition) {
        return with(query.where(condition.not()));
    }

    /** Ordered by these fields ({@code "-price"} descending, {@code "author__name"} across a relation, "?" random). */
    public QuerySet<M> orderBy(String... fields) {
        return with(query.orderedBy(Arrays.asList(fields)));
    }

    /** The same rows in the opposite order (of orderBy, or the model's default). */
    public QuerySet<M> reverse() {
        List<String> reversed = new ArrayList<>();
        for (String field : query.effectiveOrdering()) {
            reversed.add(field.startsWith("-") ? field.substring(1) : "-" + field);
        }
        return with(query.orderedBy(reversed));
    }

    /** SELECT DISTINCT. */
    public QuerySet<M> distinct() {
        return with(query.distinctRows());
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive): Python's {@code qs[from:to]}, LIMIT and OFFSET. */
    public QuerySet<M> slice(long from, long to) {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("slice needs 0 <= from <= to, not " + from + ", " + to);
        }
        long offset = query.offset() + from;
        long limit = query.limit() < 0 ? to - from : Math.max(0, Math.min(to, query.limit()) - from);
        return with(query.window(limit, offset));
    }

    /** At most {@code n} rows. */
    public QuerySet<M> limit(long n) {
        return slice(0, n);
    }

    /** Loads these relations ({@code "author"}, {@code "author__publisher"}) in the same query, with JOINs. */
    public QuerySet<M> selectRelated(String... paths) {
        return with(query.related(Arrays.asList(paths)));
    }

    /**
     * Loads these relations of every object found with one more query per level ({@code WHERE key IN (...)},
     * in chunks for long lists) instead of one per object: reverse foreign keys and one-to-ones
     * ({@code "books"}), many-to-many both ways ({@code "tags"}, {@code "books"} from a Tag) and forward keys
     * ({@code "author"}), nested with {@code __} ({@code "books__tags"}). Afterwards {@code model.related(name)},
     * {@code model.relatedOne(name)}, {@code many.all()} and {@code ref.get()} answer from what was loaded; see
     * {@link #list()} for which calls do.
     *
     * @throws FieldError when a name is not a relation, listing the relations there are
     */
    public QuerySet<M> prefetchRelated(String... lookups) {
        return prefetchRelated(Arrays.stream(lookups).map(Prefetch::of).toArray(Prefetch[]::new));
    }

    /** Like {@link #prefetchRelated(String...)}, with a QuerySet or a name of its own for a relation. */
    public QuerySet<M> prefetchRelated(Prefetch... lookups) {
        List<Prefetch> all = new ArrayList<>(prefetches);
        all.addAll(Arrays.asList(lookups));
        Prefetcher.plan(meta(), all);
        return new QuerySet<>(query, database, List.copyOf(all), null);
    }

    /**
     * This QuerySet narrowed to the one column {@code field}, to stand inside another query:
     * {@code Subquery.of(books.orderBy("-published").column("title").limit(1))}, or {@code filter("author__in",
     * books.column("author"))}. Its rows are read with {@link #values} and its kin, not as objects.
     */
    public QuerySet<M> column(String field) {
        return with(query.valuesOf(List.of(field)));
    }

    /** Adds a computed value to each object, readable with {@code model.annotation(name)}. */
    public QuerySet<M> annotate(String name, Expression expression) {
        if (meta().field(name) != null) {
            throw new FieldError("The annotation '" + name + "' conflicts with a field on " + meta().type()
                    .getSimpleName());
        }
        return with(query.annotated(Map.of(name, expression)));
    }

    /** Loads only these fields (and the key); the rest stay unset. */
    public QuerySet<M> only(String... fields) {
        List<String> deferred = new ArrayList<>();
        List<String> kept = Arrays.asList(fields);
        for (String field : kept) {
            requireField(field);
        }
        for (FieldMeta field : meta().concreteFields()) {
            if (!kept.contains(field.name()) && !field.primaryKey()) {
                deferred.add(field.name());
            }
        }
        return with(query.deferring(deferred));
    }

    /** Leaves these fields out of the SELECT. */
    public QuerySet<M> defer(String... fields) {
        List<String> deferred = new ArrayList<>(query.deferred());
        for (String field : fields) {
            requireField(field);
            deferred.add(field);
        }
        return with(query.deferring(deferred));
    }

    private void requireField(String field) {
        if (meta().field(field) == null) {
            throw new FieldError("Cannot resolve keyword '" + field + "' into field of " + meta().type()
                    .getSimpleName() + ". Choices are: " + String.join(", ", meta().choices()));
        }
    }

    /** Locks the rows it reads until the transaction ends (SELECT ... FOR UPDATE). */
    public QuerySet<M> selectForUpdate() {
        return selectForUpdate(false, false);
    }

    /** Locks the rows, failing at once if one is locked ({@code nowait}) or passing over locked ones. */
    public QuerySet<M> selectForUpdate(boolean nowait, boolean skipLocked) {
        return with(query.locked(new Query.Lock(nowait, skipLocked)));
    }

    /** The same query on the named database. */
    public QuerySet<M> using(String databaseName) {
        Databases.installed().get(databaseName);
        return new QuerySet<>(query, databaseName, prefetches, null);
    }

    // --- reading ---

    /** The statement this QuerySet runs, with its parameters, without running it. */
    public Sql sql() {
        return compiled(db()).sql();
    }

    /**
     * Every object, read now, with its {@link #prefetchRelated} relations.
     *
     * <p>
     * A QuerySet of prefetched objects ({@code author.related("books")}, {@code book.tags.all()} after
     * {@code prefetchRelated}) answers {@code list()}, iteration, {@code stream()}, {@code count()} and
     * {@code exists()} from them without a query, as Django's {@code .all()} does; every method that makes a new
     * QuerySet ({@code filter}, {@code orderBy}, {@code first}, ...) queries the database again.
     */
    public List<M> list() {
        return list("list");
    }

    /** The objects, the journey naming {@code terminal} as the QuerySet method that read them. */
    private List<M> list(String terminal) {
        if (cache != null) {
            return cache;
        }
        Database db = db();
        Select.Compiled compiled = compileObjects(db);
        Journal.origin(compiled.sql().text(), query, terminal);
        List<M> found = db.query(compiled.sql().text(), compiled.sql().parameters(), Rows.models(compiled.plan(),
                db));
        Prefetcher.run(db, found, prefetches);
        return found;
    }

    private Select.Compiled compileObjects(Database db) {
        if (query.values() != null) {
            throw new IllegalStateException("This QuerySet selects only " + query.values() + " (column()), to stand "
                    + "inside another query; read it with values() or valuesListFlat()");
        }
        return compiled(db);
    }

    /**
     * The objects as a stream read from the database as it is consumed; close it (try-with-resources).
     *
     * @throws IllegalStateException with {@link #prefetchRelated}, which needs every object before it can query
     */
    public Stream<M> stream() {
        if (cache != null) {
            return cache.stream();
        }
        if (!prefetches.isEmpty()) {
            throw new IllegalStateException("stream() reads objects one at a time and cannot prefetch " + prefetches
                    .stream().map(Prefetch::path).toList() + ": use list(), or leave out prefetchRelated");
        }
        Database db = db();
        Select.Compiled compiled = compileObjects(db);
        Journal.origin(compiled.sql().text(), query, "stream");
        return db.stream(compiled.sql().text(), compiled.sql().parameters(), Rows.models(compiled.plan(), db));
    }

    @Override
    public Iterator<M> iterator() {
        return list().iterator();
    }

    /** How many rows (SELECT COUNT(*)). */
    public long count() {
        if (cache != null) {
            return cache.size();
        }
        Sql sql = Select.count(db().dialect(), query);
        Journal.origin(sql.text(), query, "count");
        return db().query(sql.text(), sql.parameters(), rows -> rows.getLong(1)).get(0);
    }

    /** Whether there is any row (SELECT 1 ... LIMIT 1). */
    public boolean exists() {
        if (cache != null) {
            return !cache.isEmpty();
        }
        Sql sql = Select.exists(db().dialect(), query);
        Journal.origin(sql.text(), query, "exists");
        return !db().query(sql.text(), sql.parameters(), rows -> 1).isEmpty();
    }

    /**
     * The one object where {@code lookup} holds.
     *
     * @throws DoesNotExist            when there is none
     * @throws MultipleObjectsReturned when there are several
     */
    public M get(String lookup, Object value) {
        return get(Q.of(lookup, value));
    }

    /** The one object where the condition holds. */
    public M get(Q condition) {
        return forGet(query.where(condition)).one();
    }

    /** The one object this QuerySet finds. */
    public M get() {
        return forGet(query).one();
    }

    /** The query with at most two rows: enough to tell "several" from "one", without reading thousands. */
    private QuerySet<M> forGet(Query wanted) {
        // Order does not matter for one row, as Django's get() drops it: the default ordering would cost a sort.
        Query unordered = wanted.orderedBy(List.of());
        return with(wanted.limit() >= 0 && wanted.limit() <= 2 ? unordered : unordered.window(2, wanted.offset()));
    }

    private M one() {
        List<M> found = list("get");
        String model = meta().type().getSimpleName();
        if (found.isEmpty()) {
            throw new DoesNotExist(model + " matching query does not exist (" + describe() + ")");
        }
        if (found.size() > 1) {
            throw new MultipleObjectsReturned("get() returned more than one " + model + " (" + describe() + ")");
        }
        return found.get(0);
    }

    private String describe() {
        return query.where().isEmpty() ? "no conditions" : query.where().toString();
    }

    /** The first object in order (by key when unordered), or null. */
    public M first() {
        QuerySet<M> ordered = query.effectiveOrdering().isEmpty() ? orderBy("pk") : this;
        List<M> found = ordered.limit(1).list();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The last object in order (by key when unordered), or null. */
    public M last() {
        QuerySet<M> ordered = query.effectiveOrdering().isEmpty() ? orderBy("-pk") : reverse();
        List<M> found = ordered.limit(1).list();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The objects with these keys, by key. */
    public Map<Object, M> inBulk(List<?> keys) {
        Map<Object, M> byKey = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return byKey;
        }
        for (M model : filter("pk__in", keys).list()) {
            byKey.put(model.pk(), model);
        }
        return byKey;
    }

    /**
     * Each row as a map of these fields (across relations with {@code __}, or annotations); all fields if none. The
     * rows are a {@link ValuesQuerySet}: a list read when first looked at, which also narrows, orders, slices and
     * annotates further, as Django's {@code values()} does; {@code values("author__name").annotate("n",
     * Aggregate.count("id"))} counts per author name.
     *
     * @throws FieldError when a name is no field, relation path or annotation
     */
    public ValuesQuerySet<M> values(String... fields) {
        List<String> names = fields.length == 0
                ? meta().concreteFields().stream().map(FieldMeta::name).toList()
                : Arrays.asList(fields);
        return new ValuesQuerySet<>(with(query.valuesOf(names)));
    }

    /** Each row as a list of these fields' values. */
    public List<List<Object>> valuesList(String... fields) {
        return values(fields).stream().map(row -> (List<Object>) new ArrayList<>(row.values())).toList();
    }

    /** One field's value from each row (Django's {@code values_list(field, flat=True)}). */
    public List<Object> valuesListFlat(String field) {
        return values(field).stream().map(row -> row.get(field)).toList();
    }

    /** Aggregates over every row: {@code aggregate(Map.of("total", Aggregate.sum("price")))}. */
    public Map<String, Object> aggregate(Map<String, ? extends Expression> aggregates) {
        Map<String, Expression> ordered = new LinkedHashMap<>(aggregates);
        Sql sql = Select.aggregate(db().dialect(), query, ordered);
        Journal.origin(sql.text(), query, "aggregate");
        return db().query(sql.text(), sql.parameters(), rows -> {
            Map<String, Object> result = new LinkedHashMap<>();
            int index = 1;
            for (String name : ordered.keySet()) {
                result.put(name, rows.getObject(index++));
            }
            return result;
        }).get(0);
    }

    // --- writing ---

    /**
     * Sets fields on every row it finds in one UPDATE, without loading them; a value may be an expression
     * ({@code F.of("stock").minus(1)}), computed atomically by the database.
     *
     * @return how many rows changed
     */
    public int update(Map<String, ?> changes) {
        Map<FieldMeta, Object> byField = new LinkedHashMap<>();
        changes.forEach((name, value) -> {
            requireField(name);
            FieldMeta field = meta().field(name);
            if (!field.concrete()) {
                throw new FieldError("update() cannot set the many-to-many field '" + name + "'");
            }
            byField.put(field, value);
        });
        Sql sql = Writes.update(db().dialect(), query, byField);
        Journal.origin(sql.text(), query, "update");
        return db().execute(sql.text(), sql.parameters());
    }

    /** Sets one field on every row it finds. */
    public int update(String field, Object value) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put(field, value);
        return update(change);
    }

    /**
     * Deletes every row it finds, honouring each relation's {@code on_delete}, in one transaction.
     *
     * @return how many rows of each model were deleted, by label
     */
    public Map<String, Integer> delete() {
        if (isSliced()) {
            throw new IllegalStateException("Cannot delete a sliced QuerySet: filter it instead");
        }
        Database db = db();
        List<Object> keys = new QuerySet<M>(query.orderedBy(List.of()), database).valuesListFlat("pk");
        return Deletion.delete(db, meta(), keys);
    }

    Query query() {
        return query;
    }

    boolean isSliced() {
        return query.limit() >= 0 || query.offset() > 0;
    }

    String databaseName() {
        return database;
    }

    @Override
    public String toString() {
        return "QuerySet<" + meta().type().getSimpleName() + ">(" + sql() + ")";
    }
}
