package dev.cairn.db.library;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;

/** A tag books carry. */
public class Tag extends Model {
    public static final Manager<Tag> objects = Manager.of(Tag.class);

    public Long id;
    @Field(kind = Field.Kind.SLUG, maxLength = 40, unique = true)
    public String name;

    /** For the ORM. */
    public Tag() {}

    /** A tag called {@code name}. */
    public Tag(String name) {
        this.name = name;
    }
}
