package dev.cairn.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.db.dialect.Dialect;
import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.meta.ColumnType.Kind;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The SQL each dialect writes for lookups, date parts, LIMIT/OFFSET, locking, upserts and RETURNING, run for real. */
class DialectSqlTest {

    private static final ColumnType DATETIME = ColumnType.of(Kind.DATETIME);
    /** id, name, born: names that tell case, accents, LIKE's wildcards and the escape apart. */
    private static final List<String> NAMES = List.of("Charles Dickens", "charles darwin", "Émile Zola",
            "50% off_sale", "back\\slash", "Ada Lovelace");
    private static final List<Instant> BORN = List.of(Instant.parse("1812-02-07T06:05:04.9Z"),
            Instant.parse("1809-02-12T23:59:59Z"), Instant.parse("2021-01-01T12:00:00Z"),
            Instant.parse("2024-12-30T00:00:00Z"), Instant.parse("2023-07-15T18:30:45.123456Z"),
            Instant.parse("1815-12-10T09:00:00Z"));

    static TestDatabases dbs;

    @BeforeAll
    static void open() {
        dbs = TestDatabases.open();
        for (String label : TestDatabases.labels()) {
            Database db = dbs.get(label);
            db.execute("CREATE TABLE people (id integer PRIMARY KEY, name varchar(50), born "
                    + db.dialect().sqlType(DATETIME) + ")", List.of());
            for (int i = 0; i < NAMES.size(); i++) {
                db.execute("INSERT INTO people (id, name, born) VALUES (?, ?, ?)",
                        List.of(i + 1, NAMES.get(i), BORN.get(i)));
            }
        }
    }

    @AfterAll
    static void close() {
        dbs.close();
    }

