package example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.Database;
import dev.cairn.db.Param;
import dev.cairn.db.meta.ColumnType;
import dev.cairn.journey.Journey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the database records in a journey, seen from application code (this package is outside {@code dev.cairn.db},
 * so its lines are the callers).
 */
class JourneyRecordTest {

    static Database db;

    @BeforeAll
    static void open() {
        db = Database.open("default", "sqlite:///:memory:");
        db.execute("CREATE TABLE t (v text)", List.of());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void eachStatementIsRecordedWithItsCaller() {
        Journey journey = Journey.begin("test");
        String longValue = "x".repeat(500);
        journey.carry(() -> {
            db.execute("INSERT INTO t (v) VALUES (?)", List.of(Param.of(ColumnType.Kind.TEXT, longValue)));
            db.query("SELECT v FROM t", List.of(), r -> r.getString(1));
            db.executeBatch("INSERT INTO t (v) VALUES (?)", List.of(List.of("a"), List.of("b")));
            db.stream("SELECT v FROM t", List.of(), r -> r.getString(1)).count();
            return null;
        });
        List<Journey.Stop> stops = journey.stops("db");
        assertEquals(List.of("query", "query", "batch", "query"), stops.stream().map(Journey.Stop::event).toList());
        Map<String, Object> insert = stops.get(0).facts();
        assertEquals("default", insert.get("database"));
        assertEquals("INSERT INTO t (v) VALUES (?)", insert.get("sql"));
        assertEquals(List.of("x".repeat(197) + "..."), insert.get("params"));
        assertEquals(1L, insert.get("rows"));
        assertTrue(insert.get("micros") instanceof Long);
        assertTrue(((String) insert.get("caller")).startsWith("example.app.JourneyRecordTest.lambda$"),
                insert.get("caller").toString());
        assertEquals(1L, stops.get(1).facts().get("rows"));
        assertEquals(2L, stops.get(2).facts().get("rows"));
        assertEquals(3L, stops.get(3).facts().get("rows"));
    }

    @Test
    void transactionsRecordTheirSteps() {
        Journey journey = Journey.begin("test");
        journey.carry(() -> {
            db.atomic(() -> {
                db.atomic(() -> db.setRollback(true));
                db.atomic(() -> {});
            });
            return null;
        });
        assertEquals(List.of("begin", "savepoint", "rollback", "savepoint", "release", "commit"),
                journey.stops("db").stream().map(Journey.Stop::event).toList());
        assertEquals(2, journey.stops("db").get(1).facts().get("depth"));
    }
}
