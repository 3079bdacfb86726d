package dev.cairn.benchmarks.techempower;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.Table;

/** A row of TechEmpower's {@code fortune} table; the fortunes test adds one at request time and sorts them. */
@Table(name = "fortune")
public class Fortune extends Model {
    /** The model's manager. */
    public static final Manager<Fortune> objects = Manager.of(Fortune.class);

    /** The key, given by the set-up script (0 for the one added at request time). */
    @Field(primaryKey = true)
    public Integer id;
    /** The text, which the template escapes. */
    @Field(maxLength = 2048)
    public String message;

    /** For the ORM. */
    public Fortune() {}

    /** A fortune that is not saved: the one the test adds at request time. */
    public Fortune(int id, String message) {
        this.id = id;
        this.message = message;
    }
}
