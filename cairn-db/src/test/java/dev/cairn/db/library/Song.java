package dev.cairn.db.library;

import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;

/** A song on an album (cascade) by an artist (restrict), as in Django's RESTRICT example. */
public class Song extends Model {
    public static final Manager<Song> objects = Manager.of(Song.class);

    public Long id;
    @Field(maxLength = 60)
    public String title;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "songs")
    public Ref<Album> album;
    @ForeignKey(onDelete = OnDelete.RESTRICT, relatedName = "songs")
    public Ref<Artist> artist;

    /** For the ORM. */
    public Song() {}
}
