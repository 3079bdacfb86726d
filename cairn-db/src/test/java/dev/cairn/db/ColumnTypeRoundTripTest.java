package dev.cairn.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.meta.ColumnType.Kind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every column kind through toDatabase, the database and fromDatabase, on each database: what goes in comes out. */
class ColumnTypeRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger TABLES = new AtomicInteger();
    static TestDatabases dbs;

    @BeforeAll
    static void open() {
        dbs = TestDatabases.open();
    }

    @AfterAll
    static void close() {
        dbs.close();
    }

    /** A column type, the values written, and the values expected back (the same unless given). */
    record Case(String name, ColumnType type, List<Object> in, List<Object> out) {
        static Case of(String name, ColumnType type, Object... values) {
            List<Object> list = new ArrayList<>(Arrays.asList(values));
            list.add(null);
            return new Case(name, type, list, list);
        }

        Case expecting(Object... values) {
            List<Object> list = new ArrayList<>(Arrays.asList(values));
            list.add(null);
            return new Case(name, type, in, list);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        Instant odd = LocalDateTime.of(2024, 3, 31, 2, 30, 0).atZone(ZoneId.of("Europe/Paris")).toInstant();
        return List.of(
                Case.of("small int", ColumnType.of(Kind.SMALL_INT), -32768L, 0L, 32767L),
                Case.of("int", ColumnType.of(Kind.INT), (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE),
                Case.of("big int", ColumnType.of(Kind.BIG_INT), Long.MIN_VALUE, Long.MAX_VALUE, 0L),
                Case.of("int from Integer", ColumnType.of(Kind.INT), 7).expecting(7L),
                Case.of("boolean", ColumnType.of(Kind.BOOLEAN), true, false),
                Case.of("char", ColumnType.chars(20), "", "héllo wörld", "日本語のテキスト", "🙂 emoji", "it's \"q\""),
                Case.of("text", ColumnType.of(Kind.TEXT), "x".repeat(100_000), "línea\nnueva\ttab", "Ελληνικά"),
                Case.of("decimal 8,2", ColumnType.decimal(8, 2), new BigDecimal("123456.78"),
                        new BigDecimal("-0.01"), new BigDecimal("0.00"), new BigDecimal("999999.99"),
                        new BigDecimal("-999999.99")),
                Case.of("decimal scale comes back", ColumnType.decimal(8, 2), new BigDecimal("1.1"), 5L)
                        .expecting(new BigDecimal("1.10"), new BigDecimal("5.00")),
                Case.of("decimal 15 digits", ColumnType.decimal(15, 5), new BigDecimal("1234567890.12345"),
                        new BigDecimal("-9999999999.99999"), new BigDecimal("0.00001")),
                Case.of("decimal 30 digits", ColumnType.decimal(30, 10),
                        new BigDecimal("12345678901234567890.1234567891"),
                        new BigDecimal("-99999999999999999999.9999999999")),
                Case.of("float", ColumnType.of(Kind.FLOAT), Math.PI, -0.5, 1.0e300, -1.0e-300, 0.1),
                Case.of("date", ColumnType.of(Kind.DATE), LocalDate.of(1000, 1, 1), LocalDate.of(2024, 2, 29),
                        LocalDate.of(9999, 12, 31)),
                Case.of("time", ColumnType.of(Kind.TIME), LocalTime.MIDNIGHT, LocalTime.of(12, 34, 56, 123_456_000),
                        LocalTime.of(23, 59, 59, 999_999_000)),
                Case.of("time cut to micros", ColumnType.of(Kind.TIME), LocalTime.of(1, 2, 3, 123_456_789))
                        .expecting(LocalTime.of(1, 2, 3, 123_456_000)),
                Case.of("datetime", ColumnType.of(Kind.DATETIME), Instant.EPOCH, odd,
                        Instant.parse("1000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999Z"),
                        Instant.parse("2024-06-30T23:59:59.5Z")),
                Case.of("datetime cut to micros", ColumnType.of(Kind.DATETIME),
                        Instant.parse("2024-01-01T00:00:00.123456789Z"))
                        .expecting(Instant.parse("2024-01-01T00:00:00.123456Z")),
                Case.of("duration", ColumnType.of(Kind.DURATION), Duration.ZERO,
                        Duration.ofDays(1).plusHours(2).plusMinutes(3).plusSeconds(4).plusNanos(5_000),
                        Duration.ofMinutes(-90), Duration.ofDays(365 * 1000)),
                Case.of("uuid", ColumnType.of(Kind.UUID), UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                        new UUID(0, 0), new UUID(-1, -1), UUID.randomUUID()),
                Case.of("json", ColumnType.of(Kind.JSON), Map.of("name", "Zoë", "tags", List.of(1, 2.5, true)),
                        List.of("a", Map.of()), "just text", 42, NullNode.getInstance())
                        .expecting(JSON.valueToTree(Map.of("name", "Zoë", "tags", List.of(1, 2.5, true))),
                                JSON.valueToTree(List.of("a", Map.of())), JSON.valueToTree("just text"),
                                JSON.valueToTree(42), NullNode.getInstance()),
                Case.of("binary", ColumnType.of(Kind.BINARY), new byte[0], allBytes(), new byte[64 * 1024]));
    }

    private static byte[] allBytes() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    static Stream<Arguments> databasesAndCases() {
        return TestDatabases.labels().stream().flatMap(db -> cases().stream().map(c -> Arguments.of(db, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("databasesAndCases")
    void valuesComeBackAsTheyWent(String label, Case c) {
        Database db = dbs.get(label);
        var dialect = db.dialect();
        String table = "rt_" + TABLES.incrementAndGet();
        String check = dialect.columnCheck(c.type(), dialect.quote("v"));
        db.execute("CREATE TABLE " + table + " (n integer PRIMARY KEY, v " + dialect.sqlType(c.type())
                + (check == null ? "" : " CHECK (" + check + ")") + ")", List.of());
        for (int i = 0; i < c.in().size(); i++) {
            db.execute("INSERT INTO " + table + " (n, v) VALUES (?, ?)", List.of(i, Param.of(c.type(), c.in().get(i))));
        }
        List<Object> out = db.query("SELECT v FROM " + table + " ORDER BY n", List.of(),
                rows -> dialect.fromDatabase(c.type(), rows, 1));
        assertEquals(c.out().size(), out.size());
        for (int i = 0; i < out.size(); i++) {
            Object expected = c.out().get(i);
            if (expected instanceof byte[] bytes) {
                assertArrayEquals(bytes, (byte[]) out.get(i), "row " + i);
            } else {
                assertEquals(expected, out.get(i), "row " + i);
            }
        }
    }

    static Stream<Arguments> ordered() {
        return TestDatabases.labels().stream().flatMap(db -> Stream.of(
                Arguments.of(db, ColumnType.decimal(8, 2), List.of(new BigDecimal("100.00"),
                        new BigDecimal("9.50"), new BigDecimal("10.25"), new BigDecimal("-3.00"))),
                Arguments.of(db, ColumnType.of(Kind.DATETIME), List.of(Instant.parse("2024-01-01T10:00:00Z"),
                        Instant.parse("999" + "9-01-01T00:00:00Z"), Instant.parse("1970-01-01T00:00:00.5Z"),
                        Instant.parse("1970-01-01T00:00:00.25Z"))),
                Arguments.of(db, ColumnType.of(Kind.DURATION), List.of(Duration.ofHours(1), Duration.ofMinutes(-5),
                        Duration.ofSeconds(59)))));
    }

    /** Stored values sort and compare as their Java values do: numbers as numbers, instants in time order. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("ordered")
    void valuesSortAndCompareInTheDatabaseAsInJava(String label, ColumnType type, List<Comparable<Object>> values) {
        Database db = dbs.get(label);
        String table = "ord_" + TABLES.incrementAndGet();
        db.execute("CREATE TABLE " + table + " (v " + db.dialect().sqlType(type) + ")", List.of());
        for (Object value : values) {
            db.execute("INSERT INTO " + table + " (v) VALUES (?)", List.of(Param.of(type, value)));
        }
        List<Object> sorted = db.query("SELECT v FROM " + table + " ORDER BY v", List.of(),
                rows -> db.dialect().fromDatabase(type, rows, 1));
        assertEquals(values.stream().sorted().toList(), sorted);
        Comparable<Object> middle = values.stream().sorted().toList().get(1);
        long above = db.query("SELECT count(*) FROM " + table + " WHERE v > ?", List.of(Param.of(type, middle)),
                rows -> rows.getLong(1)).getFirst();
        assertEquals(values.stream().filter(v -> v.compareTo(middle) > 0).count(), above);
    }
}
