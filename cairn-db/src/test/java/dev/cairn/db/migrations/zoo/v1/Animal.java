package dev.cairn.db.migrations.zoo.v1;

import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Manager;
import dev.cairn.db.Many;
import dev.cairn.db.ManyToMany;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;
import dev.cairn.db.Table;

/** An animal, with a key to its keeper and carers (a many-to-many to Keeper): both point at the renamed model. */
@Table(app = "zoo")
public class Animal extends Model {
    public static final Manager<Animal> objects = Manager.of(Animal.class);

    public Long id;
    @Field(maxLength = 40)
    public String name;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "animals")
    public Ref<Keeper> keeper;
    @ManyToMany(relatedName = "cared", blank = true)
    public Many<Keeper> carers;

    /** For the ORM. */
    public Animal() {}
}
