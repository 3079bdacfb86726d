package dev.cairn.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.library.Author;
import dev.cairn.db.library.Band;
import dev.cairn.db.library.Book;
import dev.cairn.db.library.City;
import dev.cairn.db.library.Club;
import dev.cairn.db.library.Country;
import dev.cairn.db.library.Mayor;
import dev.cairn.db.library.Membership;
import dev.cairn.db.library.Person;
import dev.cairn.db.library.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Many-to-many relations (a made table of pairs, a through model, a model related to itself) and the reverse
 * accessors, on every database.
 */
@ExtendWith(OrmDatabases.class)
class RelationsTest {

    private static List<String> names(QuerySet<? extends Model> rows) {
        return rows.list().stream().map(RelationsTest::nameOf).toList();
    }

    private static String nameOf(Model model) {
        return switch (model) {
            case Tag tag -> tag.name;
            case Book book -> book.title;
            case Person person -> person.name;
            case Club club -> club.name;
            case City city -> city.name;
            default -> model.toString();
        };
    }

    private static Tag tag(String db, String name) {
        Tag tag = new Tag(name);
        tag.save(db);
        return tag;
    }

    private static Person person(String db, String name) {
        Person person = Person.named(name);
        person.save(db);
        return person;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void manyToManyAddsRemovesSetsAndClears(String db) {
        Library.reset(db);
        Book emma = Book.objects.using(db).get("title", "Emma");
        Tag classic = tag(db, "classic");
        Tag romance = tag(db, "romance");
        Tag satire = tag(db, "satire");
        emma.tags.add(classic, romance);
        emma.tags.add(classic);
        assertEquals(List.of("classic", "romance"), names(emma.tags.all().orderBy("name")));
        assertEquals(2, emma.tags.count(), "adding a related object again makes no second pair");
        assertEquals(List.of("romance"), names(emma.tags.all().filter("name__startswith", "r")),
                "all() is a QuerySet that narrows further");
        emma.tags.remove(classic);
        assertEquals(List.of("romance"), names(emma.tags.all()));
        emma.tags.set(List.of(satire, classic));
        assertEquals(List.of("classic", "satire"), names(emma.tags.all().orderBy("name")));
        Book fresh = Book.objects.using(db).get("title", "Emma");
        assertEquals(2, fresh.tags.count(), "the pairs are in the database, not on the object");
        emma.tags.clear();
        assertEquals(0, emma.tags.count());
        assertEquals(3, Tag.objects.using(db).count(), "clear() removes pairs, not tags");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void filtersCrossManyToManyBothWays(String db) {
        Library.reset(db);
        Tag classic = tag(db, "classic");
        Tag verse = tag(db, "verse");
        Book.objects.using(db).get("title", "Emma").tags.add(classic);
        Book.objects.using(db).get("title", "Bleak House").tags.add(classic);
        Book.objects.using(db).get("title", "The Waste Land").tags.add(verse, classic);
        assertEquals(List.of("The Waste Land"), names(Book.objects.using(db).filter("tags__name", "verse")));
        assertEquals(List.of("Bleak House", "Emma", "The Waste Land"), names(Book.objects.using(db).filter(
                "tags__name", "classic").orderBy("title")));
        assertEquals(List.of("classic", "verse"), names(Tag.objects.using(db).filter("books__title", "The Waste Land")
                .orderBy("name")));
        assertEquals(List.of("classic"), names(Tag.objects.using(db).filter("books__author__name", "Jane Austen")));
        assertEquals(List.of("Charles Dickens", "Jane Austen", "T. S. Eliot"), Author.objects.using(db).filter(
                "books__tags__name", "classic").distinct().list().stream().map(a -> a.name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void reverseAccessorsReachTheRowsPointingBack(String db) {
        Library.reset(db);
        Author austen = Author.objects.using(db).get("name", "Jane Austen");
        QuerySet<Book> books = austen.related("books");
        assertEquals(List.of("Emma", "Persuasion"), names(books.orderBy("title")));
        assertEquals(List.of("Persuasion"), names(austen.related("books", Book.class).filter("price__lt", 7)));
        Tag classic = tag(db, "classic");
        Book.objects.using(db).get("title", "Emma").tags.add(classic);
        assertEquals(List.of("Emma"), names(classic.related("books")), "a many-to-many's other end");
        Book emma = Book.objects.using(db).get("title", "Emma");
        assertEquals(List.of("classic"), names(emma.related("tags")), "the forward side by name too");
        assertEquals("Jane Austen", emma.<Author>relatedOne("author").name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void oneToOneReverseIsOneObjectOrDoesNotExist(String db) {
        RelatedModels.empty(db);
        Country france = Country.named("France");
        france.save(db);
        City paris = City.in(france, "Paris");
        paris.save(db);
        City lyon = City.in(france, "Lyon");
        lyon.save(db);
        Mayor mayor = new Mayor();
        mayor.name = "Anne";
        mayor.city.set(paris);
        mayor.save(db);
        assertEquals("Anne", paris.relatedOne("mayor", Mayor.class).name);
        DoesNotExist none = assertThrows(DoesNotExist.class, () -> lyon.relatedOne("mayor"));
        assertEquals("City has no mayor.", none.getMessage());
        assertEquals(List.of("Lyon", "Paris"), names(france.cities()), "the typed accessor a model writes");
        assertEquals(List.of("Paris"), names(City.objects.using(db).filter("mayor__name", "Anne")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void throughModelHoldsThePairs(String db) {
        RelatedModels.empty(db);
        Club chess = new Club();
        chess.name = "Chess";
        chess.save(db);
        Person ann = person(db, "Ann");
        Person bob = person(db, "Bob");
        Person cy = person(db, "Cy");
        chess.members.add(ann, bob);
        chess.members.add(bob);
        assertEquals(List.of("Ann", "Bob"), names(chess.members.all()));
        assertEquals(2, Membership.objects.using(db).count(), "one through object a pair");
        assertEquals("member", Membership.objects.using(db).get("person", ann.id).role, "the through default");
        assertEquals(List.of("Chess"), names(ann.related("clubs")));
        assertEquals(List.of("Ann"), names(Person.objects.using(db).filter("clubs__name", "Chess").filter(
                "memberships__person__name", "Ann")));
        chess.members.set(List.of(bob, cy));
        assertEquals(List.of("Bob", "Cy"), names(chess.members.all()));
        chess.members.remove(bob);
        assertEquals(List.of("Cy"), names(chess.members.all()));
        chess.members.clear();
        assertEquals(0, Membership.objects.using(db).count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void addRefusesAThroughModelWithRequiredFields(String db) {
        RelatedModels.empty(db);
        Band band = new Band();
        band.name = "Quartet";
        band.save(db);
        Person ann = person(db, "Ann");
        FieldError error = assertThrows(FieldError.class, () -> band.players.add(ann));
        assertEquals("Cannot add() on Band.players: its through model Gig needs played, which have no default; "
                + "create Gig objects instead", error.getMessage());
        assertThrows(FieldError.class, () -> band.players.set(List.of(ann)));
        dev.cairn.db.library.Gig gig = new dev.cairn.db.library.Gig();
        gig.band.set(band);
        gig.person.set(ann);
        gig.played = LocalDate.of(2024, 5, 1);
        gig.save(db);
        assertEquals(List.of("Ann"), names(band.players.all()), "reading through it works");
        band.players.remove(ann);
        assertEquals(0, band.players.count(), "remove() needs no extra fields");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void aModelRelatedToItselfIsNotSymmetrical(String db) {
        RelatedModels.empty(db);
        Person ann = person(db, "Ann");
        Person bob = person(db, "Bob");
        Person cy = person(db, "Cy");
        ann.follows.add(bob, cy);
        bob.follows.add(cy);
        assertEquals(List.of("Bob", "Cy"), names(ann.follows.all()));
        assertEquals(List.of(), names(cy.follows.all()));
        assertEquals(List.of("Ann", "Bob"), names(cy.related("followers")));
        assertEquals(List.of("Ann"), names(Person.objects.using(db).filter("follows__name", "Bob")));
        assertEquals(Set.of("Bob", "Cy"), Set.copyOf(Person.objects.using(db).filter("followers__name", "Ann")
                .valuesListFlat("name")));
        assertEquals(java.util.Map.of("library.Person", 1, "library.Person_follows", 2), ann.delete());
        assertEquals(List.of("Bob"), names(cy.related("followers")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void badRelationUseFailsClearly(String db) {
        Library.reset(db);
        Author austen = Author.objects.using(db).get("name", "Jane Austen");
        FieldError wrong = assertThrows(FieldError.class, () -> austen.related("bookz"));
        assertEquals("Cannot find 'bookz' on Author, not a relation. Relations are: books", wrong.getMessage());
        FieldError field = assertThrows(FieldError.class, () -> austen.related("name"));
        assertEquals("'name' is a field of Author, not a relation. Relations are: books", field.getMessage());
        assertThrows(FieldError.class, () -> austen.relatedOne("books"));
        Book emma = Book.objects.using(db).get("title", "Emma");
        assertThrows(FieldError.class, () -> emma.related("author"), "one object: use author.get()");
        FieldError type = assertThrows(FieldError.class, () -> austen.related("books", Tag.class));
        assertEquals("'books' on Author reaches Book, not Tag", type.getMessage());
        Tag unsaved = new Tag("unsaved");
        IllegalArgumentException add = assertThrows(IllegalArgumentException.class, () -> emma.tags.add(unsaved));
        assertEquals("Cannot add() an unsaved Tag to Book.tags: save it first, so that it has a key", add
                .getMessage());
        Book draft = new Book("Draft", austen, "1.00");
        IllegalStateException owner = assertThrows(IllegalStateException.class, () -> draft.tags.all());
        assertTrue(owner.getMessage().startsWith("Book object needs to be saved"), owner.getMessage());
        assertThrows(IllegalStateException.class, () -> new Author("Nobody").related("books"));
        assertEquals(0, emma.tags.count());
        assertFalse(Tag.objects.using(db).filter("name", "unsaved").exists());
        assertSame(Tag.class, emma.tags.type());
    }
}
