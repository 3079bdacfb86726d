package dev.cairn.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.DatabaseUrl.Vendor;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatabaseUrlTest {

    static Stream<Arguments> goodUrls() {
        return Stream.of(
                Arguments.of("sqlite:///db.sqlite3",
                        new DatabaseUrl(Vendor.SQLITE, null, 0, null, null, "db.sqlite3", Map.of()),
                        "jdbc:sqlite:db.sqlite3"),
                Arguments.of("sqlite:///data/site.db",
                        new DatabaseUrl(Vendor.SQLITE, null, 0, null, null, "data/site.db", Map.of()),
                        "jdbc:sqlite:data/site.db"),
                Arguments.of("sqlite:////var/lib/site.db",
                        new DatabaseUrl(Vendor.SQLITE, null, 0, null, null, "/var/lib/site.db", Map.of()),
                        "jdbc:sqlite:/var/lib/site.db"),
                Arguments.of("sqlite:///:memory:", DatabaseUrl.memory(), "jdbc:sqlite::memory:"),
                Arguments.of("sqlite://:memory:", DatabaseUrl.memory(), "jdbc:sqlite::memory:"),
                Arguments.of("postgres://u:p@db.example:6543/shop?sslmode=require",
                        new DatabaseUrl(Vendor.POSTGRESQL, "db.example", 6543, "u", "p", "shop",
                                Map.of("sslmode", "require")),
                        "jdbc:postgresql://db.example:6543/shop?sslmode=require"),
                Arguments.of("postgres://u@h/shop?pool_size=32&sslmode=require",
                        new DatabaseUrl(Vendor.POSTGRESQL, "h", 5432, "u", null, "shop",
                                Map.of("pool_size", "32", "sslmode", "require")),
                        "jdbc:postgresql://h:5432/shop?sslmode=require"),
                Arguments.of("mariadb://h/shop?pool_size=3",
                        new DatabaseUrl(Vendor.MARIADB, "h", 3306, "root", null, "shop", Map.of("pool_size", "3")),
                        "jdbc:mariadb://h:3306/shop"),
                Arguments.of("postgresql://localhost/shop",
                        new DatabaseUrl(Vendor.POSTGRESQL, "localhost", 5432, "postgres", null, "shop", Map.of()),
                        "jdbc:postgresql://localhost:5432/shop"),
                Arguments.of("POSTGRES://me@localhost/shop",
                        new DatabaseUrl(Vendor.POSTGRESQL, "localhost", 5432, "me", null, "shop", Map.of()),
                        "jdbc:postgresql://localhost:5432/shop"),
                Arguments.of("postgres://us%40er:p%3Ass%2Fw%C3%B6rd+@[::1]:5433/shop",
                        new DatabaseUrl(Vendor.POSTGRESQL, "::1", 5433, "us@er", "p:ss/wörd+", "shop", Map.of()),
                        "jdbc:postgresql://[::1]:5433/shop"),
                Arguments.of("postgres://:secret@h/d",
                        new DatabaseUrl(Vendor.POSTGRESQL, "h", 5432, "postgres", "secret", "d", Map.of()),
                        "jdbc:postgresql://h:5432/d"),
                Arguments.of("mariadb://app:pw@10.0.0.5/site",
                        new DatabaseUrl(Vendor.MARIADB, "10.0.0.5", 3306, "app", "pw", "site", Map.of()),
                        "jdbc:mariadb://10.0.0.5:3306/site"),
                Arguments.of("mysql://h:3307/site?a=1&b",
                        new DatabaseUrl(Vendor.MARIADB, "h", 3307, "root", null, "site", Map.of("a", "1", "b", "")),
                        "jdbc:mariadb://h:3307/site?a=1&b="));
    }

    @ParameterizedTest
    @MethodSource("goodUrls")
    void goodUrlsParse(String text, DatabaseUrl expected, String jdbcUrl) {
        DatabaseUrl url = DatabaseUrl.parse(text);
        assertEquals(expected, url);
        assertEquals(jdbcUrl, url.jdbcUrl());
    }

    static Stream<Arguments> badUrls() {
        return Stream.of(
                Arguments.of(null, "bad database URL: it is empty"),
                Arguments.of("  ", "bad database URL: it is empty"),
                Arguments.of("db.sqlite3", "bad database URL: it has no scheme; it starts with sqlite://, "
                        + "postgres://, postgresql://, mariadb:// or mysql://"),
                Arguments.of("oracle://scott:tiger@h/db", "bad database URL: unknown scheme 'oracle'; use sqlite://, "
                        + "postgres://, postgresql://, mariadb:// or mysql://"),
                Arguments.of("sqlite://", "bad database URL: an SQLite URL needs a path after three slashes "
                        + "(sqlite:///db.sqlite3, sqlite:////abs/path.db) or :memory:"),
                Arguments.of("sqlite://db.sqlite3", "bad database URL: an SQLite URL needs a path after three "
                        + "slashes (sqlite:///db.sqlite3, sqlite:////abs/path.db) or :memory:"),
                Arguments.of("sqlite:///data/", "bad database URL: an SQLite URL names a file, not a folder"),
                Arguments.of("postgres://u:hunter2@h:5432", "bad database URL: no database name; put it after the "
                        + "host (postgresql://host/name)"),
                Arguments.of("postgres://u:hunter2@h:5432/", "bad database URL: no database name; put it after the "
                        + "host (postgresql://host/name)"),
                Arguments.of("postgres://u:hunter2@h:54x/db", "bad database URL: the port is not a number from 1 "
                        + "to 65535"),
                Arguments.of("mariadb://u:hunter2@h:0/db", "bad database URL: the port is not a number from 1 to "
                        + "65535"),
                Arguments.of("mariadb://u:hunter2@h:65536/db", "bad database URL: the port is not a number from 1 "
                        + "to 65535"),
                Arguments.of("mariadb://u:hunter2@h:/db", "bad database URL: the port is not a number from 1 to "
                        + "65535"),
                Arguments.of("mariadb://u:hunter2@/db", "bad database URL: no host; put one before the database "
                        + "name (host/name)"),
                Arguments.of("postgres://u:hunter2%zz@h/db", "bad database URL: the password has a '%' that is "
                        + "not followed by two hex digits"),
                Arguments.of("postgres://u:hunter2@[::1/db", "bad database URL: an IPv6 host opened with '[' is "
                        + "not closed with ']'"),
                Arguments.of("postgres://u:hunter2@h/a/b", "bad database URL: the database name has a '/' in it"),
                Arguments.of("postgres://u:hunter2@h/db?=x", "bad database URL: an option has no name"),
                Arguments.of("postgres://u:hunter2@h/db?pool_size=0", "bad database URL: pool_size must be a whole "
                        + "number from 1 to 1000, not '0'"),
                Arguments.of("postgres://u:hunter2@h/db?pool_size=ten", "bad database URL: pool_size must be a "
                        + "whole number from 1 to 1000, not 'ten'"),
                Arguments.of("postgres://u:hunter2@h/db?pool_size=1001", "bad database URL: pool_size must be a "
                        + "whole number from 1 to 1000, not '1001'"),
                Arguments.of("sqlite:///db.sqlite3?pool_size=", "bad database URL: pool_size must be a whole "
                        + "number from 1 to 1000, not ''"));
    }

    @ParameterizedTest
    @MethodSource("badUrls")
    void badUrlsAreRefusedSayingWhyWithoutThePassword(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse(text));
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"));
    }

    @Test
    void toStringRedactsThePassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://app:hunter2@h:5432/shop?sslmode=require");
        assertEquals("postgres://app:***@h:5432/shop?sslmode=require", url.toString());
        assertEquals("mariadb://root@h:3306/shop", DatabaseUrl.parse("mysql://h/shop").toString());
        assertEquals("sqlite:///db.sqlite3", DatabaseUrl.parse("sqlite:///db.sqlite3").toString());
    }

    static Stream<Arguments> poolSizes() {
        return Stream.of(
                Arguments.of("sqlite:///db.sqlite3", DatabaseUrl.SQLITE_POOL_SIZE),
                Arguments.of("sqlite:///db.sqlite3?pool_size=1", 1),
                Arguments.of("postgres://h/db", DatabaseUrl.SERVER_POOL_SIZE),
                Arguments.of("postgres://h/db?pool_size=64", 64),
                Arguments.of("mariadb://h/db?pool_size=1000", 1000));
    }

    @ParameterizedTest
    @MethodSource("poolSizes")
    void thePoolIsSizedByTheVendorOrThePoolSizeOption(String text, int size) {
        assertEquals(size, DatabaseUrl.parse(text).poolSize());
    }

    @Test
    void theOpenedPoolHoldsThePoolSize() {
        try (Database db = Database.open("sized", "sqlite:///:memory:?pool_size=2")) {
            assertEquals(2, db.maxConnections());
            assertEquals(1, db.query("SELECT 1", List.of(), rows -> rows.getInt(1)).getFirst());
        }
    }

    @Test
    void thePoolSizeShowsInTheUrlButIsNotPassedToTheDriver() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://u:hunter2@h/db?pool_size=20");
        assertEquals("postgres://u:***@h:5432/db?pool_size=20", url.toString());
        assertEquals("jdbc:postgresql://h:5432/db", url.jdbcUrl());
    }

    @Test
    void memoryAndWithDatabase() {
        assertTrue(DatabaseUrl.parse("sqlite:///:memory:").isMemory());
        assertFalse(DatabaseUrl.parse("sqlite:///m.db").isMemory());
        DatabaseUrl other = DatabaseUrl.parse("postgres://u:p@h/one").withDatabase("two");
        assertEquals("two", other.database());
        assertEquals("p", other.password());
    }
}
