package dev.cairn.db.migrations.zoo.v2;

import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Manager;
import dev.cairn.db.Many;
import dev.cairn.db.ManyToMany;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;
import dev.cairn.db.Table;

/** An animal after Keeper was renamed Warden: its key and its carers point at Warden. */
@Table(app = "zoo")
public class Animal extends Model {
    public static final Manager<Animal> objects = Manager.of(Animal.class);

    public Long id;
    @Field(maxLength = 40)
    public String name;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "animals")
    public Ref<Warden> keeper;
    @ManyToMany(relatedName = "cared", blank = true)
    public Many<Warden> carers;

    /** For the ORM. */
    public Animal() {}
}
