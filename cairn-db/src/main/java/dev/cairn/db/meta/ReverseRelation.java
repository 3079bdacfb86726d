package dev.cairn.db.meta;

/**
 * Another model's relation to this one, seen from this side: {@code author.books} for {@code Book.author}.
 *
 * @param name  the name on this side (the relation's related name)
 * @param model the model whose field points here
 * @param field that field
 */
public record ReverseRelation(String name, ModelMeta<?> model, FieldMeta field) {

    /** Whether this side sees many objects (a foreign key's or many-to-many's other end), not one. */
    public boolean many() {
        return field.relation() != Relation.ONE_TO_ONE;
    }
}
