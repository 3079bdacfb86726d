package dev.cairn.db.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.Database;
import dev.cairn.db.DatabaseUrl;
import dev.cairn.db.Databases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The four test databases that the ORM's and contrib's tests share: what each one is, how they are named, and that
 * closing leaves nothing behind on the servers or on disk.
 */
class TestDatabasesTest {

    private static final Map<String, DatabaseUrl.Vendor> VENDORS = Map.of("sqlite-memory", DatabaseUrl.Vendor.SQLITE,
            "sqlite-file", DatabaseUrl.Vendor.SQLITE, "postgresql", DatabaseUrl.Vendor.POSTGRESQL, "mariadb",
            DatabaseUrl.Vendor.MARIADB);

    @Test
    void theFourOpenEachOnItsVendorNamedByLabelOrByTheNameGiven() {
        assertEquals(List.of("sqlite-memory", "sqlite-file", "postgresql", "mariadb"), TestDatabases.labels());
        try (TestDatabases byLabel = TestDatabases.open();
                TestDatabases asDefault = TestDatabases.open(
                        Databases.DEFAULT)) {
            for (String label : TestDatabases.labels()) {
                Database labelled = byLabel.get(label);
                assertEquals(label, labelled.name());
                assertEquals(VENDORS.get(label), labelled.url().vendor(), label);
                assertEquals(Databases.DEFAULT, asDefault.get(label).name());
                assertEquals(List.of(1), labelled.query("SELECT 1", List.of(), rows -> rows.getInt(1)));
            }
            assertTrue(byLabel.get("sqlite-memory").url().isMemory());
            assertTrue(byLabel.get("postgresql").url().database().startsWith("cairn_test_"));
            assertFalse(byLabel.get("mariadb").url().database().equals(asDefault.get("mariadb").url().database()),
                    "each opening makes databases of its own");
        }
    }

    @Test
    void anUnknownLabelIsRefusedListingTheLabels() {
        try (TestDatabases databases = TestDatabases.open()) {
            var error = assertThrows(IllegalArgumentException.class, () -> databases.get("oracle"));
            assertEquals("no test database is labelled 'oracle'; the labels: [sqlite-memory, sqlite-file, "
                    + "postgresql, mariadb]", error.getMessage());
        }
    }

    @Test
    void closingDropsTheServersDatabasesAndDeletesTheFile() {
        TestDatabases databases = TestDatabases.open();
        Path file = Path.of(databases.get("sqlite-file").url().database());
        String postgres = databases.get("postgresql").url().database();
        String mariadb = databases.get("mariadb").url().database();
        assertTrue(Files.exists(file), file.toString());

        databases.close();

        assertFalse(Files.exists(file), file + " is deleted");
        assertEquals(List.of(), names(TestDatabases.POSTGRES_VARIABLE, "postgres://postgres@127.0.0.1:5432/postgres",
                "SELECT datname FROM pg_database WHERE datname = ?", postgres));
        assertEquals(List.of(), names(TestDatabases.MARIADB_VARIABLE, "mariadb://root@127.0.0.1:3306/test",
                "SELECT schema_name FROM information_schema.schemata WHERE schema_name = ?", mariadb));
    }

    /** The databases of this name the server has, asked through its own database. */
    private static List<String> names(String variable, String fallback, String sql, String name) {
        String url = System.getenv(variable) != null ? System.getenv(variable) : fallback;
        try (Database server = Database.open("server", url)) {
            return server.query(sql, List.of(name), rows -> rows.getString(1));
        }
    }
}
