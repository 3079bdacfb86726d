package dev.cairn.benchmarks.jmh.orm;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;

/** The same columns as {@link World} in a table of its own, which {@code OrmBenchmark} fills with bulk inserts. */
public class Entry extends Model {
    public static final Manager<Entry> objects = Manager.of(Entry.class);

    public Long id;
    @Field
    public Integer randomNumber;
    @Field(maxLength = 100)
    public String message;

    /** For the ORM. */
    public Entry() {}

    /** A new row. */
    public Entry(int randomNumber, String message) {
        this.randomNumber = randomNumber;
        this.message = message;
    }
}
