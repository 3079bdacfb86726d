package dev.cairn.db.library;

import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;
import dev.cairn.db.Table;
import java.util.UUID;

/** A city, keyed by a UUID, in a country (cascade). */
@Table(ordering = "name")
public class City extends Model {
    public static final Manager<City> objects = Manager.of(City.class);

    @Field(primaryKey = true)
    public UUID id = UUID.randomUUID();
    @Field(maxLength = 60)
    public String name;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "cities")
    public Ref<Country> country;

    /** A city called {@code name} in {@code country}. */
    public static City in(Country country, String name) {
        City city = new City();
        city.name = name;
        city.country.set(country);
        return city;
    }

    /** For the ORM. */
    public City() {}
}
