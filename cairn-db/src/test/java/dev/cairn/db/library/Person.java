package dev.cairn.db.library;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Many;
import dev.cairn.db.ManyToMany;
import dev.cairn.db.Model;
import dev.cairn.db.Table;

/**
 * A person who follows others (a many-to-many to itself, not symmetrical), has friends (a symmetrical one: a friend
 * is a friend both ways) and joins clubs and bands.
 */
@Table(ordering = "name")
public class Person extends Model {
    public static final Manager<Person> objects = Manager.of(Person.class);

    public Long id;
    @Field(maxLength = 60)
    public String name;
    @ManyToMany(relatedName = "followers", blank = true, symmetrical = false)
    public Many<Person> follows;
    @ManyToMany(blank = true)
    public Many<Person> friends;

    /** A person called {@code name}. */
    public static Person named(String name) {
        Person person = new Person();
        person.name = name;
        return person;
    }

    /** For the ORM. */
    public Person() {}
}
