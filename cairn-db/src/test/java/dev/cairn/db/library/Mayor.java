package dev.cairn.db.library;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.OneToOne;
import dev.cairn.db.Ref;

/** A city's mayor: a one-to-one to City (cascade), seen from the city as relatedOne("mayor"). */
public class Mayor extends Model {
    public static final Manager<Mayor> objects = Manager.of(Mayor.class);

    public Long id;
    @Field(maxLength = 60)
    public String name;
    @OneToOne(onDelete = OnDelete.CASCADE, relatedName = "mayor")
    public Ref<City> city;

    /** For the ORM. */
    public Mayor() {}
}
