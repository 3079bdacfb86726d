package dev.cairn.db;

import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.db.meta.Relation;
import java.util.HashMap;
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

    /** Sets up the relation holders and the declared defaults. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected Model() {
        ModelMeta<?> meta = Models.meta(getClass());
        for (FieldMeta field : meta.fields()) {
            if (field.relation().isKey()) {
                field.set(this, new Ref(field.target(), meta.type().getSimpleName(), field.name()));
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

    /** Reloads every field from the row. */
    public void refreshFromDb() {
        Model fresh = Manager.of(getClass()).using(Db.of(database).name()).get("pk", pk());
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
