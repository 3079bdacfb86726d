package dev.cairn.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.library.Author;
import dev.cairn.db.library.Book;
import dev.cairn.db.library.City;
import dev.cairn.db.library.Club;
import dev.cairn.db.library.Country;
import dev.cairn.db.library.Mayor;
import dev.cairn.db.library.Person;
import dev.cairn.db.library.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * prefetchRelated on every database: one query per level however many owners, counted statement by statement;
 * what answers from the prefetched objects and what queries again; custom QuerySets; and bad lookups.
 */
@ExtendWith(OrmDatabases.class)
class PrefetchTest {

    /** Tags: classic on Emma, Bleak House and The Waste Land; verse on The Waste Land. */
    private static void tagged(String db) {
        Library.reset(db);
        Tag classic = new Tag("classic");
        classic.save(db);
        Tag verse = new Tag("verse");
        verse.save(db);
        Book.objects.using(db).get("title", "Emma").tags.add(classic);
        Book.objects.using(db).get("title", "Bleak House").tags.add(classic);
        Book.objects.using(db).get("title", "The Waste Land").tags.add(verse, classic);
    }

    /** Each author's book titles and each book's tag names, read through the accessors. */
    private static Map<String, List<String>> shelf(List<Author> authors) {
        Map<String, List<String>> shelf = new LinkedHashMap<>();
        for (Author author : authors) {
            for (Book book : author.related("books", Book.class)) {
                List<String> tags = new ArrayList<>();
                book.tags.all().forEach(tag -> tags.add(tag.name));
                tags.sort(null);
                shelf.put(author.name + ": " + book.title, tags);
            }
        }
        return shelf;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void nestedPrefetchIsOneQueryPerLevel(String db) {
        tagged(db);
        List<Author> authors = new ArrayList<>();
        List<String> loading = RelatedModels.statements(() -> authors.addAll(Author.objects.using(db)
                .prefetchRelated("books__tags").list()));
        assertEquals(3, loading.size(), "authors, their books, the books' tags: " + loading);
        assertTrue(loading.get(1).contains(" IN ("), loading.get(1));
        Map<String, List<String>> shelf = new LinkedHashMap<>();
        List<String> reading = RelatedModels.statements(() -> shelf.putAll(shelf(authors)));
        assertEquals(List.of(), reading, "related() and all() answer from the prefetch");
        List<String> without = RelatedModels.statements(() -> assertEquals(shelf, shelf(Author.objects.using(db)
                .all().list())));
        assertEquals(1 + 3 + 5, without.size(), "the N+1 it saves: " + without);
        assertEquals(List.of("classic"), shelf.get("Jane Austen: Emma"));
        assertEquals(List.of(), shelf.get("Jane Austen: Persuasion"));
    }

    static Stream<Arguments> relationKinds() {
        // the kind, which QuerySet prefetches it, and how many statements load and read everything
        List<Arguments> cases = List.of(
                Arguments.of("reverse foreign key", "author", 2),
                Arguments.of("forward foreign keys", "book", 3),
                Arguments.of("many-to-many forward", "book-tags", 2),
                Arguments.of("many-to-many reverse", "tag", 2));
        return TestDatabases.labels().stream()
                .flatMap(db -> cases.stream().map(c -> Arguments.of(db, c.get()[0], c.get()[1],
                        c.get()[2])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("relationKinds")
    void eachKindOfRelationPrefetches(String db, String kind, String what, int queries) {
        tagged(db);
        List<String> seen = new ArrayList<>();
        List<String> loading = RelatedModels.statements(() -> {
            switch (what) {
                case "author" -> Author.objects.using(db).prefetchRelated("books").list().forEach(a -> a.related(
                        "books", Book.class)
                        .forEach(b -> seen.add(a.name + "/" + b.title + "/" + b.author.get().name)));
                case "book" -> Book.objects.using(db).prefetchRelated("author", "publisher").orderBy("title").list()
                        .forEach(b -> seen.add(b.title + "/" + b.author.get().name + "/" + (b.publisher.isSet()
                                ? b.publisher.get().name
                                : "-")));
                case "book-tags" -> Book.objects.using(db).prefetchRelated("tags").orderBy("title").list().forEach(
                        b -> seen.add(b.title + "/" + b.tags.count()));
                default -> Tag.objects.using(db).prefetchRelated("books").orderBy("name").list().forEach(t -> seen
                        .add(t.name + "/" + t.related("books").count() + "/" + t.related("books").exists()));
            }
        });
        assertEquals(queries, loading.size(), loading.toString());
        List<String> expected = switch (what) {
            case "author" -> List.of("Charles Dickens/Bleak House/Charles Dickens",
                    "Charles Dickens/Great Expectations/Charles Dickens", "Jane Austen/Emma/Jane Austen",
                    "Jane Austen/Persuasion/Jane Austen", "T. S. Eliot/The Waste Land/T. S. Eliot");
            case "book" -> List.of("Bleak House/Charles Dickens/Penguin", "Emma/Jane Austen/-",
                    "Great Expectations/Charles Dickens/Penguin", "Persuasion/Jane Austen/Penguin",
                    "The Waste Land/T. S. Eliot/Faber");
            case "book-tags" -> List.of("Bleak House/1", "Emma/1", "Great Expectations/0", "Persuasion/0",
                    "The Waste Land/2");
            default -> List.of("classic/3/true", "verse/1/true");
        };
        assertEquals(expected, what.equals("author") ? seen.stream().sorted().toList() : seen);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void onlyTheAllQuerySetAnswersFromThePrefetch(String db) {
        tagged(db);
        Author dickens = Author.objects.using(db).prefetchRelated("books").get("name", "Charles Dickens");
        Book bleak = Book.objects.using(db).prefetchRelated("tags").get("title", "Bleak House");
        List<String> cached = RelatedModels.statements(() -> {
            assertEquals(2, dickens.related("books").list().size());
            assertEquals(2, dickens.related("books").count());
            assertTrue(dickens.related("books").exists());
            assertEquals(2, dickens.related("books").stream().count());
            assertEquals(1, bleak.tags.count());
        });
        assertEquals(List.of(), cached);
        List<String> fresh = RelatedModels.statements(() -> {
            assertEquals(1, dickens.related("books").filter("stock__gt", 0).count());
            assertEquals("Bleak House", dickens.<Book>related("books").orderBy("title").first().title);
            assertEquals(1, bleak.tags.all().filter("name", "classic").list().size());
        });
        assertEquals(3, fresh.size(), "a new QuerySet queries: " + fresh);
        Tag verse = Tag.objects.using(db).get("name", "verse");
        bleak.tags.add(verse);
        assertEquals(2, bleak.tags.count(), "changing the pairs forgets the prefetch");
        dickens.refreshFromDb();
        assertEquals(1, RelatedModels.statements(() -> dickens.related("books").count()).size(),
                "refreshFromDb forgets it too");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void customQuerySetsFilterOrderAndKeepApart(String db) {
        tagged(db);
        QuerySet<Book> cheap = Book.objects.using(db).filter("price__lt", 10).orderBy("-price");
        List<Author> authors = Author.objects.using(db).prefetchRelated(Prefetch.of("books", cheap)).list();
        assertEquals(List.of(List.of("Great Expectations"), List.of("Emma", "Persuasion"), List.of()), authors
                .stream().map(a -> a.<Book>related("books").list().stream().map(b -> b.title).toList()).toList());
        List<Author> apart = new ArrayList<>();
        List<String> loading = RelatedModels.statements(() -> apart.addAll(Author.objects.using(db).prefetchRelated(
                Prefetch.of("books", cheap).into("cheap"), Prefetch.of("cheap__tags")).list()));
        assertEquals(3, loading.size(), loading.toString());
        Author austen = apart.get(1);
        List<Book> kept = austen.prefetched("cheap");
        assertEquals(List.of("Emma", "Persuasion"), kept.stream().map(b -> b.title).toList());
        assertEquals(List.of(), RelatedModels.statements(() -> kept.get(0).tags.count()), "nested under the name");
        assertEquals(1, RelatedModels.statements(() -> austen.related("books").count()).size(),
                "into() leaves the relation's own place empty");
        QuerySet<Tag> classics = Tag.objects.using(db).filter("name", "classic");
        List<Book> books = Book.objects.using(db).orderBy("title").prefetchRelated(Prefetch.of("tags", classics))
                .list();
        assertEquals(List.of(1L, 1L, 0L, 0L, 1L), books.stream().map(b -> b.tags.count()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void throughModelsOneToOnesAndUuidKeysPrefetch(String db) {
        RelatedModels.empty(db);
        Country france = Country.named("France");
        france.save(db);
        City paris = City.in(france, "Paris");
        paris.save(db);
        City.in(france, "Lyon").save(db);
        Mayor anne = new Mayor();
        anne.name = "Anne";
        anne.city.set(paris);
        anne.save(db);
        Club chess = new Club();
        chess.name = "Chess";
        chess.save(db);
        Person ann = Person.named("Ann");
        ann.save(db);
        chess.members.add(ann);
        List<String> seen = new ArrayList<>();
        List<String> loading = RelatedModels.statements(() -> {
            for (Country country : Country.objects.using(db).prefetchRelated("cities__mayor").list()) {
                for (City city : country.cities()) {
                    seen.add(city.name + ":" + (city.name.equals("Paris")
                            ? city.<Mayor>relatedOne("mayor").name
                            : ""));
                }
            }
            Club.objects.using(db).prefetchRelated("members").list().forEach(c -> c.members.all().forEach(p -> seen
                    .add(c.name + ":" + p.name)));
        });
        assertEquals(List.of("Lyon:", "Paris:Anne", "Chess:Ann"), seen);
        assertEquals(5, loading.size(), loading.toString());
        City lyon = City.objects.using(db).prefetchRelated("mayor").get("name", "Lyon");
        assertEquals(List.of(), RelatedModels.statements(() -> assertThrows(DoesNotExist.class, () -> lyon
                .relatedOne("mayor"))), "a prefetched absence is known too");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void longListsOfOwnersAreChunked(String db) {
        RelatedModels.empty(db);
        Person star = Person.named("Star");
        star.save(db);
        List<Person> fans = new ArrayList<>();
        for (int i = 0; i < 620; i++) {
            fans.add(Person.named(String.format("Fan %03d", i)));
        }
        Person.objects.using(db).bulkCreate(fans);
        star.follows.set(fans);
        assertEquals(620, star.follows.count(), "set() wrote the pairs 500 a statement");
        List<Person> people = new ArrayList<>();
        List<String> loading = RelatedModels.statements(() -> people.addAll(Person.objects.using(db)
                .prefetchRelated("followers").list()));
        assertEquals(3, loading.size(), "621 people, then 500 and 121 keys");
        assertEquals(620, people.stream().filter(p -> p.related("followers").count() == 1).count());
        assertEquals(0L, people.stream().filter(p -> p.name.equals("Star")).findFirst().orElseThrow().related(
                "followers").count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void badLookupsFailAsTheQuerySetIsBuilt(String db) {
        var authors = Author.objects.using(db);
        FieldError unknown = assertThrows(FieldError.class, () -> authors.prefetchRelated("bookz"));
        assertEquals("Cannot find 'bookz' on Author, not a relation. Relations are: books", unknown.getMessage());
        FieldError field = assertThrows(FieldError.class, () -> authors.prefetchRelated("name"));
        assertEquals("'name' is a field of Author, not a relation. Relations are: books", field.getMessage());
        FieldError nested = assertThrows(FieldError.class, () -> authors.prefetchRelated("books__title"));
        assertEquals("'title' is a field of Book, not a relation. Relations are: author, publisher, tags", nested
                .getMessage());
        FieldError model = assertThrows(FieldError.class, () -> authors.prefetchRelated(Prefetch.of("books", Tag.objects
                .using(db).all())));
        assertEquals("Prefetch('books') needs a QuerySet of Book, not of Tag", model.getMessage());
        assertThrows(FieldError.class, () -> Prefetch.of("books", Book.objects.using(db).all().limit(2)));
        assertThrows(FieldError.class, () -> Prefetch.of("books").into("a__b"));
        IllegalStateException stream = assertThrows(IllegalStateException.class, () -> authors.prefetchRelated(
                "books").stream());
        assertTrue(stream.getMessage().startsWith("stream() reads objects one at a time"), stream.getMessage());
        Library.reset(db);
        Author austen = authors.get("name", "Jane Austen");
        FieldError none = assertThrows(FieldError.class, () -> austen.prefetched("cheap"));
        assertTrue(none.getMessage().startsWith("Nothing was prefetched into 'cheap' on this Author"), none
                .getMessage());
        assertNull(Author.objects.using(db).prefetchRelated("books").filter("name", "Nobody").first());
        assertFalse(Author.objects.using(db).prefetchRelated("books").filter("name", "Nobody").exists());
    }
}
