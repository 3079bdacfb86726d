package dev.cairn.db.internal;

import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.ModelException;
import dev.cairn.db.meta.Models;

/**
 * The names of a many-to-many field's table of pairs, as Django makes them: {@code <table>_<field>}, with a column
 * for each side's key, {@code <model>_id}, or {@code from_<model>_id} and {@code to_<model>_id} when a model is
 * related to itself. With an explicit {@code through} model, its table and the columns of its two foreign keys.
 */
public final class ManyToManyTables {

    /**
     * Where a many-to-many field keeps its pairs.
     *
     * @param table        the table of pairs (the through model's table, when there is one)
     * @param ownerColumn  the column holding the owner's key
     * @param targetColumn the column holding the target's key
     * @param ownerKey     the through model's key field to the owner, or null for a made table
     * @param targetKey    the through model's key field to the target, or null for a made table
     */
    public record Pairs(String table, String ownerColumn, String targetColumn, FieldMeta ownerKey,
            FieldMeta targetKey) {}

    private ManyToManyTables() {}

    /**
     * The pairs of {@code field} on {@code owner}. A through model's first key to the owner is the owner's side and
     * its first other key to the target the target's side (for a model related to itself: the first and second).
     *
     * @throws ModelException when the through model lacks a key to either side
     */
    public static Pairs pairs(ModelMeta<?> owner, FieldMeta field) {
        ModelMeta<?> target = Models.meta(field.target());
        if (field.through() == null) {
            return new Pairs(table(owner, field), ownerColumn(owner, target), targetColumn(owner, target), null,
                    null);
        }
        ModelMeta<?> through = Models.meta(field.through());
        FieldMeta ownerKey = null;
        FieldMeta targetKey = null;
        for (FieldMeta key : through.concreteFields()) {
            if (!key.relation().isKey()) {
                continue;
            }
            if (ownerKey == null && key.target() == owner.type()) {
                ownerKey = key;
            } else if (targetKey == null && key.target() == target.type()) {
                targetKey = key;
            }
        }
        if (ownerKey == null || targetKey == null) {
            throw new ModelException(owner.type().getSimpleName() + "." + field.name() + " goes through "
                    + through.type().getSimpleName() + ", which needs a foreign key to " + owner.type()
                            .getSimpleName()
                    + " and one to " + target.type().getSimpleName());
        }
        return new Pairs(through.table(), ownerKey.column(), targetKey.column(), ownerKey, targetKey);
    }

    /** The table of pairs of {@code field} on {@code owner}, when one is made for it. */
    public static String table(ModelMeta<?> owner, FieldMeta field) {
        return owner.table() + "_" + field.name();
    }

    /** The column holding the owner's key. */
    public static String ownerColumn(ModelMeta<?> owner, ModelMeta<?> target) {
        return (owner == target ? "from_" : "") + owner.name() + "_id";
    }

    /** The column holding the target's key. */
    public static String targetColumn(ModelMeta<?> owner, ModelMeta<?> target) {
        return (owner == target ? "to_" : "") + target.name() + "_id";
    }
}
