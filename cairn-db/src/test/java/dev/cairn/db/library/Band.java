package dev.cairn.db.library;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Many;
import dev.cairn.db.ManyToMany;
import dev.cairn.db.Model;

/** A band whose players are related through Gig, which needs a date: add() must refuse. */
public class Band extends Model {
    public static final Manager<Band> objects = Manager.of(Band.class);

    public Long id;
    @Field(maxLength = 60)
    public String name;
    @ManyToMany(relatedName = "bands", through = Gig.class, blank = true)
    public Many<Person> players;

    /** For the ORM. */
    public Band() {}
}
