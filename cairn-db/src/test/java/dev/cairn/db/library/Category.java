package dev.cairn.db.library;

import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;

/** A category in a tree: a key to its parent, which cascades to the children. */
public class Category extends Model {
    public static final Manager<Category> objects = Manager.of(Category.class);

    public Long id;
    @Field(maxLength = 60)
    public String name;
    @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true, relatedName = "children")
    public Ref<Category> parent;

    /** For the ORM. */
    public Category() {}
}
