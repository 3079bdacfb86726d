package dev.cairn.contrib.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.cairn.cli.Cairn;
import dev.cairn.cli.Project;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The committed migrations are what cairn makemigrations makes of the models now, and ship in the jar. */
class AuthMigrationsTest {

    @Test
    void makemigrationsFindsNothingToAddToTheCommittedFiles() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Project project = Project.builder().models(User.class, Group.class, Permission.class).migrationsFolder(
                AuthDatabases.MIGRATIONS).build();
        int code = Cairn.run(project, new PrintWriter(out), new PrintWriter(err), "makemigrations", "--dry-run",
                "auth");
        assertEquals("", err.toString());
        assertEquals(Cairn.OK, code);
        assertEquals("No changes detected in app 'auth'", out.toString().strip());
    }

    @Test
    void theMigrationIsAResourceOfTheModule() throws IOException {
        try (InputStream in = User.class.getResourceAsStream("/migrations/auth/0001_initial.json")) {
            assertNotNull(in);
            assertEquals(Files.readString(AuthDatabases.MIGRATIONS.resolve("auth/0001_initial.json")), new String(in
                    .readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
