package dev.cairn.db.migrations.zoo.v2;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Many;
import dev.cairn.db.ManyToMany;
import dev.cairn.db.Model;
import dev.cairn.db.Table;
import dev.cairn.db.migrations.zoo.v1.Skill;

/**
 * Keeper renamed: the same fields, so that the autodetector takes it for a rename without a hint (a related name is no
 * part of the schema; this one differs so that Skill tells the two apart).
 */
@Table(app = "zoo")
public class Warden extends Model {
    public static final Manager<Warden> objects = Manager.of(Warden.class);

    public Long id;
    @Field(maxLength = 40, unique = true)
    public String name;
    @ManyToMany(relatedName = "wardens", blank = true)
    public Many<Skill> skills;
    @ManyToMany(blank = true)
    public Many<Warden> mentors;

    /** For the ORM. */
    public Warden() {}
}
