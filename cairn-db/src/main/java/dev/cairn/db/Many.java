package dev.cairn.db;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The value of a {@link ManyToMany} field: the objects related through the table of pairs (made for the field, or
 * the {@code through} model's), reached as a QuerySet ({@code book.tags.all().filter("name__startswith", "c")}) and
 * changed with {@link #add}, {@link #remove}, {@link #set} and {@link #clear}, each a statement or two on the
 * pairs, on the owner's database. Changing the pairs forgets a prefetch of them.
 *
 * <p>
 * A model related to itself is symmetrical unless it says otherwise, as Django's {@code ManyToManyField("self")}:
 * {@code a.friends.add(b)} writes two pairs, so that {@code b.friends.all()} shows {@code a}, and remove, set and
 * clear take both away. One declared {@code symmetrical = false} ({@code Person.follows}) is one-way:
 * {@code a.follows.add(b)} does not make {@code b} follow {@code a}; {@code b.related("followers")} shows {@code a}.
 *
 * @param <T> the related model
 */
public final class Many<T extends Model> {

    private final Class<T> type;
    private final Model owner;
    private final String field;
    private List<T> prefetched;

    /** The related objects of {@code owner} through its field {@code field}; the model sets these up itself. */
    public Many(Class<T> type, Model owner, String field) {
        this.type = type;
        this.owner = owner;
        this.field = field;
    }

    /** The related model's class. */
    public Class<T> type() {
        return type;
    }

    /** The object whose relation this is. */
    public Model owner() {
        return owner;
    }

    /** The many-to-many field's name on the owner. */
    public String field() {
        return field;
    }

    /**
     * The related objects, as a QuerySet to read or narrow; after {@code prefetchRelated} it answers from the
     * prefetched objects (see {@link QuerySet#list()}).
     *
     * @throws IllegalStateException when the owner was never saved
     */
    @SuppressWarnings("unchecked")
    public QuerySet<T> all() {
        QuerySet<T> rows = (QuerySet<T>) (QuerySet<?>) Related.of(owner.meta(), field).of(owner, null);
        return prefetched == null ? rows : rows.withCache(prefetched);
    }

    /** How many objects are related (no query after a prefetch). */
    public long count() {
        return all().count();
    }

    /**
     * Relates these saved objects to the owner; those already related stay as they are (one pair each).
     *
     * @throws IllegalArgumentException when an object was never saved
     * @throws FieldError               when the through model has fields without a default, which only creating
     *                                  the through objects can fill
     */
    @SafeVarargs
    public final void add(T... targets) {
        RelatedPairs pairs = pairs();
        pairs.requireAddable("add");
        List<Object> keys = keys(targets, "add");
        database().atomic(() -> pairs.sides().forEach(side -> side.insertMissing(keys)));
        prefetched = null;
    }

    /** Unrelates these objects from the owner (deleting their pairs both ways when symmetrical, or through objects). */
    @SafeVarargs
    public final void remove(T... targets) {
        List<Object> keys = keys(targets, "remove");
        onEverySide(pairs(), side -> side.delete(keys));
        prefetched = null;
    }

    /** Unrelates every object from the owner. */
    public void clear() {
        onEverySide(pairs(), side -> side.delete(null));
        prefetched = null;
    }

    /** Makes {@code targets} the related objects: removes the others, adds the missing, in one transaction. */
    public void set(Collection<? extends T> targets) {
        RelatedPairs pairs = pairs();
        List<Object> keys = keys(targets.toArray(Model[]::new), "set");
        database().atomic(() -> {
            Set<Object> current = pairs.targetKeys(null);
            List<Object> gone = current.stream().filter(key -> !keys.contains(key)).toList();
            List<Object> missing = keys.stream().filter(key -> !current.contains(key)).toList();
            if (!gone.isEmpty()) {
                pairs.sides().forEach(side -> side.delete(gone));
            }
            if (!missing.isEmpty()) {
                pairs.requireAddable("set");
                pairs.sides().forEach(side -> side.insertMissing(missing));
            }
        });
        prefetched = null;
    }

    /** Keeps the prefetched objects for {@link #all()}. */
    @SuppressWarnings("unchecked")
    void keep(List<? extends Model> objects) {
        prefetched = (List<T>) List.copyOf(objects);
    }

    /** Changes the pairs each way a symmetrical relation keeps them, both in one transaction; else the one way. */
    private void onEverySide(RelatedPairs pairs, java.util.function.Consumer<RelatedPairs> change) {
        List<RelatedPairs> sides = pairs.sides();
        if (sides.size() == 1) {
            change.accept(pairs);
            return;
        }
        database().atomic(() -> sides.forEach(change));
    }

    private RelatedPairs pairs() {
        return new RelatedPairs(database(), owner, owner.meta().field(field), Related.keyOf(owner, field));
    }

    private Database database() {
        return Db.of(owner.database());
    }

    private List<Object> keys(Model[] targets, String verb) {
        Set<Object> keys = new LinkedHashSet<>();
        for (Model target : Arrays.asList(targets)) {
            if (!type.isInstance(target)) {
                throw new IllegalArgumentException(verb + "() on " + owner.getClass().getSimpleName() + "." + field
                        + " takes " + type.getSimpleName() + " objects, not " + (target == null
                                ? "null"
                                : target.getClass().getSimpleName()));
            }
            if (target.pk() == null) {
                throw new IllegalArgumentException("Cannot " + verb + "() an unsaved " + type.getSimpleName()
                        + " to " + owner.getClass().getSimpleName() + "." + field + ": save it first, so that it "
                        + "has a key");
            }
            keys.add(target.pk());
        }
        return List.copyOf(keys);
    }
}
