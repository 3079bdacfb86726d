package dev.cairn.contrib.shelf;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.Table;

/** A tag books carry; names are unique. */
@Table(ordering = "name")
public class Tag extends Model {
    public static final Manager<Tag> objects = Manager.of(Tag.class);

    public Long id;
    @Field(kind = Field.Kind.SLUG, maxLength = 20, unique = true)
    public String name;

    /** For the ORM. */
    public Tag() {}

    /** A tag called {@code name}. */
    public Tag(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
