package dev.cairn.db.library;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Many;
import dev.cairn.db.ManyToMany;
import dev.cairn.db.Model;
import dev.cairn.db.Table;

/** A club whose members are related through Membership, which needs nothing but its two keys. */
@Table(ordering = "name")
public class Club extends Model {
    public static final Manager<Club> objects = Manager.of(Club.class);

    public Long id;
    @Field(maxLength = 60)
    public String name;
    @ManyToMany(relatedName = "clubs", through = Membership.class, blank = true)
    public Many<Person> members;

    /** For the ORM. */
    public Club() {}
}
