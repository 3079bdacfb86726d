package dev.cairn.db.internal;

import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;

/**
 * The names of a many-to-many field's table of pairs, as Django makes them: {@code <table>_<field>}, with a column
 * for each side's key, {@code <model>_id}, or {@code from_<model>_id} and {@code to_<model>_id} when a model is
 * related to itself.
 */
public final class ManyToManyTables {

    private ManyToManyTables() {}

    /** The table of pairs of {@code field} on {@code owner}. */
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
