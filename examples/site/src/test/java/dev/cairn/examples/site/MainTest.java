package dev.cairn.examples.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.settings.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The site's command line as Django's manage.py: serving by default or with {@code runserver}, the database
 * commands through Cairn's, on a SQLite file in a temporary folder, and a precise error for anything else.
 */
class MainTest {

    @TempDir
    Path folder;

    /** What a command printed, and its exit code. */
    record Run(int code, String out, String err) {}

    private Run run(String... args) {
        Settings settings = Settings.builder().debug(true).set(Settings.DATABASE_URL, "sqlite:///" + folder.resolve(
                "db.sqlite3")).build();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.command(settings, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static Stream<Arguments> serves() {
        return Stream.of(
                Arguments.of(new String[]{}, true),
                Arguments.of(new String[]{"runserver"}, true),
                Arguments.of(new String[]{"runserver", "8080"}, false),
                Arguments.of(new String[]{"migrate"}, false),
                Arguments.of(new String[]{"Runserver"}, false));
    }

    @ParameterizedTest(name = "{0} serves: {1}")
    @MethodSource
    void serves(String[] args, boolean serves) {
        assertEquals(serves, Main.serves(args));
    }

    @Test
    void theDatabaseCommandsShowApplyAndPrintTheSitesMigrations() {
        assertEquals(new Run(0, "guestbook\n [ ] 0001_initial\n", ""), run("showmigrations"));

        Run sql = run("sqlmigrate", "guestbook", "0001");
        assertEquals(0, sql.code(), sql.err());
        assertTrue(sql.out().startsWith("BEGIN;\n-- Create model Entry\nCREATE TABLE \"guestbook_entry\" ("),
                sql.out());

        Run migrated = run("migrate");
        assertEquals(0, migrated.code(), migrated.err());
        assertTrue(migrated.out().contains("  Applied guestbook.0001_initial: OK ("), migrated.out());
        assertEquals(new Run(0, "guestbook\n [X] 0001_initial\n", ""), run("showmigrations"));
        assertTrue(run("migrate").out().endsWith("  No migrations to apply.\n"));
    }

    @Test
    void checkDeployListsWhatIsUnsafeInTheDevelopmentSettings() {
        Settings.Builder development = Settings.builder().set(Settings.DATABASE_URL, "sqlite:///" + folder.resolve(
                "db.sqlite3"));
        Site.DEVELOPMENT.forEach(development::set);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.command(development.build(), new PrintWriter(out), new PrintWriter(err), "check", "--deploy");
        assertEquals(0, code, err.toString());
        for (String id : List.of("security.W004", "security.W008", "security.W009", "security.W016",
                "security.W018")) {
            assertTrue(out.toString().contains(id + ": "), id + " missing from\n" + out);
        }
        assertTrue(out.toString().endsWith("System check identified 5 issues (0 silenced).\n"), out.toString());
        assertEquals(1, Main.command(development.build(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), "check", "--deploy", "--fail-level", "WARNING"));
    }

    @Test
    void checkWithoutDeployFindsTheDevelopmentSiteSound() {
        assertEquals(new Run(0, """
                System check identified some issues:

                INFOS:
                settings.W002: DEBUG is on: error pages show source code, the request, the settings and the journey.
                \tHINT: Never run a public site with DEBUG on; set CAIRN_DEBUG=false there.

                System check identified 1 issue (0 silenced).
                """, ""), run("check", "--fail-level", "WARNING"));
    }

    @Test
    void makemigrationsFindsTheCommittedMigrationsUpToDate() {
        assertEquals(new Run(0, "No changes detected\n", ""), run("makemigrations", "--dry-run"));
    }

    static Stream<Arguments> badCommandLines() {
        return Stream.of(
                Arguments.of(new String[]{"serve"}, "error: unknown command 'serve'\n"),
                Arguments.of(new String[]{"runserver", "0.0.0.0:80"},
                        "error: runserver takes no arguments [0.0.0.0:80]; HOST and PORT say where it listens\n"),
                Arguments.of(new String[]{"--version"}, "error: unknown command '--version'\n"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void badCommandLines(String[] args, String error) {
        Run run = run(args);
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertEquals(error + Main.USAGE + "\n", run.err());
    }

    @Test
    void aCommandCairnCannotParseIsAUsageErrorAndOneThatFailsIsOne() {
        Run unparsed = run("migrate", "--no-such-option");
        assertEquals(2, unparsed.code());
        assertTrue(unparsed.err().contains("--no-such-option"), unparsed.err());

        Run failed = run("sqlmigrate", "guestbook", "0009");
        assertEquals(1, failed.code());
        assertTrue(failed.err().startsWith("error: "), failed.err());
    }

    @Test
    void helpListsTheCommands() {
        Run help = run("help");
        assertEquals(0, help.code());
        assertEquals(Main.USAGE + "\n", help.out());
    }

    @Test
    void aDatabaseUrlThatDoesNotParseFailsTheCommandNamingTheDatabase() {
        Settings settings = Settings.builder().set(Settings.DATABASE_URL, "nosuchdb://host/name").build();
        StringWriter err = new StringWriter();
        int code = Main.command(settings, new PrintWriter(new StringWriter()), new PrintWriter(err), "migrate");
        assertEquals(1, code);
        assertTrue(err.toString().startsWith("error: database 'default': "), err.toString());
    }
}
