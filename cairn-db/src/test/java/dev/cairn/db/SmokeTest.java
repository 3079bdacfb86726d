package dev.cairn.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SmokeTest {
    static TestDatabases dbs;

    @BeforeAll
    static void open() {
        dbs = TestDatabases.open();
    }

    @AfterAll
    static void close() {
        dbs.close();
    }

    static List<String> labels() {
        return TestDatabases.labels();
    }

    @ParameterizedTest
    @MethodSource("labels")
    void runsStatements(String label) {
        Database db = dbs.get(label);
        db.execute("CREATE TABLE t (a integer, b varchar(10))", List.of());
        assertEquals(1, db.execute("INSERT INTO t (a, b) VALUES (?, ?)", List.of(1, "x")));
        assertEquals(List.of("x"), db.query("SELECT b FROM t WHERE a = ?", List.of(1), r -> r.getString(1)));
    }
}
