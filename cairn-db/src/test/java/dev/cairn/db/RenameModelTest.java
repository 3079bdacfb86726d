package dev.cairn.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.migrations.Migration;
import dev.cairn.db.migrations.MigrationSource;
import dev.cairn.db.migrations.Migrations;
import dev.cairn.db.migrations.Migrator;
import dev.cairn.db.migrations.Operation;
import dev.cairn.db.migrations.Progress;
import dev.cairn.db.migrations.zoo.v1.Animal;
import dev.cairn.db.migrations.zoo.v1.Keeper;
import dev.cairn.db.migrations.zoo.v1.Skill;
import dev.cairn.db.migrations.zoo.v2.Warden;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A model renamed by a migration on the four test databases: Keeper becomes Warden with its rows, its table of
 * skills and of mentors (a relation to itself), the key and the many-to-many of Animal pointing at it; then back.
 */
@ExtendWith(OrmDatabases.class)
class RenameModelTest {

    static final List<Class<? extends Model>> V1 = List.of(Skill.class, Keeper.class, Animal.class);
    static final List<Class<? extends Model>> V2 = List.of(Skill.class, Warden.class,
            dev.cairn.db.migrations.zoo.v2.Animal.class);
    static final List<String> TABLES = List.of("zoo_animal_carers", "zoo_animal", "zoo_keeper_skills",
            "zoo_keeper_mentors", "zoo_warden_skills", "zoo_warden_mentors", "zoo_keeper", "zoo_warden", "zoo_skill",
            "cairn_migrations", "cairn_migrations_lock");

    @TempDir
    Path folder;

    /** Drops what a test made: the shared databases hold the other ORM tests' tables too. */
    @AfterEach
    void dropTables() {
        for (String label : TestDatabases.labels()) {
            TestDatabases.dropTables(Databases.installed().get(label), TABLES);
        }
    }

    private Migrations migrations(List<Class<? extends Model>> models) {
        return new Migrations(models, MigrationSource.folder(folder), folder);
    }

