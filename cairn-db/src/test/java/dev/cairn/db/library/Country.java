package dev.cairn.db.library;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.QuerySet;
import java.util.UUID;

/** A country, keyed by a UUID. */
public class Country extends Model {
    public static final Manager<Country> objects = Manager.of(Country.class);

    @Field(primaryKey = true)
    public UUID id = UUID.randomUUID();
    @Field(maxLength = 60)
    public String name;

    /** A country called {@code name}. */
    public static Country named(String name) {
        Country country = new Country();
        country.name = name;
        return country;
    }

    /** The country's cities: the typed form of {@code related("cities")}. */
    public QuerySet<City> cities() {
        return related("cities", City.class);
    }

    /** For the ORM. */
    public Country() {}
}
