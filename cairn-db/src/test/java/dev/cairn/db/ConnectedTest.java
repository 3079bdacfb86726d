package dev.cairn.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code Database.connected}: one connection for every statement of a unit of work, given back after. */
class ConnectedTest {

    static TestDatabases databases;

    @BeforeAll
    static void open() {
        databases = TestDatabases.open();
    }

    @AfterAll
    static void close() {
        databases.close();
    }

    /** The servers, and the SQL that names the session a statement ran on. */
    static Stream<Arguments> servers() {
        return Stream.of(Arguments.of("postgresql", "SELECT pg_backend_pid()"), Arguments.of("mariadb",
                "SELECT CONNECTION_ID()"));
    }

    private static long session(Database db, String sql) {
        return db.query(sql, List.of(), rows -> rows.getLong(1)).getFirst();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void everyStatementRunsOnTheOneHeldConnection(String label, String sessionSql) {
        Database db = databases.get(label);
        List<Long> sessions = db.connected(() -> List.of(session(db, sessionSql), session(db, sessionSql), db
                .connected(() -> session(db, sessionSql))));
        assertEquals(1, sessions.stream().distinct().count(), sessions.toString());
        assertEquals(0, db.activeConnections(), "the connection went back to the pool");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void anAtomicBlockBeginsOnTheHeldConnectionNotASecondOne(String label, String sessionSql) {
        Database db = databases.get(label);
        db.connected(() -> {
            long outside = session(db, sessionSql);
            long inside = db.atomic(() -> {
                assertEquals(1, db.activeConnections(), "no second connection borrowed");
                return session(db, sessionSql);
            });
            assertEquals(outside, inside);
            assertEquals(outside, session(db, sessionSql), "still held, in autocommit, after the block");
            return null;
        });
        assertEquals(0, db.activeConnections());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void aStreamOnTheHeldConnectionEndsItsTransactionAndLeavesItInAutocommit(String label, String sessionSql) {
        Database db = databases.get(label);
        db.execute("CREATE TABLE connected_s (n integer)", List.of());
        db.executeBatch("INSERT INTO connected_s (n) VALUES (?)", java.util.stream.IntStream.range(0, 1200)
                .mapToObj(n -> List.<Object>of(n)).toList());
        long sum = db.connected(() -> {
            long held = session(db, sessionSql);
            long total;
            try (Stream<Integer> rows = db.stream("SELECT n FROM connected_s ORDER BY n", List.of(), r -> r.getInt(
                    1))) {
                total = rows.mapToLong(Integer::longValue).sum();
            }
            assertEquals(held, session(db, sessionSql), "the stream ran on the held connection");
            db.execute("INSERT INTO connected_s (n) VALUES (5000)", List.of());
            return total;
        });
        assertEquals(1199L * 1200 / 2, sum);
        assertEquals(0, db.activeConnections());
        assertEquals(1201, db.query("SELECT COUNT(*) FROM connected_s", List.of(), r -> r.getInt(1)).getFirst(),
                "the insert after the stream was committed: autocommit came back");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void aFailureInsideStillGivesTheConnectionBack(String label, String sessionSql) {
        Database db = databases.get(label);
        assertThrows(ProgrammingError.class, () -> db.connected(() -> db.execute("SELECT * FROM no_such_table",
                List.of())));
        assertEquals(0, db.activeConnections());
        assertEquals(1, db.query("SELECT 1", List.of(), rows -> rows.getInt(1)).getFirst());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void anAtomicBlockInsideKeepsItsOwnTransaction(String label, String sessionSql) {
        Database db = databases.get(label);
        db.execute("CREATE TABLE connected_t (n integer)", List.of());
        db.connected(() -> {
            assertThrows(IllegalStateException.class, () -> db.atomic(() -> {
                db.execute("INSERT INTO connected_t (n) VALUES (1)", List.of());
                throw new IllegalStateException("roll back");
            }));
            db.execute("INSERT INTO connected_t (n) VALUES (2)", List.of());
            return null;
        });
        assertEquals(List.of(2), db.query("SELECT n FROM connected_t", List.of(), rows -> rows.getInt(1)));
    }
}
