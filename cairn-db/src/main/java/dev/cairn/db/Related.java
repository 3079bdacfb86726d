package dev.cairn.db;

import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.db.meta.Relation;
import dev.cairn.db.meta.ReverseRelation;
import java.util.List;
import java.util.TreeSet;

/**
 * One relation of a model, named from its side ({@code book.author}, {@code book.tags}, {@code author.books}), and
 * the lookup on the other side that leads back ({@code author}, {@code books}, {@code author}): the rows related
 * to an object are {@code Other.objects.filter(back, object.pk())}, and those of many objects
 * {@code filter(back + "__in", keys)}. {@link Model#related}, {@link Many#all()} and prefetching all use this.
 *
 * @param name   the relation's name on the owner
 * @param owner  the model the name is on
 * @param kind   which way the relation runs and how many it reaches
 * @param target the model it reaches
 * @param field  the field that declares it (on the owner when forward, on the target when reverse)
 * @param back   the lookup on the target that reaches the owner; null for a forward key
 */
record Related(String name, ModelMeta<?> owner, Kind kind, ModelMeta<?> target, FieldMeta field, String back) {

    /** Which way a relation runs and how many objects it reaches. */
    enum Kind {
        /** A foreign key or one-to-one on the owner: one object, held by a {@link Ref}. */
        FORWARD_KEY,
        /** A many-to-many field on the owner: many objects, held by a {@link Many}. */
        FORWARD_MANY,
        /** Another model's one-to-one to the owner: at most one object. */
        REVERSE_ONE,
        /** Another model's foreign key or many-to-many to the owner: many objects. */
        REVERSE_MANY
    }

    /**
     * The relation called {@code name} on {@code owner}.
     *
     * @throws FieldError when it is no relation, listing the relations there are
     */
    static Related of(ModelMeta<?> owner, String name) {
        FieldMeta field = owner.field(name);
        if (field != null && field.relation().isKey()) {
            return new Related(name, owner, Kind.FORWARD_KEY, Models.meta(field.target()), field, null);
        }
        if (field != null && field.relation() == Relation.MANY_TO_MANY) {
            return new Related(name, owner, Kind.FORWARD_MANY, Models.meta(field.target()), field, field
                    .relatedName());
        }
        ReverseRelation reverse = field == null ? owner.reverseRelation(name) : null;
        if (reverse != null) {
            Kind kind = reverse.many() ? Kind.REVERSE_MANY : Kind.REVERSE_ONE;
            return new Related(name, owner, kind, reverse.model(), reverse.field(), reverse.field().name());
        }
        String what = field != null ? "'" + name + "' is a field of " : "Cannot find '" + name + "' on ";
        throw new FieldError(what + owner.type().getSimpleName() + ", not a relation. Relations are: " + String
                .join(", ", names(owner)));
    }

    /** The names of every relation on {@code owner}, forward and reverse, sorted. */
    static List<String> names(ModelMeta<?> owner) {
        TreeSet<String> names = new TreeSet<>();
        for (FieldMeta field : owner.fields()) {
            if (field.relation() != Relation.NONE) {
                names.add(field.name());
            }
        }
        for (ReverseRelation reverse : owner.reverseRelations()) {
            names.add(reverse.name());
        }
        return List.copyOf(names);
    }

    /** Whether it reaches at most one object. */
    boolean single() {
        return kind == Kind.FORWARD_KEY || kind == Kind.REVERSE_ONE;
    }

    /** The target's rows related to {@code object}, on its database, from {@code base} (all rows when null). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    QuerySet<Model> of(Model object, QuerySet<?> base) {
        Object key = keyOf(object, name);
        QuerySet<Model> start = base != null
                ? (QuerySet<Model>) base
                : (QuerySet<Model>) new QuerySet(dev.cairn.db.internal.Query.of(target), object.database());
        return start.filter(back, key);
    }

    /** The key of a saved {@code object}, which a relation needs to find its rows. */
    static Object keyOf(Model object, String relation) {
        Object key = object.pk();
        if (key == null) {
            throw new IllegalStateException(object.getClass().getSimpleName() + " object needs to be saved (to have "
                    + "a value for its primary key) before its relation '" + relation + "' can be used");
        }
        return key;
    }
}
