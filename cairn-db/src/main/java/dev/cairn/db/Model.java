package dev.cairn.db;

import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.db.meta.Relation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The base of every model: a row of its table as a Java object (Django's {@code models.Model}). Subclasses declare
 * their columns as public fields ({@link Field}, {@link ForeignKey}, {@link OneToOne}, {@link ManyToMany}) and a
 * {@code public static final Manager<Book> objects = Manager.of(Book.class)}; this class gives them
 * {@link #save()}, {@link #delete()}, {@link #refreshFromDb()} and {@link #fullClean()}.
 *
 * <p>
 * Its constructor fills the relation fields with their holders ({@link Ref}, {@link Many}) and the defaults, so a
 * new object is ready to use: {@code book.author.set(dickens)}.
 */
public abstract class Model {

    private String database;
    private boolean adding = true;
    private Map<String, Object> annotations;
    private Map<String, List<? extends Model>> prefetched;

    /** Sets up the relation holders and the declared defaults. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected Model() {
        ModelMeta<?> meta = Models.meta(getClass());
        for (FieldMeta field : meta.fields()) {
            if (field.relation().isKey()) {
                Ref ref = new Ref(field.target(), meta.type().getSimpleName(), field.name());
                if (field.options().defaultValue() != null) {
                    ref.setId(field.options().defaultValue().get());
                }
                field.set(this, ref);
            } else if (field.relation() == Relation.MANY_TO_MANY) {
                field.set(this, new Many(field.target(), this, field.name()));
            } else if (field.options().defaultValue() != null) {
                field.set(this, field.options().defaultValue().get());
            }
        }
    }

    /** This model's description. */
    @SuppressWarnings("unchecked")
    public final <M extends Model> ModelMeta<M> meta() {
        return (ModelMeta<M>) Models.meta(getClass());
    }

    /** The primary key's value; null until saved for an auto-numbered key. */
    public final Object pk() {
        FieldMeta pk = meta().pk();
        return pk.get(this);
    }

    /**
     * Inserts the object if it is new, else updates its row (every field), as Django's {@code save()}; in the
     * database it came from, else the default one.
     */
    public void save() {
        Persistence.save(this, Db.of(database));
    }

    /** Saves into the named database. */
    public void save(String databaseName) {
        Persistence.save(this, Db.of(databaseName));
    }

    /**
     * Deletes the row, and what {@code on_delete} says of the rows pointing at it.
     *
     * @return how many rows of each model were deleted, by label ({@code blog.Book})
     * @throws ProtectedError when a PROTECT or RESTRICT relation refuses
     */
    public Map<String, Integer> delete() {
        if (pk() == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " object can't be deleted because its pk is "
                    + "null: it was never saved");
        }
        return Deletion.delete(Db.of(database), meta(), java.util.List.of(pk()));
    }

    /** Reloads every field from the row, and forgets what was prefetched. */
    public void refreshFromDb() {
        Model fresh = Manager.of(getClass()).using(Db.of(database).name()).get("pk", pk());
        prefetched = null;
        for (FieldMeta field : meta().fields()) {
            if (field.relation() != Relation.MANY_TO_MANY) {
                field.set(this, field.get(fresh));
            }
        }
    }

    /**
     * Checks every field against its declaration (required, length, choices, email, URL, slug, decimal digits)
     * and the model's own {@link #clean()}.
     *
     * @throws ValidationError listing every problem by field
     */
    public void fullClean() {
        Validation.fullClean(this);
    }

    /** Checks across fields; override and throw {@link ValidationError}. Nothing by default. */
    protected void clean() {}

    /** A value {@code annotate()} computed for this object, or null. */
    public Object annotation(String name) {
        return annotations == null ? null : annotations.get(name);
    }

    /**
     * The objects on the other side of relation {@code name}, as a QuerySet to read or narrow further: another
     * model's foreign key to this one ({@code author.related("books")}), a many-to-many either way
     * ({@code tag.related("books")}, or {@code book.related("tags")}, the same as {@code book.tags.all()}). Django
     * calls this {@code author.books.all()}; a model can give it a typed name of its own:
     * {@code public QuerySet<Book> books() { return related("books", Book.class); }}.
     *
     * <p>
     * After {@code prefetchRelated(name)} the QuerySet answers from the prefetched objects (see
     * {@link QuerySet#list()}).
     *
     * @throws FieldError            when {@code name} is no relation (listing those there are), or reaches one object
     * @throws IllegalStateException when this object was never saved
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public final <R extends Model> QuerySet<R> related(String name) {
        Related related = Related.of(meta(), name);
        if (related.single()) {
            throw new FieldError("'" + name + "' on " + getClass().getSimpleName() + " reaches one object, not a "
                    + "QuerySet: use " + (related.kind() == Related.Kind.FORWARD_KEY
                            ? name + ".get()"
                            : "relatedOne(\""
                                    + name + "\")"));
        }
        if (related.kind() == Related.Kind.FORWARD_MANY) {
            return ((Many) related.field().get(this)).all();
        }
        List<? extends Model> kept = prefetched == null ? null : prefetched.get(name);
        QuerySet<Model> rows = related.of(this, null);
        return (QuerySet<R>) (kept == null ? rows : rows.withCache(kept));
    }

    /** {@link #related(String)}, checked to reach {@code type}. */
    public final <R extends Model> QuerySet<R> related(String name, Class<R> type) {
        requireTarget(name, type);
        return related(name);
    }

    /**
     * The one object on the other side of relation {@code name}: another model's one-to-one to this one
     * ({@code place.relatedOne("restaurant")}), or this model's own key ({@code book.relatedOne("author")}, the
     * same as {@code book.author.get()}). After {@code prefetchRelated(name)} it runs no query.
     *
     * @throws DoesNotExist when there is none
     * @throws FieldError   when {@code name} is no relation, or reaches many objects
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public final <R extends Model> R relatedOne(String name) {
        Related related = Related.of(meta(), name);
        if (!related.single()) {
            throw new FieldError("'" + name + "' on " + getClass().getSimpleName() + " reaches many objects: use "
                    + "related(\"" + name + "\")");
        }
        if (related.kind() == Related.Kind.FORWARD_KEY) {
            R target = (R) ((Ref) related.field().get(this)).get();
            if (target == null) {
                throw new DoesNotExist(getClass().getSimpleName() + " has no " + name + ".");
            }
            return target;
        }
        List<? extends Model> kept = prefetched == null ? null : prefetched.get(name);
        List<? extends Model> found = kept != null ? kept : related.of(this, null).limit(2).list();
        if (found.isEmpty()) {
            throw new DoesNotExist(getClass().getSimpleName() + " has no " + name + ".");
        }
        return (R) found.get(0);
    }

    /** {@link #relatedOne(String)}, checked to reach {@code type}. */
    public final <R extends Model> R relatedOne(String name, Class<R> type) {
        requireTarget(name, type);
        return relatedOne(name);
    }

    private void requireTarget(String name, Class<?> type) {
        Class<?> target = Related.of(meta(), name).target().type();
        if (target != type) {
            throw new FieldError("'" + name + "' on " + getClass().getSimpleName() + " reaches " + target
                    .getSimpleName() + ", not " + type.getSimpleName());
        }
    }

    /**
     * The objects a {@code Prefetch.of(...).into(name)} kept on this object, in the prefetch QuerySet's order.
     *
     * @throws FieldError when nothing was prefetched under that name
     */
    @SuppressWarnings("unchecked")
    public final <R extends Model> List<R> prefetched(String name) {
        List<? extends Model> kept = prefetched == null ? null : prefetched.get(name);
        if (kept == null) {
            throw new FieldError("Nothing was prefetched into '" + name + "' on this " + getClass().getSimpleName()
                    + ": prefetchRelated(Prefetch.of(relation, queryset).into(\"" + name + "\")) keeps objects there");
        }
        return (List<R>) kept;
    }

    final void keepPrefetched(String name, List<? extends Model> objects) {
        if (prefetched == null) {
            prefetched = new HashMap<>();
        }
        prefetched.put(name, List.copyOf(objects));
    }

    /** Whether the object has not been saved or loaded yet. */
    public final boolean isAdding() {
        return adding;
    }

    /** The database the object came from or went to, or null. */
    public final String database() {
        return database;
    }

    final void loaded(String databaseName) {
        this.database = databaseName;
        this.adding = false;
    }

    final void annotate(String name, Object value) {
        if (annotations == null) {
            annotations = new HashMap<>();
        }
        annotations.put(name, value);
    }

    void runClean() {
        clean();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + pk() + ")";
    }
}
