package dev.cairn.benchmarks.techempower;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.Table;

/**
 * A row of TechEmpower's {@code world} table: an id from 1 to 10,000 and a random number in the same range. The
 * table and column names are those TechEmpower's PostgreSQL set-up makes (unquoted, so in lower case).
 */
@Table(name = "world")
public class World extends Model {
    /** The model's manager. */
    public static final Manager<World> objects = Manager.of(World.class);

    /** The key, given rather than numbered: the table is filled once by the set-up script. */
    @Field(primaryKey = true)
    public Integer id;
    /** The number the updates test changes. */
    @Field(column = "randomnumber")
    public Integer randomNumber;

    /** For the ORM. */
    public World() {}

    /** What the tests send for a row: {@code {"id":..,"randomNumber":..}}. */
    public Json json() {
        return new Json(id, randomNumber);
    }

    /**
     * The JSON form of a row, a record so that Jackson writes exactly these two fields.
     *
     * @param id           the row's id
     * @param randomNumber its number
     */
    public record Json(int id, int randomNumber) {}
}
