package dev.cairn.examples.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.Databases;
import dev.cairn.db.migrations.MigrationSource;
import dev.cairn.db.migrations.Migrations;
import dev.cairn.db.migrations.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The committed migration files match the models (Django's {@code makemigrations --check}): the autodetector,
 * run against the files under {@code src/main/resources/migrations}, finds nothing to write. A model changed
 * without its migration fails here, before a site starts on a schema that lacks the change.
 */
class MigrationsTest {

    /** The site's migrations folder; Surefire runs in the module's folder. */
    static final Path FOLDER = Path.of("src", "main", "resources", "migrations");

    @Test
    void theCommittedMigrationsHoldEveryChangeToTheModels() {
        assertTrue(Files.isRegularFile(FOLDER.resolve("guestbook/0001_initial.json")), "the committed file");
        Migrations committed = Site.project(() -> {
            throw new AssertionError("the check needs no database");
        }).migrations();

        List<Migrations.Written> changes = committed.makeMigrations(Set.of(), null, List.of(), true);

        assertEquals(List.of(), changes.stream().flatMap(w -> w.migration().operations().stream()).map(
                Operation::describe).toList(), "run makemigrations in examples/site and commit what it writes");
    }

    @Test
    void theCheckFailsWhenAMigrationIsMissing() {
        Migrations none = new Migrations(List.of(Entry.class), MigrationSource.folder(FOLDER.resolve("none")), null);

        List<Migrations.Written> changes = none.makeMigrations(Set.of(), null, List.of(), true);

        assertEquals(List.of("Create model Entry"), changes.stream().flatMap(w -> w.migration().operations()
                .stream()).map(Operation::describe).toList());
    }

    @Test
    void theJarCarriesTheSameMigrations() {
        Migrations packed = new Migrations(List.of(Entry.class), MigrationSource.folder(Path.of("target", "classes",
                "migrations")), null);
        assertEquals(Site.project(Databases::installed).migrations().graph().migrations("guestbook").size(), packed
                .graph().migrations("guestbook").size());
        assertEquals(List.of(), packed.makeMigrations(Set.of(), null, List.of(), true));
    }
}
