package dev.cairn.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatabasesTest {

    static Stream<Arguments> environments() {
        return Stream.of(
                Arguments.of(Map.of(), Map.of("default", "sqlite:///db.sqlite3")),
                Arguments.of(Map.of("DATABASE_URL", " "), Map.of("default", "sqlite:///db.sqlite3")),
                Arguments.of(Map.of("DATABASE_URL", "postgres://h/site", "DATABASES_REPORTS_URL", "sqlite:///r.db",
                        "DATABASES_URL", "ignored", "OTHER", "x"),
                        Map.of("default", "postgres://h/site", "reports", "sqlite:///r.db")),
                Arguments.of(Map.of("DATABASES_DEFAULT_URL", "sqlite:///not-this.db"),
                        Map.of("default", "sqlite:///db.sqlite3")));
    }

    @ParameterizedTest
    @MethodSource("environments")
    void theEnvironmentNamesTheDatabases(Map<String, String> environment, Map<String, String> expected) {
        Map<String, String> urls = Databases.urlsFromEnvironment(environment);
        assertEquals(expected, urls);
        assertEquals("default", urls.keySet().iterator().next());
    }

    @Test
    void openedDatabasesAreFoundByNameDefaultFirst() {
        try (Databases databases = Databases.open(Map.of("reports", "sqlite:///:memory:",
                "default", "sqlite:///:memory:"))) {
            assertEquals(List.of("default", "reports"), List.copyOf(databases.names()));
            assertEquals("default", databases.defaultDatabase().name());
            assertEquals("reports", databases.get("reports").name());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> databases.get("nope"));
            assertEquals("no database is named 'nope'; there are: default, reports", e.getMessage());
            // Two in-memory databases are two databases.
            databases.get("reports").execute("CREATE TABLE only_here (a integer)", List.of());
            assertThrows(ProgrammingError.class,
                    () -> databases.defaultDatabase().execute("SELECT * FROM only_here", List.of()));
        }
    }

    @Test
    void aMisconfiguredDatabaseStopsStartUpNamingIt() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> Databases.open(Map.of("default", "sqlite:///:memory:", "extra", "oracle://u:pw@h/x")));
        assertEquals("database 'extra': bad database URL: unknown scheme 'oracle'; use sqlite://, postgres://, "
                + "postgresql://, mariadb:// or mysql://", bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Databases.open(Map.of("other", "sqlite:///:memory:")));
        OperationalError down = assertThrows(OperationalError.class,
                () -> Databases.open(Map.of("default", "postgres://u:hunter2@127.0.0.1:1/x")));
        assertTrue(down.getMessage().contains("database 'default' at postgres://u:***@127.0.0.1:1/x"),
                down.getMessage());
        assertTrue(down.getMessage().contains("is PostgreSQL running?"), down.getMessage());
        assertFalse(down.getMessage().contains("hunter2"));
    }

    @Test
    void aRegistryOfOpenDatabasesNeedsADefault() {
        try (Database other = Database.open("other", "sqlite:///:memory:")) {
            assertThrows(IllegalArgumentException.class, () -> Databases.of(List.of(other)));
        }
    }
}
