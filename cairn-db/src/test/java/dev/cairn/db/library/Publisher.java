package dev.cairn.db.library;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;

/** A publisher; books point at it through a nullable key, so deleting it sets theirs to NULL. */
public class Publisher extends Model {
    public static final Manager<Publisher> objects = Manager.of(Publisher.class);

    public Long id;
    @Field(maxLength = 100, unique = true)
    public String name;

    /** For the ORM. */
    public Publisher() {}

    /** A publisher called {@code name}. */
    public Publisher(String name) {
        this.name = name;
    }
}
