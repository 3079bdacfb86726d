package dev.cairn.db.library;

import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;
import java.time.LocalDate;

/** A person in a club: the through model of Club.members, its extra fields optional. */
public class Membership extends Model {
    public static final Manager<Membership> objects = Manager.of(Membership.class);

    public Long id;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "memberships")
    public Ref<Club> club;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "memberships")
    public Ref<Person> person;
    @Field(maxLength = 20, defaultValue = "member")
    public String role;
    @Field(nullable = true)
    public LocalDate joined;

    /** For the ORM. */
    public Membership() {}
}
