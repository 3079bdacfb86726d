package dev.cairn.db.library;

import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;

/** A monument that protects its city from deletion. */
public class Monument extends Model {
    public static final Manager<Monument> objects = Manager.of(Monument.class);

    public Long id;
    @Field(maxLength = 60)
    public String name;
    @ForeignKey(onDelete = OnDelete.PROTECT, relatedName = "monuments")
    public Ref<City> city;

    /** For the ORM. */
    public Monument() {}
}
