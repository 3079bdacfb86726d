package dev.cairn.db.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.db.NotSupportedError;
import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.meta.ColumnType.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The dialects' rules that need no database: versions, refusals, quoting, the SQL of upserts. */
class DialectRulesTest {

    static List<Dialect> dialects() {
        return List.of(new SqliteDialect(), new PostgresDialect(), new MariaDbDialect());
    }

    static Stream<Arguments> mariaDbVersions() {
        return Stream.of(
                Arguments.of("10.11.9-MariaDB-0+deb12u1", "uuid", " FOR UPDATE SKIP LOCKED"),
                Arguments.of("11.4.2-MariaDB", "uuid", " FOR UPDATE SKIP LOCKED"),
                Arguments.of("10.6.18-MariaDB", "char(32)", " FOR UPDATE SKIP LOCKED"),
                Arguments.of("10.5.25-MariaDB", "char(32)", null));
    }

    @ParameterizedTest
    @MethodSource("mariaDbVersions")
    void mariaDbUsesWhatItsVersionHas(String version, String uuidType, String skipLocked) {
        MariaDbDialect dialect = MariaDbDialect.forVersion(version);
        assertEquals(uuidType, dialect.sqlType(ColumnType.of(Kind.UUID)));
        if (skipLocked == null) {
            assertThrows(NotSupportedError.class, () -> dialect.forUpdate(false, true));
        } else {
            assertEquals(skipLocked, dialect.forUpdate(false, true));
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void unknownLookupsPartsAndNonAutoKeysAreRefused(Dialect dialect) {
        assertEquals("unknown lookup 'like'; known: contains, icontains, startswith, istartswith, endswith, "
                + "iendswith, iexact, regex, iregex",
                assertThrows(IllegalArgumentException.class, () -> dialect.lookup("like", "x")).getMessage());
        assertEquals("unknown date part 'fortnight'; known: year, month, day, week_day, hour, minute, second, "
                + "quarter, week",
                assertThrows(IllegalArgumentException.class, () -> dialect.datePart("fortnight", "x")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> dialect.autoPrimaryKey(ColumnType.of(Kind.INT)));
        assertThrows(IllegalArgumentException.class, () -> dialect.toDatabase(ColumnType.of(Kind.DATE), "2024-01-01"));
        assertThrows(IllegalArgumentException.class, () -> dialect.toDatabase(ColumnType.of(Kind.INT), 1.5));
    }

    static Stream<Arguments> quoting() {
        return Stream.of(
                Arguments.of(new SqliteDialect(), "\"we\"\"ird\"", "INSERT INTO \"t\" (\"k\", \"v\") VALUES (?, ?) "
                        + "ON CONFLICT (\"k\") DO UPDATE SET \"v\" = EXCLUDED.\"v\""),
                Arguments.of(new PostgresDialect(), "\"we\"\"ird\"", "INSERT INTO \"t\" (\"k\", \"v\") VALUES (?, ?) "
                        + "ON CONFLICT (\"k\") DO UPDATE SET \"v\" = EXCLUDED.\"v\""),
                Arguments.of(new MariaDbDialect(), "`we\"ird`", "INSERT INTO `t` (`k`, `v`) VALUES (?, ?) "
                        + "ON DUPLICATE KEY UPDATE `v` = VALUES(`v`)"));
    }

    @ParameterizedTest
    @MethodSource("quoting")
    void identifiersAreQuotedAndUpsertsWritten(Dialect dialect, String quoted, String upsert) {
        assertEquals(quoted, dialect.quote("we\"ird"));
        assertEquals(upsert, dialect.upsert("t", List.of("k", "v"), List.of("k"), List.of("v")));
    }

    @Test
    void likePatternsEscapeTheWildcards() {
        Dialect dialect = new SqliteDialect();
        assertEquals("%50\\%\\_off\\\\%", dialect.likePattern("50%_off\\", true, true));
        assertEquals("abc%", dialect.likePattern("abc", false, true));
    }
}