    static Stream<Arguments> lookups() {
        return TestDatabases.labels().stream().flatMap(db -> Stream.of(
                Arguments.of(db, "contains", "Charles", true, true, List.of(1)),
                Arguments.of(db, "contains", "arl", true, true, List.of(1, 2)),
                Arguments.of(db, "icontains", "CHARLES", true, true, List.of(1, 2)),
                Arguments.of(db, "icontains", "émile", true, true, List.of(3)),
                Arguments.of(db, "startswith", "char", false, true, List.of(2)),
                Arguments.of(db, "istartswith", "CHAR", false, true, List.of(1, 2)),
                Arguments.of(db, "endswith", "Zola", true, false, List.of(3)),
                Arguments.of(db, "endswith", "zola", true, false, List.of()),
                Arguments.of(db, "iendswith", "ZOLA", true, false, List.of(3)),
                Arguments.of(db, "contains", "%", true, true, List.of(4)),
                Arguments.of(db, "contains", "_", true, true, List.of(4)),
                Arguments.of(db, "contains", "\\", true, true, List.of(5)),
                Arguments.of(db, "iexact", "CHARLES DARWIN", false, false, List.of(2)),
                Arguments.of(db, "iexact", "charles", false, false, List.of()),
                Arguments.of(db, "regex", "^[Cc]harles [Dd]", false, false, List.of(1, 2)),
                Arguments.of(db, "regex", "^charles", false, false, List.of(2)),
                Arguments.of(db, "regex", "l{2}|ce$", false, false, List.of(6)),
                Arguments.of(db, "iregex", "^CHARLES", false, false, List.of(1, 2))));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("lookups")
    void lookupsMatchTheRightRows(String label, String lookup, String value, boolean before, boolean after,
            List<Integer> expected) {
        Database db = dbs.get(label);
        Dialect dialect = db.dialect();
        boolean like = lookup.endsWith("contains") || lookup.endsWith("startswith") || lookup.endsWith("endswith");
        Object param = like ? dialect.likePattern(value, before, after) : value;
        String sql = "SELECT id FROM people WHERE " + dialect.lookup(lookup, dialect.quote("name")) + " ORDER BY id";
        assertEquals(expected, ids(db, sql, List.of(param)));
    }

    static Stream<Arguments> dateParts() {
        Function<ZonedDateTime, Integer> weekDay = t -> t.getDayOfWeek() == DayOfWeek.SUNDAY
                ? 1
                : t.getDayOfWeek().getValue() + 1;
        List<Arguments> parts = List.of(
                Arguments.of("year", (Function<ZonedDateTime, Integer>) ZonedDateTime::getYear),
                Arguments.of("month", (Function<ZonedDateTime, Integer>) ZonedDateTime::getMonthValue),
                Arguments.of("day", (Function<ZonedDateTime, Integer>) ZonedDateTime::getDayOfMonth),
                Arguments.of("week_day", weekDay),
                Arguments.of("hour", (Function<ZonedDateTime, Integer>) ZonedDateTime::getHour),
                Arguments.of("minute", (Function<ZonedDateTime, Integer>) ZonedDateTime::getMinute),
                Arguments.of("second", (Function<ZonedDateTime, Integer>) ZonedDateTime::getSecond),
                Arguments.of("quarter", (Function<ZonedDateTime, Integer>) t -> t.get(IsoFields.QUARTER_OF_YEAR)),
                Arguments.of("week", (Function<ZonedDateTime, Integer>) t -> t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        return TestDatabases.labels().stream().flatMap(db -> parts.stream()
                .map(p -> Arguments.of(db, p.get()[0], p.get()[1])));
    }

    /** Each part of each stored instant, in UTC, as Java counts it (week_day 1 = Sunday; week by ISO 8601). */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dateParts")
    void datePartsAreTakenInUtc(String label, String part, Function<ZonedDateTime, Integer> expected) {
        Database db = dbs.get(label);
        String sql = "SELECT " + db.dialect().datePart(part, db.dialect().quote("born")) + " FROM people ORDER BY id";
        List<Integer> actual = db.query(sql, List.of(), rows -> rows.getInt(1));
        assertEquals(BORN.stream().map(b -> expected.apply(b.atZone(ZoneOffset.UTC))).toList(), actual);
        // And as a filter: the rows whose part equals that of the first row.
        int first = expected.apply(BORN.getFirst().atZone(ZoneOffset.UTC));
        List<Integer> matching = IntStream.range(0, BORN.size())
                .filter(i -> expected.apply(BORN.get(i).atZone(ZoneOffset.UTC)) == first)
                .mapToObj(i -> i + 1).toList();
        assertEquals(matching, ids(db, "SELECT id FROM people WHERE " + db.dialect().datePart(part, "born")
                + " = ? ORDER BY id", List.of(first)));
    }

    static Stream<Arguments> limits() {
        return TestDatabases.labels().stream().flatMap(db -> Stream.of(
                Arguments.of(db, -1L, 0L, List.of(1, 2, 3, 4, 5, 6)),
                Arguments.of(db, 2L, 0L, List.of(1, 2)),
                Arguments.of(db, 2L, 3L, List.of(4, 5)),
                Arguments.of(db, -1L, 4L, List.of(5, 6)),
                Arguments.of(db, 0L, 0L, List.of()),
                Arguments.of(db, 10L, 5L, List.of(6))));
    }

    @ParameterizedTest(name = "{0}: limit {1} offset {2}")
    @MethodSource("limits")
    void limitAndOffset(String label, long limit, long offset, List<Integer> expected) {
        Database db = dbs.get(label);
        assertEquals(expected, ids(db, "SELECT id FROM people ORDER BY id" + db.dialect().limitOffset(limit, offset),
                List.of()));
    }

    static Stream<Arguments> locks() {
        return TestDatabases.labels().stream().flatMap(db -> Stream.of(
                Arguments.of(db, false, false), Arguments.of(db, true, false), Arguments.of(db, false, true)));
    }

    @ParameterizedTest(name = "{0}: nowait {1} skip locked {2}")
    @MethodSource("locks")
    void forUpdateRunsInATransaction(String label, boolean nowait, boolean skipLocked) {
        Database db = dbs.get(label);
        String clause = db.dialect().forUpdate(nowait, skipLocked);
        if (label.startsWith("sqlite")) {
            assertEquals("", clause);
        }
        List<Integer> locked = db.atomic(() -> ids(db, "SELECT id FROM people WHERE id = ?" + clause, List.of(2)));
        assertEquals(List.of(2), locked);
        assertThrows(IllegalArgumentException.class, () -> db.dialect().forUpdate(true, true));
    }

    @ParameterizedTest
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void upsertInsertsThenUpdatesOrLeavesAlone(String label) {
        Database db = dbs.get(label);
        Dialect dialect = db.dialect();
        db.execute("CREATE TABLE kv (k varchar(10) PRIMARY KEY, v integer, w integer)", List.of());
        String update = dialect.upsert("kv", List.of("k", "v", "w"), List.of("k"), List.of("v"));
        String keep = dialect.upsert("kv", List.of("k", "v", "w"), List.of("k"), List.of());
        db.execute(update, List.of("a", 1, 10));
        db.execute(update, List.of("a", 2, 20));
        db.execute(keep, List.of("b", 3, 30));
        db.execute(keep, List.of("b", 4, 40));
        List<String> rows = db.query("SELECT k, v, w FROM kv ORDER BY k", List.of(),
                r -> r.getString(1) + r.getInt(2) + "/" + r.getInt(3));
        assertEquals(List.of("a2/10", "b3/30"), rows);
    }

    @ParameterizedTest
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void insertReturningKeysGivesTheNewKeysInOrder(String label) {
        Database db = dbs.get(label);
        Dialect dialect = db.dialect();
        db.execute("CREATE TABLE numbered (id " + dialect.autoPrimaryKey(ColumnType.of(Kind.BIG_AUTO))
                + ", label varchar(10))", List.of());
        assertEquals(List.of(1L),
                db.insertReturningKeys("INSERT INTO numbered (label) VALUES (?)", List.of("a"), "id"));
        assertEquals(List.of(2L, 3L), db.insertReturningKeys("INSERT INTO numbered (label) VALUES (?), (?)",
                List.of("b", "c"), "id"));
        assertEquals(List.of("a", "b", "c"), db.query("SELECT label FROM numbered ORDER BY id", List.of(),
                r -> r.getString(1)));
    }

    static List<Integer> ids(Database db, String sql, List<?> params) {
        return db.query(sql, params, rows -> rows.getInt(1));
    }
}
