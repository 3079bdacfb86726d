package dev.cairn.db.library;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;

/** An artist, whose albums cascade and whose songs restrict. */
public class Artist extends Model {
    public static final Manager<Artist> objects = Manager.of(Artist.class);

    public Long id;
    @Field(maxLength = 60)
    public String name;

    /** For the ORM. */
    public Artist() {}
}
