package dev.cairn.db.library;

import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;

/** A venue whose city may go (set null) and whose country may go (set default, which is null). */
public class Venue extends Model {
    public static final Manager<Venue> objects = Manager.of(Venue.class);

    public Long id;
    @Field(maxLength = 60)
    public String name;
    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "venues")
    public Ref<City> city;
    @ForeignKey(onDelete = OnDelete.SET_DEFAULT, nullable = true, relatedName = "venues")
    public Ref<Country> country;

    /** For the ORM. */
    public Venue() {}
}
