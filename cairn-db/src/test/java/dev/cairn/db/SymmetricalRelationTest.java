package dev.cairn.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.db.library.Person;
import dev.cairn.db.meta.Models;
import dev.cairn.db.meta.ReverseRelation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A symmetrical many-to-many to the model itself ({@code Person.friends}, Django's {@code ManyToManyField("self")}):
 * each change writes the pairs both ways, reading and filtering go one way, and deleting a person takes both of
 * its pairs, on every database.
 */
@ExtendWith(OrmDatabases.class)
class SymmetricalRelationTest {

    private static Person person(String db, String name) {
        Person person = Person.named(name);
        person.save(db);
        return person;
    }

    private static List<String> names(QuerySet<Person> people) {
        return people.orderBy("name").list().stream().map(p -> p.name).toList();
    }

    /** Every pair in the table, as "from>to" by name, sorted. */
    private static List<String> pairs(String db) {
        return Databases.installed().get(db).query("SELECT f.name, t.name FROM library_person_friends p JOIN "
                + "library_person f ON f.id = p.from_person_id JOIN library_person t ON t.id = p.to_person_id "
                + "ORDER BY f.name, t.name", List.of(), rows -> rows.getString(1) + ">" + rows.getString(2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void addMakesEachTheOthersFriend(String db) {
        RelatedModels.empty(db);
        Person ann = person(db, "Ann");
        Person bob = person(db, "Bob");
        Person cy = person(db, "Cy");
        ann.friends.add(bob, cy);
        assertEquals(List.of("Bob", "Cy"), names(ann.friends.all()));
        assertEquals(List.of("Ann"), names(bob.friends.all()), "the pair the other way was written too");
        assertEquals(List.of("Ann"), names(cy.friends.all()));
        assertEquals(List.of("Ann>Bob", "Ann>Cy", "Bob>Ann", "Cy>Ann"), pairs(db), "two rows a friendship");
        bob.friends.add(ann);
        ann.friends.add(bob);
        assertEquals(4, pairs(db).size(), "adding an existing friendship from either side writes nothing");
        cy.friends.add(cy);
        assertEquals(List.of("Ann", "Cy"), names(cy.friends.all()), "a friend of oneself is one pair");
        assertEquals(5, pairs(db).size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void removeSetAndClearKeepBothDirectionsInStep(String db) {
        RelatedModels.empty(db);
        Person ann = person(db, "Ann");
        Person bob = person(db, "Bob");
        Person cy = person(db, "Cy");
        Person dee = person(db, "Dee");
        ann.friends.add(bob, cy);
        bob.friends.remove(ann);
        assertEquals(List.of("Cy"), names(ann.friends.all()), "removed from the other side, gone from this one");
        assertEquals(List.of("Ann>Cy", "Cy>Ann"), pairs(db));
        ann.friends.set(List.of(bob, dee));
        assertEquals(List.of("Bob", "Dee"), names(ann.friends.all()));
        assertEquals(List.of(), names(cy.friends.all()), "set() removed the friendship both ways");
        assertEquals(List.of("Ann"), names(dee.friends.all()), "set() added it both ways");
        dee.friends.clear();
        assertEquals(List.of("Bob"), names(ann.friends.all()), "clear() on one side clears the other");
        assertEquals(List.of("Ann>Bob", "Bob>Ann"), pairs(db));
        ann.friends.clear();
        assertEquals(List.of(), pairs(db));
        assertEquals(4, Person.objects.using(db).count(), "people stay, only pairs go");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void filtersAcrossItReadOneDirection(String db) {
        RelatedModels.empty(db);
        Person ann = person(db, "Ann");
        Person bob = person(db, "Bob");
        Person cy = person(db, "Cy");
        person(db, "Dee");
        ann.friends.add(bob);
        cy.friends.add(bob);
        var people = Person.objects.using(db);
        assertEquals(List.of("Ann", "Cy"), names(people.filter("friends__name", "Bob")));
        assertEquals(List.of("Bob"), names(people.filter("friends", ann)), "the way back is the field itself");
        assertEquals(List.of("Ann", "Bob", "Cy"), names(people.filter("friends__isnull", false).distinct()));
        assertEquals(List.of("Dee"), names(people.filter("friends__isnull", true)));
        assertEquals(List.of("Bob"), names(people.filter("friends__friends__name", "Bob").distinct()),
                "Bob's friends' friends are Bob alone");
        assertEquals(List.of("Ann", "Cy"), names(bob.related("friends")), "related() by the field's name");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void prefetchReadsEveryonesFriendsInOneQuery(String db) {
        RelatedModels.empty(db);
        Person ann = person(db, "Ann");
        Person bob = person(db, "Bob");
        Person cy = person(db, "Cy");
        ann.friends.add(bob, cy);
        Map<String, List<String>> friends = new java.util.TreeMap<>();
        List<String> statements = RelatedModels.statements(() -> {
            for (Person p : Person.objects.using(db).prefetchRelated("friends")) {
                friends.put(p.name, p.friends.all().list().stream().map(f -> f.name).sorted().toList());
            }
        });
        assertEquals(Map.of("Ann", List.of("Bob", "Cy"), "Bob", List.of("Ann"), "Cy", List.of("Ann")), friends);
        assertEquals(2, statements.size(), "the people, then every friend at once: " + statements);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void deletingAPersonTakesBothOfItsPairs(String db) {
        RelatedModels.empty(db);
        Person ann = person(db, "Ann");
        Person bob = person(db, "Bob");
        Person cy = person(db, "Cy");
        ann.friends.add(bob);
        cy.friends.add(ann);
        bob.friends.add(cy);
        assertEquals(Map.of("library.Person", 1, "library.Person_friends", 4), ann.delete());
        assertEquals(List.of("Bob>Cy", "Cy>Bob"), pairs(db));
        assertEquals(List.of("Cy"), names(bob.friends.all()));
    }

    @Test
    void aSymmetricalRelationHasNoOtherSide() {
        var person = Models.meta(Person.class);
        assertEquals(List.of("followers"), person.reverseRelations().stream().filter(r -> r.model() == person)
                .map(ReverseRelation::name).toList(), "follows, which is one-way, has a side back; friends has not");
        assertEquals("friends", person.field("friends").relatedName());
        assertEquals(true, person.field("friends").symmetrical());
        assertEquals(false, person.field("follows").symmetrical());
        assertNull(person.reverseRelation("friends"));
        FieldError unknown = assertThrows(FieldError.class, () -> Person.objects.filter("friendz__name", "Bob"));
        assertEquals(true, unknown.getMessage().contains("Choices are: "), unknown.getMessage());
    }
}
