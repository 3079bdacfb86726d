package dev.cairn.db.meta;

import dev.cairn.db.Field;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.function.Supplier;

/**
 * One field of a model as the ORM sees it: its column and type, its options, and for a relation its target. Made
 * from the model's declaration by {@link Models}; immutable but for the target's key type, which is looked up when
 * first needed so that two models may point at each other.
 */
public final class FieldMeta {

    private final String name;
    private final String column;
    private final Class<?> javaType;
    private final ColumnType declaredType;
    private final Field.Kind kind;
    private final Options options;
    private final Relation relation;
    private final Class<? extends Model> target;
    private final OnDelete onDelete;
    private final String relatedName;
    private final Class<? extends Model> through;
    private final boolean symmetrical;
    private final VarHandle handle;
    private volatile ColumnType keyType;

    /** The options a field declares, as Django names them. */
    public record Options(boolean primaryKey, boolean nullable, boolean blank, boolean unique, boolean dbIndex,
            String verboseName, String helpText, Supplier<?> defaultValue, List<?> choices, boolean autoNow,
            boolean autoNowAdd) {}

    FieldMeta(String name, String column, Class<?> javaType, ColumnType declaredType, Field.Kind kind,
            Options options, Relation relation, Class<? extends Model> target, OnDelete onDelete, String relatedName,
            Class<? extends Model> through, boolean symmetrical, VarHandle handle) {
        this.name = name;
        this.column = column;
        this.javaType = javaType;
        this.declaredType = declaredType;
        this.kind = kind;
        this.options = options;
        this.relation = relation;
        this.target = target;
        this.onDelete = onDelete;
        this.relatedName = relatedName;
        this.through = through;
        this.symmetrical = symmetrical;
        this.handle = handle;
    }

    /** The Java field's name, which lookups use. */
    public String name() {
        return name;
    }

    /** The column's name, or null for a many-to-many field. */
    public String column() {
        return column;
    }

    /** The Java field's type ({@code Ref} or {@code Many} for relations). */
    public Class<?> javaType() {
        return javaType;
    }

    /**
     * The column's type: the declared one, or for a key the type of the target's primary key (an auto key
     * becomes the plain integer of its size).
     */
    public ColumnType columnType() {
        if (!relation.isKey()) {
            return declaredType;
        }
        ColumnType type = keyType;
        if (type == null) {
            ColumnType pk = Models.meta(target).pk().columnType();
            type = switch (pk.kind()) {
                case AUTO -> ColumnType.of(ColumnType.Kind.INT);
                case BIG_AUTO -> ColumnType.of(ColumnType.Kind.BIG_INT);
                default -> pk;
            };
            keyType = type;
        }
        return type;
    }

    /** The kind a string field is validated as ({@link Field.Kind#INFERRED} for none). */
    public Field.Kind kind() {
        return kind;
    }

    /** The field's options. */
    public Options options() {
        return options;
    }

    /** Whether this is the primary key. */
    public boolean primaryKey() {
        return options.primaryKey();
    }

    /** Whether the column may hold NULL. */
    public boolean nullable() {
        return options.nullable();
    }

    /** Whether it has a column ({@link Relation#MANY_TO_MANY} has none). */
    public boolean concrete() {
        return relation != Relation.MANY_TO_MANY;
    }

    /** How this field relates its model to another. */
    public Relation relation() {
        return relation;
    }

    /** The related model, or null. */
    public Class<? extends Model> target() {
        return target;
    }

    /** What deleting the target does, for a key; else null. */
    public OnDelete onDelete() {
        return onDelete;
    }

    /**
     * The target's name for this relation's other end, or null for a plain field: the lookup on the target that
     * leads back to the owner. A symmetrical relation has no other end, and leads back along itself: its own name.
     */
    public String relatedName() {
        return relatedName;
    }

    /** The explicit model holding a many-to-many's pairs, or null when one is made. */
    public Class<? extends Model> through() {
        return through;
    }

    /**
     * Whether this is a many-to-many to its own model that relates both ways ({@code a.friends.add(b)} makes
     * {@code a} a friend of {@code b} too), kept as two pairs.
     */
    public boolean symmetrical() {
        return symmetrical;
    }

    /** The field's raw value on an object ({@code Ref} and {@code Many} holders for relations). */
    public Object get(Model model) {
        return handle.get(model);
    }

    /** Sets the field's raw value on an object. */
    public void set(Model model, Object value) {
        handle.set(model, value);
    }

    @Override
    public String toString() {
        return name + (column == null || column.equals(name) ? "" : " (" + column + ")") + ": "
                + (relation == Relation.NONE ? declaredType.kind() : relation + " " + target.getSimpleName());
    }
}
