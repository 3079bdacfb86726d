package dev.cairn.db.library;

import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;
import java.time.LocalDate;

/** A person playing in a band on a date, which has no default. */
public class Gig extends Model {
    public static final Manager<Gig> objects = Manager.of(Gig.class);

    public Long id;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "gigs")
    public Ref<Band> band;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "gigs")
    public Ref<Person> person;
    @Field
    public LocalDate played;

    /** For the ORM. */
    public Gig() {}
}
