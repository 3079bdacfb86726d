package dev.cairn.contrib.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.cli.Cairn;
import dev.cairn.cli.Project;
import dev.cairn.db.Databases;
import dev.cairn.db.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code cairn clearsessions}, added to a site's command line, run as a cron job would run it. */
class ClearSessionsTest {

    @RegisterExtension
    static final SessionDatabases DATABASES = SessionDatabases.all();

    /** What a command printed, and its exit code. */
    record Run(int code, String out, String err) {}

    private static Run run(Databases databases, String... args) {
        Project project = Project.builder().models(StoredSession.class).migrationsFolder(SessionDatabases.MIGRATIONS)
                .databases(() -> databases).command(ClearSessions::new).build();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cairn.run(project, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A session saved by a store whose clock says {@code ago} before now, living {@code age}. */
    private static String session(Duration ago, Duration age) {
        Clock then = Clock.fixed(Instant.now().minus(ago), ZoneOffset.UTC);
        return DatabaseSessionStore.create("default", then).create("{\"user\":7}", age);
    }

    static List<String> databases() {
        return SessionDatabases.labels();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theExpiredSessionsAreDeletedAndTheLiveOnesKept(String label) {
        DATABASES.use(label);
        session(Duration.ofDays(15), Duration.ofDays(14));
        session(Duration.ofHours(2), Duration.ofHours(1));
        String live = session(Duration.ofHours(2), Duration.ofHours(3));
        Run run = run(DATABASES.databases(label), "clearsessions");
        assertEquals(new Run(Cairn.OK, "Deleted 2 expired sessions\n", ""), run);
        assertEquals(Set.of(live), Set.copyOf(StoredSession.objects.all().valuesListFlat("sessionKey")));
        assertEquals(new Run(Cairn.OK, "Deleted 0 expired sessions\n", ""), run(DATABASES.databases(label),
                "clearsessions"));
        session(Duration.ofDays(1), Duration.ofHours(1));
        assertEquals("Deleted 1 expired session\n", run(DATABASES.databases(label), "clearsessions").out());
    }

    @Test
    void theCommandWorksOnTheProjectsDatabasesAndPutsBackTheInstalledOnes() {
        DATABASES.use("sqlite");
        Databases installed = Databases.installed();
        session(Duration.ofDays(1), Duration.ofHours(1));
        assertEquals("Deleted 0 expired sessions\n", run(DATABASES.databases("postgresql"), "clearsessions").out(),
                "the project's database is another one, with no sessions");
        assertSame(installed, Databases.installed());
        assertEquals(1, StoredSession.objects.count(), "the installed database was not touched");
    }

    @Test
    void anUnknownDatabaseIsAnErrorNamingTheOnesThereAre() {
        Run run = run(DATABASES.databases("sqlite"), "clearsessions", "--database", "sessions");
        assertEquals(Cairn.FAILED, run.code());
        assertEquals("error: no database is named 'sessions'; there are: default\n", run.err());
    }

    @Test
    void aDatabaseWithoutTheSessionsTableIsAnErrorThatSaysSo() {
        try (TestDatabase bare = TestDatabase.create((String) null)) {
            Run run = run(bare.databases(), "clearsessions");
            assertEquals(Cairn.FAILED, run.code());
            assertTrue(run.err().startsWith("error: ") && run.err().contains("sessions_session"), run.err());
        }
    }

    @Test
    void theCommandLineListsIt() {
        Run help = run(DATABASES.databases("sqlite"), "--help");
        assertTrue(help.out().contains("clearsessions"), help.out());
        Run own = run(DATABASES.databases("sqlite"), "clearsessions", "--help");
        assertTrue(own.out().contains("Deletes the expired sessions"), own.out());
    }
}
