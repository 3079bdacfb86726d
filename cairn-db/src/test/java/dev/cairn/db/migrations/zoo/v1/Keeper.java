package dev.cairn.db.migrations.zoo.v1;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Many;
import dev.cairn.db.ManyToMany;
import dev.cairn.db.Model;
import dev.cairn.db.Table;

/**
 * A keeper, before the model is renamed Warden: a unique name (a constraint named after the table), skills (a table
 * of pairs named after it) and mentors (a symmetrical relation to itself, its columns named after it).
 */
@Table(app = "zoo")
public class Keeper extends Model {
    public static final Manager<Keeper> objects = Manager.of(Keeper.class);

    public Long id;
    @Field(maxLength = 40, unique = true)
    public String name;
    @ManyToMany(relatedName = "keepers", blank = true)
    public Many<Skill> skills;
    @ManyToMany(blank = true)
    public Many<Keeper> mentors;

    /** For the ORM. */
    public Keeper() {}
}
