package dev.cairn.db.library;

import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;

/** A district of a city (cascade): the third level of Country, City, District. */
public class District extends Model {
    public static final Manager<District> objects = Manager.of(District.class);

    public Long id;
    @Field(maxLength = 60)
    public String name;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "districts")
    public Ref<City> city;

    /** For the ORM. */
    public District() {}
}
