package dev.cairn.db.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.Databases;
import dev.cairn.db.library.Author;
import dev.cairn.db.library.Book;
import dev.cairn.db.library.Genre;
import dev.cairn.db.library.Publisher;
import dev.cairn.db.library.Tag;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fixtures in Django's dumpdata format, loaded and dumped on SQLite, PostgreSQL and MariaDB; bad ones refused. */
class FixturesTest {

    /** The servers of the ORM's own tests; null is SQLite in memory. */
    static final Map<String, String> SERVERS = new LinkedHashMap<>();
    static {
        SERVERS.put("sqlite", null);
        SERVERS.put("postgresql", Objects.requireNonNullElse(System.getenv("CAIRN_TEST_POSTGRES_URL"),
                "postgres://postgres@127.0.0.1:5432/postgres"));
        SERVERS.put("mariadb", Objects.requireNonNullElse(System.getenv("CAIRN_TEST_MARIADB_URL"),
                "mariadb://root@127.0.0.1:3306/test"));
    }

    static final Map<String, TestDatabase> OPEN = new LinkedHashMap<>();

    @BeforeAll
    static void open() {
        SERVERS.forEach((label, url) -> {
            TestDatabase db = TestDatabase.create(url);
            db.createTables(Publisher.class, Author.class, Tag.class, Book.class);
            OPEN.put(label, db);
        });
    }

    @AfterAll
    static void close() {
        OPEN.values().forEach(TestDatabase::close);
    }

    static List<String> servers() {
        return List.copyOf(SERVERS.keySet());
    }

