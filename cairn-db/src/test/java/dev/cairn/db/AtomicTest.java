package dev.cairn.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Atomic blocks on each database: commit, rollback, savepoints, on-commit callbacks, marked rollback. */
class AtomicTest {

    static TestDatabases dbs;

    @BeforeAll
    static void open() {
        dbs = TestDatabases.open();
        for (String label : TestDatabases.labels()) {
            dbs.get(label).execute("CREATE TABLE entries (v varchar(10))", List.of());
        }
    }

    @AfterEach
    void empty() {
        for (String label : TestDatabases.labels()) {
            Database db = dbs.get(label);
            assertFalse(db.inAtomicBlock(), "a block was left open");
            assertEquals(0, db.activeConnections(), "a connection was not given back");
            db.execute("DELETE FROM entries", List.of());
        }
    }

    @AfterAll
    static void close() {
        dbs.close();
    }

    private static void add(Database db, String v) {
        db.execute("INSERT INTO entries (v) VALUES (?)", List.of(v));
    }

    private static List<String> entries(Database db) {
        return db.query("SELECT v FROM entries ORDER BY v", List.of(), r -> r.getString(1));
    }

    /** What another connection sees, outside this thread's block. */
    private static List<String> seenElsewhere(Database db) {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            return CompletableFuture.supplyAsync(() -> entries(db), executor).join();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void aBlockCommitsWhenItReturnsAndIsUnseenUntilThen(String label) {
        Database db = dbs.get(label);
        String result = db.atomic(() -> {
            add(db, "a");
            assertTrue(db.inAtomicBlock());
            assertEquals(List.of("a"), entries(db));
            if (!label.equals("sqlite-memory")) { // shared-cache SQLite reads lock against the writer
                assertEquals(List.of(), seenElsewhere(db));
            }
            return "done";
        });
        assertEquals("done", result);
        assertEquals(List.of("a"), seenElsewhere(db));
    }

    @ParameterizedTest
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void anExceptionRollsBackAndGoesOn(String label) {
        Database db = dbs.get(label);
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db.atomic(() -> {
            add(db, "a");
            throw boom;
        }));
        assertSame(boom, thrown);
        assertEquals(List.of(), entries(db));
    }

    @ParameterizedTest
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void aCheckedExceptionGoesOnAsItIs(String label) {
        Database db = dbs.get(label);
        assertThrows(IOException.class, () -> db.atomic(() -> {
            add(db, "a");
            throw new IOException("disk");
        }));
        assertEquals(List.of(), entries(db));
    }

    @ParameterizedTest
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void aFailedInnerBlockRollsBackToItsSavepointAndTheOuterCommits(String label) {
        Database db = dbs.get(label);
        db.atomic(() -> {
            add(db, "a");
            try {
                db.atomic(() -> {
                    add(db, "b");
                    db.atomic(() -> add(db, "c"));
                    throw new IllegalStateException("inner");
                });
            } catch (IllegalStateException expected) {
                // the outer block carries on
            }
            db.atomic(() -> add(db, "d"));
            add(db, "e");
        });
        assertEquals(List.of("a", "d", "e"), entries(db));
    }

    @ParameterizedTest
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void aDatabaseErrorInAnInnerBlockLeavesTheOuterUsable(String label) {
        Database db = dbs.get(label);
        db.atomic(() -> {
            add(db, "a");
            assertThrows(ProgrammingError.class, () -> db.atomic(() -> {
                db.execute("INSERT INTO no_such_table (v) VALUES (1)", List.of());
            }));
            add(db, "b");
        });
        assertEquals(List.of("a", "b"), entries(db));
    }

    @ParameterizedTest
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void onCommitRunsAfterTheOutermostCommitAndIsDroppedOnRollback(String label) {
        Database db = dbs.get(label);
        List<String> ran = new ArrayList<>();
        db.onCommit(() -> ran.add("outside"));
        assertEquals(List.of("outside"), ran);
        db.atomic(() -> {
            db.onCommit(() -> ran.add("outer"));
            db.atomic(() -> db.onCommit(() -> ran.add("kept inner")));
            try {
                db.atomic(() -> {
                    db.onCommit(() -> ran.add("dropped inner"));
                    throw new IllegalStateException();
                });
            } catch (IllegalStateException expected) {
                // dropped with its savepoint
            }
            assertEquals(List.of("outside"), ran, "nothing runs before the commit");
        });
        assertEquals(List.of("outside", "outer", "kept inner"), ran);
        assertThrows(IllegalStateException.class, () -> db.atomic(() -> {
            db.onCommit(() -> ran.add("rolled back"));
            throw new IllegalStateException();
        }));
        assertEquals(List.of("outside", "outer", "kept inner"), ran);
    }

    @ParameterizedTest
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void setRollbackRollsTheBlockBackWithoutAnException(String label) {
        Database db = dbs.get(label);
        List<String> ran = new ArrayList<>();
        db.atomic(() -> {
            add(db, "a");
            db.atomic(() -> {
                add(db, "b");
                db.onCommit(() -> ran.add("inner"));
                db.setRollback(true);
                assertTrue(db.rollbackMarked());
            });
            assertFalse(db.rollbackMarked());
        });
        assertEquals(List.of("a"), entries(db));
        assertEquals(List.of(), ran);
        db.atomic(() -> {
            add(db, "z");
            db.setRollback(true);
        });
        assertEquals(List.of("a"), entries(db));
        assertThrows(IllegalStateException.class, () -> db.setRollback(true));
    }

    @ParameterizedTest
    @MethodSource("dev.cairn.db.TestDatabases#labels")
    void aStatementOutsideABlockCommitsAtOnce(String label) {
        Database db = dbs.get(label);
        add(db, "a");
        assertFalse(db.inAtomicBlock());
        assertEquals(List.of("a"), seenElsewhere(db));
    }
}
