package dev.cairn.contrib.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.contrib.shelf.Shelf;
import dev.cairn.db.Database;
import dev.cairn.db.Databases;
import dev.cairn.web.WebApp;
import dev.cairn.web.checks.CheckContext;
import dev.cairn.web.checks.CheckMessage;
import dev.cairn.web.checks.SystemCheckError;
import dev.cairn.web.settings.Settings;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Databases from settings, installed at start, and the checks that refuse a site whose database is wrong; the
 * check that the default database answers, on each of the four test databases.
 */
class DatabaseSettingsTest {

    @RegisterExtension
    static final Shelf SHELF = new Shelf();

    private Databases before;

    @BeforeEach
    void remember() {
        before = Databases.install(null);
        Databases.install(before);
    }

    @AfterEach
    void putBack() {
        Databases.install(before);
    }

    private static Settings settings(String... keysAndValues) {
        Settings.Builder builder = Settings.builder().debug(false).secretKey("test-only-key-for-database-settings")
                .allowedHosts("localhost");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            builder.set(keysAndValues[i], keysAndValues[i + 1]);
        }
        return builder.build();
    }

    static Stream<Arguments> urls() {
        return Stream.of(
                Arguments.of(new String[0], Map.of("default", "sqlite:///db.sqlite3")),
                Arguments.of(new String[]{"DATABASE_URL", "postgres://app@db/site"}, Map.of("default",
                        "postgres://app@db/site")),
                Arguments.of(new String[]{"DATABASE_URL", "sqlite:///a.db", "DATABASES_REPORTS_URL",
                        "sqlite:///r.db"}, Map.of("default", "sqlite:///a.db", "reports", "sqlite:///r.db")),
                Arguments.of(new String[]{"DATABASES_DEFAULT_URL", "sqlite:///ignored.db"}, Map.of("default",
                        "sqlite:///db.sqlite3")));
    }

    @ParameterizedTest(name = "{0} names {1}")
    @MethodSource
    void urls(String[] keysAndValues, Map<String, String> expected) {
        Map<String, String> urls = DatabaseSettings.urls(settings(keysAndValues));
        assertEquals(expected, urls);
        assertEquals("default", urls.keySet().iterator().next());
    }

    @Test
    void installOpensTheNamedDatabasesAndMakesThemTheApplications() {
        try (Databases databases = DatabaseSettings.install(settings("DATABASE_URL", "sqlite:///:memory:",
                "DATABASES_REPORTS_URL", "sqlite:///:memory:"))) {
            assertSame(databases, Databases.installed());
            assertEquals(List.of("default", "reports"), List.copyOf(databases.names()));
            assertTrue(DatabaseChecks.defaultAnswers().isEmpty());
        }
    }

    @Test
    void aSiteWhoseDefaultDatabaseAnswersStarts() {
        try (Databases databases = DatabaseSettings.install(settings("DATABASE_URL", "sqlite:///:memory:"))) {
            WebApp app = WebApp.builder().settings(settings("DATABASE_URL", "sqlite:///:memory:")).check(
                    DatabaseChecks.check()).build();
            assertFalse(app.check().stream().anyMatch(m -> m.id().startsWith("db.")));
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void theDefaultDatabaseAnswersTheCheckAndOnceClosedIsRefusedWithDbE001(String db) {
        Database answering = SHELF.use(db);
        assertEquals(List.of(), DatabaseChecks.defaultAnswers());
        WebApp app = WebApp.builder().settings(settings()).check(DatabaseChecks.check()).build();
        assertFalse(app.check().stream().anyMatch(m -> m.id().startsWith("db.")));

        Database closed = Database.open(Databases.DEFAULT, answering.url());
        closed.close();
        Databases.install(Databases.of(List.of(closed)));
        List<CheckMessage> refused = DatabaseChecks.defaultAnswers();
        assertEquals(List.of("db.E001"), refused.stream().map(CheckMessage::id).toList());
        assertTrue(refused.getFirst().message().startsWith("The default database does not answer ("), refused
                .toString());
    }

    @Test
    void aSiteWhoseDefaultDatabaseDoesNotAnswerIsRefusedWithDbE001() {
        Database closed = Database.open("default", "sqlite:///:memory:");
        closed.close();
        Databases.install(Databases.of(List.of(closed)));
        var error = assertThrows(SystemCheckError.class, () -> WebApp.builder().settings(settings()).check(
                DatabaseChecks.check()).build());
        CheckMessage message = error.messages().stream().filter(m -> m.id().equals("db.E001")).findFirst()
                .orElseThrow();
        assertEquals(CheckMessage.Level.ERROR, message.level());
        assertEquals("DATABASE_URL", message.concerns());
        assertTrue(message.message().startsWith("The default database does not answer ("), message.message());
    }

    @Test
    void aUrlThatDoesNotParseIsDbE002NamingTheSettingButNeverThePassword() {
        Settings settings = settings("DATABASE_URL", "sqlite:///:memory:", "DATABASES_REPORTS_URL",
                "oracle://scott:tiger-secret@db/reports");
        List<CheckMessage> messages = DatabaseChecks.check().run(new CheckContext(settings, WebApp.builder()
                .settings(settings("DATABASE_URL", "sqlite:///:memory:")).build()));
        assertEquals(1, messages.size(), messages::toString);
        CheckMessage message = messages.getFirst();
        assertEquals("db.E002", message.id());
        assertEquals("DATABASES_REPORTS_URL", message.concerns());
        assertFalse(message.toString().contains("tiger-secret"), message.toString());
    }
}
