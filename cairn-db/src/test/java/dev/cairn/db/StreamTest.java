package dev.cairn.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Streaming a large result, and giving back the statement and connection however the stream ends. */
class StreamTest {

    static final int ROWS = 50_000;
    static final int PER_STATEMENT = 1_000;
    static TestDatabases dbs;

    @BeforeAll
    static void open() {
        dbs = TestDatabases.open();
        String marks = String.join(", ", Collections.nCopies(PER_STATEMENT, "(?)"));
        List<List<?>> batches = new ArrayList<>();
        for (int start = 1; start <= ROWS; start += PER_STATEMENT) {
            List<Object> batch = new ArrayList<>();
            for (int i = start; i < start + PER_STATEMENT; i++) {
                batch.add(i);
            }
            batches.add(batch);
        }
        for (String label : TestDatabases.labels()) {
            Database db = dbs.get(label);
            db.execute("CREATE TABLE numbers (n integer PRIMARY KEY)", List.of());
            db.atomic(() -> db.executeBatch("INSERT INTO numbers (n) VALUES " + marks, batches));
        }
    }

    @AfterAll
    static void close() {
        dbs.close();
    }

    @ParameterizedTest
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void aLargeResultStreamsToTheEndAndGivesItsConnectionBack(String label) {
        Database db = dbs.get(label);
        long sum;
        long count;
        try (Stream<Long> numbers = db.stream("SELECT n FROM numbers ORDER BY n", List.of(), r -> r.getLong(1))) {
            long[] seen = {0, 0, 0};
            numbers.forEach(n -> {
                seen[0] += n;
                seen[1]++;
                assertEquals(seen[2] + 1, n, "in order");
                seen[2] = n;
            });
            sum = seen[0];
            count = seen[1];
        }
        assertEquals(ROWS, count);
        assertEquals((long) ROWS * (ROWS + 1) / 2, sum);
        assertEquals(0, db.activeConnections());
    }

    @ParameterizedTest
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void runningOutOfRowsReleasesWithoutClose(String label) {
        Database db = dbs.get(label);
        long count = db.stream("SELECT n FROM numbers WHERE n <= ?", List.of(10), r -> r.getLong(1)).count();
        assertEquals(10, count);
        assertEquals(0, db.activeConnections());
    }

    @ParameterizedTest
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void closingAStreamEarlyReleasesIt(String label) {
        Database db = dbs.get(label);
        try (Stream<Long> numbers = db.stream("SELECT n FROM numbers ORDER BY n", List.of(), r -> r.getLong(1))) {
            assertEquals(List.of(1L, 2L, 3L), numbers.limit(3).toList());
        }
        assertEquals(0, db.activeConnections());
    }

    @ParameterizedTest
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void aStreamInsideABlockUsesTheBlocksConnectionAndSeesItsWrites(String label) {
        Database db = dbs.get(label);
        db.atomic(() -> {
            db.execute("INSERT INTO numbers (n) VALUES (?)", List.of(ROWS + 1));
            try (Stream<Long> numbers = db.stream("SELECT n FROM numbers WHERE n > ?", List.of(ROWS - 1),
                    r -> r.getLong(1))) {
                assertEquals(List.of((long) ROWS, ROWS + 1L), numbers.sorted().toList());
            }
            assertEquals(1, db.activeConnections());
            db.setRollback(true);
        });
        assertEquals(0, db.activeConnections());
    }

    @ParameterizedTest
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void aFailingMapperReleasesAndAFailingQueryIsTranslated(String label) {
        Database db = dbs.get(label);
        assertThrows(IllegalStateException.class, () -> {
            try (Stream<Long> numbers = db.stream("SELECT n FROM numbers", List.of(), r -> {
                throw new IllegalStateException("mapper");
            })) {
                numbers.findFirst();
            }
        });
        assertThrows(ProgrammingError.class, () -> db.stream("SELECT n FROM nowhere", List.of(), r -> 1));
        assertEquals(0, db.activeConnections());
    }
}