    private static List<String> rows(Database db, String sql) {
        return db.query(sql, List.of(), r -> {
            int columns = r.getMetaData().getColumnCount();
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
                row.append(i > 1 ? " " : "").append(r.getString(i));
            }
            return row.toString();
        });
    }

    private static void insert(Database db, String table, List<String> columns, Object... values) {
        String marks = String.join(", ", Collections.nCopies(values.length, "?"));
        db.execute("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")", List.of(
                values));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void aRenamedModelKeepsItsRowsAndEverythingPointingAtItBothWays(String label) {
        Database db = Databases.installed().get(label);
        migrations(V1).makeMigrations(Set.of(), null, List.of(), false);
        migrations(V1).migrator(db, Progress.NONE).migrate(null, null);
        insert(db, "zoo_skill", List.of("id", "name"), 1, "feeding");
        insert(db, "zoo_keeper", List.of("id", "name"), 1, "Ann");
        insert(db, "zoo_keeper", List.of("id", "name"), 2, "Bob");
        Keeper ann = Keeper.objects.using(label).get("name", "Ann");
        ann.skills.add(Manager.of(Skill.class).using(label).get("pk", 1));
        ann.mentors.add(Keeper.objects.using(label).get("name", "Bob"));
        insert(db, "zoo_animal", List.of("id", "name", "keeper_id"), 1, "lion", 1);
        Animal.objects.using(label).get("name", "lion").carers.add(Keeper.objects.using(label).get("name", "Bob"));

        List<Migrations.Written> second = migrations(V2).makeMigrations(Set.of(), null, List.of(), false);
        Migration rename = second.getFirst().migration();
        assertEquals(List.of("Rename model Keeper to Warden"), rename.operations().stream().map(
                Operation::describe).toList(), "alike but for the name: a rename, and nothing pointing at it alters");
        assertEquals("0002_rename_keeper_warden", rename.name());
        Migrator migrator = migrations(V2).migrator(db, Progress.NONE);
        String forwards = String.join("\n", migrator.sql(rename, true));
        assertTrue(forwards.startsWith("-- Rename model Keeper to Warden\n"), forwards);
        assertTrue(forwards.contains(db.dialect().quote("zoo_warden")), forwards);
        String backwards = String.join("\n", migrator.sql(rename, false));
        assertTrue(backwards.startsWith("-- Undo: Rename model Keeper to Warden\n"), backwards);
        assertEquals(Set.of(new Migration.Key("zoo", "0001_initial")), migrator.applied(), "sqlmigrate ran nothing");

        migrator.migrate(null, null);
        assertRenamed(db, label);
        migrator.migrate("zoo", "0001_initial");
        assertEquals(List.of("1 Ann", "2 Bob"), rows(db, "SELECT id, name FROM zoo_keeper ORDER BY id"));
        assertEquals(List.of("1 1"), rows(db, "SELECT keeper_id, skill_id FROM zoo_keeper_skills"));
        assertEquals(List.of("1 2", "2 1"), rows(db, "SELECT from_keeper_id, to_keeper_id FROM zoo_keeper_mentors "
                + "ORDER BY from_keeper_id"));
        assertEquals(List.of("1 2"), rows(db, "SELECT animal_id, keeper_id FROM zoo_animal_carers"));
        assertEquals(List.of("Bob"), Keeper.objects.using(label).get("name", "Ann").mentors.all().list().stream().map(
                k -> k.name).toList(), "the ORM of the first version reads the tables back");
        assertThrows(DatabaseException.class, () -> rows(db, "SELECT * FROM zoo_warden"));
        migrator.migrate(null, null);
        assertRenamed(db, label);
        assertEquals(List.of(), migrations(V2).makeMigrations(Set.of(), null, List.of(), false), "nothing left");
    }

    /** Warden has Keeper's rows, pairs and constraints, through SQL and the second version's ORM. */
    private static void assertRenamed(Database db, String label) {
        assertEquals(List.of("1 Ann", "2 Bob"), rows(db, "SELECT id, name FROM zoo_warden ORDER BY id"));
        assertEquals(List.of("1 1"), rows(db, "SELECT warden_id, skill_id FROM zoo_warden_skills"));
        assertEquals(List.of("1 2", "2 1"), rows(db, "SELECT from_warden_id, to_warden_id FROM zoo_warden_mentors "
                + "ORDER BY from_warden_id"));
        assertEquals(List.of("1 2"), rows(db, "SELECT animal_id, warden_id FROM zoo_animal_carers"));
        assertThrows(DatabaseException.class, () -> rows(db, "SELECT * FROM zoo_keeper"), "the old table is gone");
        Warden ann = Warden.objects.using(label).get("name", "Ann");
        assertEquals(List.of("feeding"), ann.skills.all().list().stream().map(s -> s.name).toList());
        assertEquals(List.of("Ann"), Warden.objects.using(label).get("name", "Bob").mentors.all().list().stream().map(
                w -> w.name).toList());
        var animals = dev.cairn.db.migrations.zoo.v2.Animal.objects.using(label);
        assertEquals("Ann", animals.get("name", "lion").keeper.get().name);
        assertEquals(List.of("lion"), animals.filter("carers__name", "Bob").list().stream().map(a -> a.name)
                .toList());
        assertThrows(IntegrityError.class, () -> insert(db, "zoo_warden", List.of("id", "name"), 3, "Ann"),
                "the unique name came along");
        assertThrows(IntegrityError.class, () -> db.atomic(() -> insert(db, "zoo_animal", List.of("id", "name",
                "keeper_id"), 2, "yak", 99)), "the key points at the new table");
        assertThrows(IntegrityError.class, () -> db.atomic(() -> insert(db, "zoo_warden_skills", List.of(
                "warden_id", "skill_id"), 99, 1)), "so do the pairs");
    }
}
