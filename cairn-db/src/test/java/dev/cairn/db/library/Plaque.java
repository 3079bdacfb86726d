package dev.cairn.db.library;

import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;

/** A plaque whose key to its city does nothing on delete: the database's constraint decides. */
public class Plaque extends Model {
    public static final Manager<Plaque> objects = Manager.of(Plaque.class);

    public Long id;
    @Field(maxLength = 60)
    public String text;
    @ForeignKey(onDelete = OnDelete.DO_NOTHING, relatedName = "plaques")
    public Ref<City> city;

    /** For the ORM. */
    public Plaque() {}
}
