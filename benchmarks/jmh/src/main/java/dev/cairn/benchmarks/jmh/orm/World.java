package dev.cairn.benchmarks.jmh.orm;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;

/** TechEmpower's World row with a message: what {@code OrmBenchmark} reads, by key and a thousand at a time. */
public class World extends Model {
    public static final Manager<World> objects = Manager.of(World.class);

    public Long id;
    @Field
    public Integer randomNumber;
    @Field(maxLength = 100)
    public String message;

    /** For the ORM. */
    public World() {}

    /** A new row. */
    public World(int randomNumber, String message) {
        this.randomNumber = randomNumber;
        this.message = message;
    }
}
