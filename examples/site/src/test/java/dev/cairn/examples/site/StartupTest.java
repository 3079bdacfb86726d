package dev.cairn.examples.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.Databases;
import dev.cairn.test.Client;
import dev.cairn.web.settings.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting the site as {@link Main} does, on a SQLite file in a temporary folder: the migrations applied in DEBUG
 * and only announced without it, entries that outlive a restart, and a database that cannot be opened.
 */
class StartupTest {

    @TempDir
    Path folder;
    private Databases installedBefore;
    private final StringWriter printed = new StringWriter();

    @BeforeEach
    void remember() {
        installedBefore = Databases.install(null);
        Databases.install(installedBefore);
    }

    @AfterEach
    void nothingLeftInstalled() {
        assertSame(installedBefore, Databases.install(installedBefore), "closing put the databases back");
    }

    private Settings settings(boolean debug, String databaseUrl) {
        return Settings.builder().debug(debug).secretKey(Site.DEVELOPMENT.get(Settings.SECRET_KEY))
                .allowedHosts("localhost").set(Settings.DATABASE_URL, databaseUrl).build();
    }

    private Startup start(boolean debug) {
        printed.getBuffer().setLength(0);
        PrintWriter out = new PrintWriter(printed, true);
        return Startup.open(settings(debug, "sqlite:///" + folder.resolve("db.sqlite3")), out, out);
    }

    @Test
    void anEntrySavedSurvivesARestartOnTheSameSqliteFile() {
        long saved;
        try (Startup first = start(true)) {
            assertTrue(printed.toString().contains("Applying guestbook.0001_initial..."), printed.toString());
            assertTrue(printed.toString().contains("Applied guestbook.0001_initial: OK"), printed.toString());
            Client.of(first.app()).post("/guestbook/", Map.of("name", "Ada", "message", "Still here tomorrow"))
                    .assertStatus(303);
            saved = Entry.objects.get("name", "Ada").id;
        }

        try (Startup second = start(true)) {
            assertEquals("", printed.toString(), "nothing was left to apply, so nothing was printed");
            Client client = Client.of(second.app());
            client.get("/guestbook/").assertContains("Still here tomorrow");
            client.get("/guestbook/" + saved + "/").assertContains("Ada wrote").assertContains("Still here tomorrow");
            assertEquals(1, Entry.objects.count());
        }
    }

    @Test
    void withoutDebugPendingMigrationsAreAnnouncedAndNotApplied() {
        try (Startup site = start(false)) {
            assertEquals("You have 1 unapplied migration(s): the site may not work until they are applied. Apply "
                    + "them with: java -jar cairn-site.jar migrate\n", printed.toString());
            Client.of(site.app()).get("/guestbook/").assertStatus(500);
        }
        try (Startup migrated = start(true)) {
            assertTrue(printed.toString().contains("Applied guestbook.0001_initial: OK"), printed.toString());
        }
        try (Startup again = start(false)) {
            assertEquals("", printed.toString(), "applied by the DEBUG start, so nothing to announce");
            Client.of(again.app()).get("/guestbook/").assertStatus(200);
        }
    }

    @Test
    void aDatabaseUrlThatDoesNotParseStopsStartUpNamingTheDatabaseAndInstallsNothing() {
        StringWriter out = new StringWriter();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Startup.open(settings(
                true, "nosuchdb://secret@host/name"), new PrintWriter(out), new PrintWriter(out)));

        assertTrue(refused.getMessage().startsWith("database 'default': "), refused.getMessage());
        assertFalse(refused.getMessage().contains("secret"), "no password in the message: " + refused.getMessage());
        assertEquals("", out.toString());
    }

    @Test
    void aDatabaseThatCannotBeOpenedStopsStartUp() {
        StringWriter out = new StringWriter();
        String unreachable = "sqlite:///" + folder.resolve("no/such/folder/db.sqlite3");
        RuntimeException refused = assertThrows(RuntimeException.class, () -> Startup.open(settings(true,
                unreachable), new PrintWriter(out), new PrintWriter(out)));

        assertTrue(refused instanceof dev.cairn.db.DatabaseException, refused.toString());
    }
}
