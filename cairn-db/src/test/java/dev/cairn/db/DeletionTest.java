package dev.cairn.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.library.Album;
import dev.cairn.db.library.Artist;
import dev.cairn.db.library.Book;
import dev.cairn.db.library.Category;
import dev.cairn.db.library.City;
import dev.cairn.db.library.Club;
import dev.cairn.db.library.Country;
import dev.cairn.db.library.District;
import dev.cairn.db.library.Mayor;
import dev.cairn.db.library.Membership;
import dev.cairn.db.library.Monument;
import dev.cairn.db.library.Person;
import dev.cairn.db.library.Plaque;
import dev.cairn.db.library.Song;
import dev.cairn.db.library.Tag;
import dev.cairn.db.library.Venue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Deleting follows each on_delete on every database, and returns what went, by model. */
@ExtendWith(OrmDatabases.class)
class DeletionTest {

    /** France (UUID keys all the way) with Paris and Lyon, three districts, a mayor and a venue. */
    private static Country france(String db) {
        RelatedModels.empty(db);
        Country france = Country.named("France");
        france.save(db);
        City paris = City.in(france, "Paris");
        paris.save(db);
        City lyon = City.in(france, "Lyon");
        lyon.save(db);
        for (City city : List.of(paris, paris, lyon)) {
            District district = new District();
            district.name = city.name + " district";
            district.city.set(city);
            district.save(db);
        }
        Mayor mayor = new Mayor();
        mayor.name = "Anne";
        mayor.city.set(paris);
        mayor.save(db);
        Venue venue = new Venue();
        venue.name = "Olympia";
        venue.city.set(paris);
        venue.country.set(france);
        venue.save(db);
        return france;
    }

    /** How many rows each of the place models has. */
    private static Map<String, Long> rows(String db) {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("Country", Country.objects.using(db).count());
        rows.put("City", City.objects.using(db).count());
        rows.put("District", District.objects.using(db).count());
        rows.put("Mayor", Mayor.objects.using(db).count());
        rows.put("Venue", Venue.objects.using(db).count());
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void cascadeGoesDownEveryLevelAndSetNullEmptiesKeys(String db) {
        Country france = france(db);
        assertEquals(Map.of("library.Country", 1, "library.City", 2, "library.District", 3, "library.Mayor", 1),
                france.delete());
        assertEquals(Map.of("Country", 0L, "City", 0L, "District", 0L, "Mayor", 0L, "Venue", 1L), rows(db));
        Venue venue = Venue.objects.using(db).get("name", "Olympia");
        assertFalse(venue.city.isSet(), "SET_NULL");
        assertFalse(venue.country.isSet(), "SET_DEFAULT, whose default is null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void protectRefusesAndDeletesNothing(String db) {
        france(db);
        Monument tower = new Monument();
        tower.name = "Tower";
        tower.city.set(City.objects.using(db).get("name", "Paris"));
        tower.save(db);
        Map<String, Long> before = rows(db);
        ProtectedError error = assertThrows(ProtectedError.class, () -> Country.objects.using(db).all().delete());
        assertEquals("Cannot delete some City objects because 1 Monument rows point at them through the protected "
                + "foreign key 'Monument.city'", error.getMessage());
        assertEquals(before, rows(db));
        assertEquals(Map.of("library.City", 1, "library.District", 1), City.objects.using(db).get("name", "Lyon")
                .delete(), "a city nothing protects goes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void restrictGivesWayOnlyToTheSameCascade(String db) {
        RelatedModels.empty(db);
        Artist one = artist(db, "One");
        Artist two = artist(db, "Two");
        Album album = new Album();
        album.title = "First";
        album.artist.set(one);
        album.save(db);
        song(db, "Opening", album, one);
        song(db, "Guest", album, two);
        ProtectedError error = assertThrows(ProtectedError.class, two::delete);
        assertEquals("Cannot delete some Artist objects because 1 Song rows point at them through the restricted "
                + "foreign key 'Song.artist'", error.getMessage());
        assertEquals(2, Song.objects.using(db).count());
        assertEquals(Map.of("library.Artist", 1, "library.Album", 1, "library.Song", 2), one.delete(),
                "the album's cascade deletes both songs, so their keys to the artists restrict nothing");
        assertEquals(Map.of("library.Artist", 1), two.delete());
    }

    private static Artist artist(String db, String name) {
        Artist artist = new Artist();
        artist.name = name;
        artist.save(db);
        return artist;
    }

    private static void song(String db, String title, Album album, Artist artist) {
        Song song = new Song();
        song.title = title;
        song.album.set(album);
        song.artist.set(artist);
        song.save(db);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void doNothingLeavesItToTheDatabaseWhichRefuses(String db) {
        france(db);
        City lyon = City.objects.using(db).get("name", "Lyon");
        Plaque plaque = new Plaque();
        plaque.text = "Here";
        plaque.city.set(lyon);
        plaque.save(db);
        assertThrows(IntegrityError.class, lyon::delete);
        assertEquals(2, City.objects.using(db).count());
        assertEquals(3, District.objects.using(db).count(), "the cascade rolled back with it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void aTreeGoesLeavesFirst(String db) {
        RelatedModels.empty(db);
        Category root = category(db, "root", null);
        Category branch = category(db, "branch", root);
        category(db, "leaf", branch);
        category(db, "other leaf", branch);
        Category other = category(db, "other root", null);
        assertEquals(Map.of("library.Category", 4), root.delete());
        assertEquals(List.of(other.id), Category.objects.using(db).all().valuesListFlat("id"));
    }

    private static Category category(String db, String name, Category parent) {
        Category category = new Category();
        category.name = name;
        category.parent.set(parent);
        category.save(db);
        return category;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void oneToOneGoesWithItsTargetNotTheOtherWay(String db) {
        france(db);
        Mayor anne = Mayor.objects.using(db).get("name", "Anne");
        assertEquals(Map.of("library.Mayor", 1), anne.delete());
        assertEquals(2, City.objects.using(db).count());
        assertThrows(DoesNotExist.class, () -> City.objects.using(db).get("name", "Paris").relatedOne("mayor"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void manyToManyPairsGoWithEitherSide(String db) {
        Library.reset(db);
        Tag classic = new Tag("classic");
        classic.save(db);
        Book.objects.using(db).get("title", "Emma").tags.add(classic);
        Book.objects.using(db).get("title", "Persuasion").tags.add(classic);
        assertEquals(Map.of("library.Tag", 1, "library.Book_tags", 2), classic.delete());
        assertEquals(5, Book.objects.using(db).count());
        Tag verse = new Tag("verse");
        verse.save(db);
        Book.objects.using(db).get("title", "The Waste Land").tags.add(verse);
        Map<String, Integer> deleted = Book.objects.using(db).filter("title", "The Waste Land").delete();
        assertEquals(Map.of("library.Book", 1, "library.Book_tags", 1), deleted);
        assertTrue(Tag.objects.using(db).filter("name", "verse").exists());
        RelatedModels.empty(db);
        Club chess = new Club();
        chess.name = "Chess";
        chess.save(db);
        Person ann = Person.named("Ann");
        ann.save(db);
        chess.members.add(ann);
        assertEquals(Map.of("library.Person", 1, "library.Membership", 1), ann.delete(),
                "a through model's rows go by its own foreign keys");
        assertEquals(0, chess.members.count());
    }
}
