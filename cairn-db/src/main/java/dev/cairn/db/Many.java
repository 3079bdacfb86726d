package dev.cairn.db;

/**
 * The value of a {@link ManyToMany} field: the objects related through the table of pairs, reached as a
 * QuerySet ({@code book.tags.all()}) and changed with {@link #add}, {@link #remove}, {@link #set} and
 * {@link #clear}, each a statement or two on the pairs table.
 *
 * @param <T> the related model
 */
public final class Many<T extends Model> {

    private final Class<T> type;
    private final Model owner;
    private final String field;

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
}
