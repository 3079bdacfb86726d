package dev.cairn.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of error from a real failing statement on each database, carrying the statement and its constraint. */
class DatabaseErrorTest {

    static TestDatabases dbs;

    @BeforeAll
    static void open() {
        dbs = TestDatabases.open();
        for (String label : TestDatabases.labels()) {
            Database db = dbs.get(label);
            db.execute("CREATE TABLE parent (id integer PRIMARY KEY)", List.of());
            db.execute("CREATE TABLE child (id integer PRIMARY KEY, parent_id integer REFERENCES parent (id), "
                    + "name varchar(5) NOT NULL, qty integer, code varchar(5), "
                    + "CONSTRAINT qty_positive CHECK (qty >= 0), CONSTRAINT code_unique UNIQUE (code))", List.of());
            db.execute("INSERT INTO parent (id) VALUES (1)", List.of());
            db.execute("INSERT INTO child (id, parent_id, name, qty, code) VALUES (1, 1, 'a', 1, 'X1')", List.of());
        }
    }

    @AfterAll
    static void close() {
        dbs.close();
    }

    private static final String INSERT = "INSERT INTO child (id, parent_id, name, qty, code) VALUES (?, ?, ?, ?, ?)";

    static Stream<Arguments> failures() {
        return TestDatabases.labels().stream().flatMap(db -> Stream.of(
                Arguments.of(db, "unique", INSERT, Arrays.asList(2, 1, "b", 1, "X1"), IntegrityError.class, "code"),
                Arguments.of(db, "primary key", INSERT, Arrays.asList(1, 1, "b", 1, "X2"), IntegrityError.class, null),
                Arguments.of(db, "foreign key", INSERT, Arrays.asList(2, 99, "b", 1, "X2"), IntegrityError.class,
                        null),
                Arguments.of(db, "not null", INSERT, Arrays.asList(2, 1, null, 1, "X2"), IntegrityError.class, "name"),
                Arguments.of(db, "check", INSERT, Arrays.asList(2, 1, "b", -1, "X2"), IntegrityError.class,
                        "qty_positive"),
                Arguments.of(db, "syntax", "SELEC id FROM child", List.of(), ProgrammingError.class, null),
                Arguments.of(db, "no such table", "SELECT id FROM nowhere", List.of(), ProgrammingError.class, null),
                Arguments.of(db, "no such column", "SELECT nothing FROM child", List.of(), ProgrammingError.class,
                        null)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("failures")
    void aFailingStatementRaisesItsKind(String label, String what, String sql, List<Object> params,
            Class<? extends DatabaseException> kind, String constraint) {
        Database db = dbs.get(label);
        DatabaseException e = assertThrows(DatabaseException.class, () -> db.execute(sql, params));
        assertInstanceOf(kind, e, e::toString);
        assertEquals(sql, e.sql());
        assertEquals(params, e.parameters());
        assertTrue(e.getMessage().endsWith("[SQL: " + sql + "]"), e.getMessage());
        if (constraint != null) {
            String named = ((IntegrityError) e).constraint();
            assertTrue(named != null && named.contains(constraint), label + " named the constraint " + named);
        }
        assertEquals(1, db.query("SELECT count(*) FROM child", List.of(), r -> r.getInt(1)).getFirst(),
                "nothing half-written");
    }

    static Stream<Arguments> dataErrors() {
        return Stream.of(
                Arguments.of("postgresql", INSERT, Arrays.asList(2, 1, "toolong", 1, "X2")),
                Arguments.of("mariadb", INSERT, Arrays.asList(2, 1, "toolong", 1, "X2")),
                Arguments.of("postgresql", INSERT, Arrays.asList(2, 1, "b", 3_000_000_000L, "X2")),
                Arguments.of("mariadb", INSERT, Arrays.asList(2, 1, "b", 3_000_000_000L, "X2")),
                Arguments.of("postgresql", "SELECT CAST(? AS integer)", List.of("twelve")),
                Arguments.of("mariadb", "INSERT INTO child (id, name, qty) VALUES (2, 'b', 'twelve')", List.of()));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("dataErrors")
    void aValueTheColumnCannotHoldIsADataError(String label, String sql, List<Object> params) {
        Database db = dbs.get(label);
        DatabaseException e = assertThrows(DatabaseException.class, () -> db.execute(sql, params));
        assertInstanceOf(DataError.class, e, e::toString);
    }

    /** SQLite does not enforce varchar(n): a longer value is stored whole, as its documentation says. */
    @ParameterizedTest
    @MethodSource("sqlites")
    void sqliteKeepsATooLongValue(String label) {
        Database db = dbs.get(label);
        db.atomic(() -> {
            db.execute(INSERT, List.of(3, 1, "toolong", 1, "X3"));
            assertEquals(List.of("toolong"), db.query("SELECT name FROM child WHERE id = 3", List.of(),
                    r -> r.getString(1)));
            db.setRollback(true);
        });
    }

    static List<String> sqlites() {
        return List.of("sqlite-memory", "sqlite-file");
    }

    @ParameterizedTest
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void aFailedRowOfABatchRaisesItsKindAndTheBlockRollsBack(String label) {
        Database db = dbs.get(label);
        List<List<?>> rows = List.of(List.of(5, 1, "e", 1, "X5"), List.of(6, 1, "f", 1, "X1"));
        assertThrows(IntegrityError.class, () -> db.atomic(() -> db.executeBatch(INSERT, rows)));
        assertEquals(1, db.query("SELECT count(*) FROM child", List.of(), r -> r.getInt(1)).getFirst());
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aRowLockedElsewhereFailsNowaitWithAnOperationalError(String label) throws Exception {
        Database db = dbs.get(label);
        String lock = "SELECT id FROM child WHERE id = 1";
        db.atomic(() -> {
            db.query(lock + db.dialect().forUpdate(false, false), List.of(), r -> r.getInt(1));
            try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                var other = executor.submit(() -> db.atomic(() -> db.query(lock + db.dialect().forUpdate(true,
                        false), List.of(), r -> r.getInt(1))));
                var failure = assertThrows(java.util.concurrent.ExecutionException.class, other::get);
                assertInstanceOf(OperationalError.class, failure.getCause(), failure.getCause()::toString);
                var skipped = executor.submit(() -> db.atomic(() -> db.query(lock + db.dialect().forUpdate(false,
                        true), List.of(), r -> r.getInt(1))));
                assertEquals(List.of(), skipped.get());
            }
            return null;
        });
    }

    static List<String> servers() {
        return List.of("postgresql", "mariadb");
    }
}
