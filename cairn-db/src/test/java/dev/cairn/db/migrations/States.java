package dev.cairn.db.migrations;

import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Relation;
import java.util.List;

/** Small states for tests: an {@code id}, plain fields, keys, and models of app {@code shop}. */
final class States {

    private States() {}

    static FieldState id() {
        return new FieldState("id", "id", ColumnType.of(ColumnType.Kind.BIG_AUTO), false, true, false, false,
                Relation.NONE, null, null);
    }

    static FieldState chars(String name, int length) {
        return new FieldState(name, name, ColumnType.chars(length), false, false, false, false, Relation.NONE, null,
                null);
    }

    static FieldState nullable(FieldState field) {
        return new FieldState(field.name(), field.column(), field.type(), true, field.primaryKey(), field.unique(),
                field.index(), field.relation(), field.target(), field.through());
    }

    static FieldState key(String name, String target) {
        return new FieldState(name, name + "_id", null, false, false, false, true, Relation.FOREIGN_KEY, target,
                null);
    }

    static FieldState many(String name, String target) {
        return new FieldState(name, null, null, false, false, false, false, Relation.MANY_TO_MANY, target, null);
    }

    static ModelState model(String name, FieldState... fields) {
        return new ModelState("shop", name, "shop_" + name.toLowerCase(java.util.Locale.ROOT), List.of(fields), List
                .of(), List.of(), List.of());
    }

    static ModelState withIndex(ModelState model, String name, String... fields) {
        return model.withIndexes(List.of(new ModelMeta.IndexMeta(name, List.of(fields), false)));
    }

    static ProjectState state(ModelState... models) {
        ProjectState state = new ProjectState();
        for (ModelState model : models) {
            state.put(model);
        }
        return state;
    }
}
