package dev.cairn.db;

import dev.cairn.db.library.Album;
import dev.cairn.db.library.Artist;
import dev.cairn.db.library.Band;
import dev.cairn.db.library.Category;
import dev.cairn.db.library.City;
import dev.cairn.db.library.Club;
import dev.cairn.db.library.Country;
import dev.cairn.db.library.District;
import dev.cairn.db.library.Gig;
import dev.cairn.db.library.Mayor;
import dev.cairn.db.library.Membership;
import dev.cairn.db.library.Monument;
import dev.cairn.db.library.Person;
import dev.cairn.db.library.Plaque;
import dev.cairn.db.library.Song;
import dev.cairn.db.library.Venue;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.db.schema.SchemaEditor;
import dev.cairn.journey.Journey;
import java.util.List;

/**
 * The relation tests' models (people, clubs and bands; countries, cities and what hangs from them; artists,
 * albums and songs; a tree of categories), their tables made on every test database beside the library's, and a
 * way to see the statements a piece of work runs.
 */
final class RelatedModels {

    static final List<ModelMeta<?>> MODELS = List.of(Models.meta(Person.class), Models.meta(Club.class), Models
            .meta(Membership.class), Models.meta(Band.class), Models.meta(Gig.class), Models.meta(Country.class),
            Models.meta(City.class), Models.meta(District.class), Models.meta(Mayor.class), Models.meta(
                    Monument.class),
            Models.meta(Venue.class), Models.meta(Plaque.class), Models.meta(Artist.class),
            Models.meta(Album.class), Models.meta(Song.class), Models.meta(Category.class));

    private RelatedModels() {}

    /** The library, with these models' tables too. */
    static Library open() {
        Library library = Library.open();
        for (String label : TestDatabases.labels()) {
            new SchemaEditor(library.databases.get(label)).createModels(MODELS);
        }
        return library;
    }

    /** Empties these models' tables, children first. */
    static void empty(String db) {
        for (ModelMeta<?> model : MODELS.reversed()) {
            Manager.of(model.type()).using(db).all().delete();
        }
    }

    /** The SQL of each statement {@code work} runs on any database, in order. */
    static List<String> statements(Runnable work) {
        Journey journey = Journey.begin("test");
        journey.carry(() -> {
            work.run();
            return null;
        });
        return journey.stops("db").stream().filter(s -> s.event().equals("query") || s.event().equals("batch"))
                .map(s -> (String) s.facts().get("sql")).toList();
    }
}
