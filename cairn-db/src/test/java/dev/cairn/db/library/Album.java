package dev.cairn.db.library;

import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;

/** An album by an artist (cascade). */
public class Album extends Model {
    public static final Manager<Album> objects = Manager.of(Album.class);

    public Long id;
    @Field(maxLength = 60)
    public String title;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "albums")
    public Ref<Artist> artist;

    /** For the ORM. */
    public Album() {}
}
