package dev.cairn.db;

import dev.cairn.db.internal.Journal;
import java.util.Objects;

/**
 * The value of a {@link ForeignKey} or {@link OneToOne} field: the target's key, and the target itself once
 * loaded. {@code book.author.id()} costs nothing; {@code book.author.get()} loads the author the first time (one
 * query, which the journey shows with the line that asked), unless {@code selectRelated("author")} already did.
 *
 * @param <T> the target model
 */
public final class Ref<T extends Model> {

    private final Class<T> type;
    private final String owner;
    private final String field;
    private Object id;
    private T object;
    private String database;

    /** An empty reference to a {@code type}; the model sets these up itself. */
    public Ref(Class<T> type) {
        this(type, null, null);
    }

    /**
     * An empty reference to a {@code type} held by field {@code field} of model {@code owner} ({@code Book},
     * {@code author}), which the journey names when it loads lazily.
     */
    Ref(Class<T> type, String owner, String field) {
        this.type = Objects.requireNonNull(type, "type");
        this.owner = owner;
        this.field = field;
    }

    /** The target model's class. */
    public Class<T> type() {
        return type;
    }

    /** The target's key, or null when the reference is empty. */
    public Object id() {
        return id;
    }

    /** Whether it points at something. */
    public boolean isSet() {
        return id != null || object != null;
    }

    /**
     * The target, loaded from the database the first time if needed; null when empty. The journey marks the load
     * as lazy ({@code lazy: Book.author}), so that when it repeats for many objects it is flagged as N+1 with the
     * {@code selectRelated} that would remove it.
     *
     * @throws DoesNotExist when the key points at no row
     */
    public T get() {
        if (object == null && id != null) {
            Manager<T> manager = Manager.of(type);
            Manager<T> on = database == null ? manager : manager.using(database);
            object = owner == null ? on.get("pk", id) : Journal.lazily(owner, field, () -> on.get("pk", id));
        }
        return object;
    }

    /** Points at {@code target} (null empties it); the target must be saved for its key to be taken. */
    public void set(T target) {
        this.object = target;
        this.id = target == null ? null : target.pk();
    }

    /** Points at the row with this key, dropping any loaded target. */
    public void setId(Object id) {
        this.id = id;
        this.object = null;
    }

    /** Whether the target is loaded, so that {@link #get()} runs no query. */
    public boolean isLoaded() {
        return object != null;
    }

    /** The key to write: a target saved after {@link #set} has its key by now. */
    Object keyForSave() {
        if (object != null && object.pk() != null) {
            id = object.pk();
        }
        return id;
    }

    void loaded(T target, String database) {
        this.object = target;
        this.id = target == null ? null : target.pk();
        this.database = database;
    }

    void fromRow(Object id, String database) {
        this.id = id;
        this.object = null;
        this.database = database;
    }

    @Override
    public String toString() {
        return type.getSimpleName() + "(" + id + ")";
    }
}