    /** Runs {@code test} with the test database of {@code label} installed, its writes rolled back after. */
    static void on(String label, Runnable test) {
        TestDatabase db = OPEN.get(label);
        Databases before = Databases.install(db.databases());
        try {
            db.rolledBack(test::run);
        } finally {
            Databases.install(before);
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void entriesLoadWithTheirKeysRelationsAndPairs(String label) {
        on(label, () -> {
            assertEquals(8, Fixtures.loadResource(Databases.DEFAULT, "fixtures/library.json"));
            Book emma = Book.objects.get("pk", 2L);
            assertEquals("Emma", emma.title);
            assertEquals(2L, emma.author.id());
            assertFalse(emma.publisher.isSet());
            assertEquals(new BigDecimal("7.25"), emma.price);
            assertEquals(Genre.NOVEL, emma.genre);
            assertEquals(LocalDate.of(1815, 12, 23), emma.published);
            assertEquals(Instant.parse("2020-01-02T03:04:05Z"), Book.objects.get("pk", 3L).created);
            assertEquals(List.of("classic", "romance"), Tag.objects.filter("books__title", "Emma").orderBy("name")
                    .list().stream().map(t -> t.name).toList());
            assertEquals(List.of(), Tag.objects.filter("books__title", "Persuasion").list());
            assertEquals(2, Book.objects.filter("author__name", "Jane Austen").count());
        });
    }

    @ParameterizedTest
    @MethodSource("servers")
    void objectsSavedAfterLoadingGetFreshKeys(String label) {
        on(label, () -> {
            Fixtures.loadResource(Databases.DEFAULT, "fixtures/library.json");
            Author eliot = new Author("T. S. Eliot");
            eliot.save();
            assertEquals(3L, eliot.pk());
        });
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aDumpLoadsBackIntoTheSameRows(String label) {
        on(label, () -> {
            Fixtures.load(Databases.DEFAULT, Path.of("src/test/resources/fixtures/library.json"));
            String dump = Fixtures.dump(Databases.DEFAULT, Publisher.class, Author.class, Tag.class,
                    Book.class);
            assertTrue(dump.contains("\"model\" : \"library.book\""), dump);
            assertTrue(dump.contains("\"price\" : \"12.50\""), dump);
            try (TestDatabase other = TestDatabase.create(null)) {
                other.createTables(Publisher.class, Author.class, Tag.class, Book.class);
                Databases before = Databases.install(other.databases());
                try {
                    assertEquals(8, Fixtures.load(Databases.DEFAULT, "dump.json", dump));
                    assertEquals(dump, Fixtures.dump(Databases.DEFAULT, Publisher.class, Author.class, Tag.class,
                            Book.class));
                } finally {
                    Databases.install(before);
                }
            }
        });
    }

    static Stream<Arguments> badFixtures() {
        return Stream.of(
                Arguments.of("[{\"model\": ", "fixture bad.json: not JSON: Unexpected end-of-input"),
                Arguments.of("{}", "fixture bad.json: a fixture is a JSON list of {\"model\", \"pk\", \"fields\"} "
                        + "entries"),
                Arguments.of("[1]", "fixture bad.json, entry 1: an entry is {\"model\": \"app.model\", \"pk\": ..., "
                        + "\"fields\": {...}}, not 1"),
                Arguments.of("[{\"model\": \"library.bok\", \"pk\": 1, \"fields\": {}}]",
                        "fixture bad.json, entry 1 (library.bok pk 1): unknown model 'library.bok'; known models "
                                + "are: "),
                Arguments.of(author("{\"nam\": \"x\"}"), "fixture bad.json, entry 2 (library.author pk 7): unknown "
                        + "field 'nam' of Author; its fields are: name, email, born"),
                Arguments.of(author("{\"name\": \"x\", \"born\": \"yesterday\"}"), "fixture bad.json, entry 2 "
                        + "(library.author pk 7): field 'born': expected a LocalDate, got \"yesterday\""),
                Arguments.of(author("{\"name\": 12}"), "fixture bad.json, entry 2 (library.author pk 7): field "
                        + "'name': expected a String, got 12"),
                Arguments.of("[{\"model\": \"library.book\", \"pk\": 1, \"fields\": {\"tags\": 1}}]",
                        "fixture bad.json, entry 1 (library.book pk 1): field 'tags': a many-to-many field is a list "
                                + "of keys, not 1"),
                Arguments.of("[{\"model\": \"library.author\", \"pk\": \"one\", \"fields\": {}}]",
                        "fixture bad.json, entry 1 (library.author pk \"one\"): field 'id': expected a Long, got "
                                + "\"one\""));
    }

    /** A good author entry, then an author with these fields, so that a failure must undo the first. */
    private static String author(String fields) {
        return "[{\"model\": \"library.author\", \"pk\": 6, \"fields\": {\"name\": \"Ok\"}},"
                + " {\"model\": \"library.author\", \"pk\": 7, \"fields\": " + fields + "}]";
    }

    @ParameterizedTest
    @MethodSource("badFixtures")
    void aBadFixtureNamesTheFileAndEntryAndLoadsNothing(String json, String message) {
        on("sqlite", () -> {
            FixtureError error = assertThrows(FixtureError.class,
                    () -> Fixtures.load(Databases.DEFAULT, "bad.json", json));
            assertTrue(error.getMessage().startsWith(message), error.getMessage());
            assertEquals(0, Author.objects.count());
        });
    }

    @Test
    void aMissingResourceIsNamed() {
        FixtureError error = assertThrows(FixtureError.class,
                () -> Fixtures.loadResource(Databases.DEFAULT, "fixtures/nope.json"));
        assertEquals("fixture fixtures/nope.json: no such resource on the class path", error.getMessage());
    }

    @Test
    void unknownModelErrorListsTheKnownOnes() {
        on("sqlite", () -> {
            FixtureError error = assertThrows(FixtureError.class, () -> Fixtures.load(Databases.DEFAULT, "bad.json",
                    "[{\"model\": \"library.bok\", \"fields\": {}}]"));
            assertTrue(error.getMessage().contains("known models are: "), error.getMessage());
            assertTrue(error.getMessage().contains("library.author, "), error.getMessage());
            assertTrue(error.getMessage().contains("library.book, "), error.getMessage());
        });
    }
}
