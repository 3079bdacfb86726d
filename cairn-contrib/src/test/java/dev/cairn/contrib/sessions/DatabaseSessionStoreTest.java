package dev.cairn.contrib.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.test.MovingClock;
import dev.cairn.db.Database;
import dev.cairn.db.Databases;
import dev.cairn.db.migrations.MigrationSource;
import dev.cairn.db.migrations.Migrations;
import dev.cairn.db.migrations.Progress;
import dev.cairn.journey.Journey;
import dev.cairn.web.sessions.SessionInterrupted;
import dev.cairn.web.sessions.SessionStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sessions as rows, on SQLite, PostgreSQL and MariaDB, the table made by the shipped migration. */
class DatabaseSessionStoreTest {

    @RegisterExtension
    static final SessionDatabases DATABASES = SessionDatabases.all();

    private final MovingClock clock = new MovingClock();

    static List<String> databases() {
        return SessionDatabases.labels();
    }

    private DatabaseSessionStore store(String label) {
        DATABASES.use(label);
        return DatabaseSessionStore.create("default", clock);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSessionIsStoredUnderANewKeyAndLoadedBack(String label) {
        DatabaseSessionStore store = store(label);
        String data = "{\"user\":7,\"name\":\"Zo\u00eb \u2603\",\"cart\":[\"tea\"]}";
        String key = store.create(data, Duration.ofHours(1));
        assertTrue(SessionStore.wellFormed(key), key);
        assertEquals(SessionStore.Loaded.found(data), store.load(key));
        assertTrue(store.exists(key));
        StoredSession row = StoredSession.objects.get("sessionKey", key);
        assertEquals(clock.instant().plus(Duration.ofHours(1)), row.expireDate, "stored to the second and back");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void savingReplacesTheDataAndRestartsTheAge(String label) {
        DatabaseSessionStore store = store(label);
        String key = store.create("{\"n\":1}", Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(9));
        assertEquals(key, store.save(key, "{\"n\":2}", Duration.ofMinutes(10)), "the key stays");
        clock.advance(Duration.ofMinutes(9));
        assertEquals(SessionStore.Loaded.found("{\"n\":2}"), store.load(key));
        assertEquals(1, StoredSession.objects.count());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anExpiredRowIsNeverLoaded(String label) {
        DatabaseSessionStore store = store(label);
        String key = store.create("{\"user\":7}", Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(10));
        SessionStore.Loaded loaded = store.load(key);
        assertEquals(SessionStore.Outcome.EXPIRED, loaded.outcome());
        assertEquals(null, loaded.data());
        assertFalse(store.exists(key));
        assertTrue(StoredSession.objects.filter("sessionKey", key).exists(), "clearsessions deletes it, not a load");
    }

    static Stream<Arguments> keysNeverLookedUp() {
        return Stream.of(
                Arguments.of("garbage", "garbage"),
                Arguments.of("too short", "abc123"),
                Arguments.of("upper case", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
                Arguments.of("SQL", "' OR '1'='1' --aaaaaaaaaaaaaaaaaaa"),
                Arguments.of("too long", "a".repeat(33)),
                Arguments.of("empty", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void keysNeverLookedUp(String why, String key) throws Exception {
        DatabaseSessionStore store = store("sqlite");
        store.create("{\"user\":7}", Duration.ofHours(1));
        Journey journey = Journey.begin("t");
        SessionStore.Loaded loaded = journey.carry(() -> store.load(key));
        assertEquals(SessionStore.Loaded.tampered("not a key this store makes"), loaded, why);
        assertTrue(journey.stops("db").isEmpty(), "the database is not asked: " + journey.stops("db"));
        assertFalse(store.exists(key));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aWellFormedKeyNeverMadeIsUnknown(String label) {
        DatabaseSessionStore store = store(label);
        assertEquals(SessionStore.Loaded.unknown(), store.load("k".repeat(SessionStore.KEY_LENGTH)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDeletedSessionLoadsNothingAndIsNotBroughtBackBySaving(String label) {
        DatabaseSessionStore store = store(label);
        String key = store.create("{\"user\":7}", Duration.ofHours(1));
        store.delete(key);
        store.delete(key);
        assertEquals(SessionStore.Outcome.UNKNOWN, store.load(key).outcome());
        SessionInterrupted e = assertThrows(SessionInterrupted.class, () -> store.save(key, "{\"user\":7}",
                Duration.ofHours(1)));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().startsWith("The request's session was deleted from DatabaseSessionStore"),
                e.getMessage());
        assertEquals(0, StoredSession.objects.count());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aTakenKeyIsDrawnAgainWithoutSpoilingTheRequestsTransaction(String label) {
        store(label);
        String taken = "t".repeat(SessionStore.KEY_LENGTH);
        String free = "f".repeat(SessionStore.KEY_LENGTH);
        DatabaseSessionStore first = DatabaseSessionStore.create("default", clock, () -> taken);
        first.create("{\"owner\":\"first\"}", Duration.ofHours(1));
        Deque<String> draws = new ArrayDeque<>(List.of(taken, free));
        DatabaseSessionStore second = DatabaseSessionStore.create("default", clock, draws::removeFirst);
        Database db = Databases.installed().defaultDatabase();
        String key = db.atomic(() -> {
            String made = second.create("{\"owner\":\"second\"}", Duration.ofHours(1));
            assertEquals(1, StoredSession.objects.filter("sessionKey", made).count(), "the transaction still works");
            return made;
        });
        assertEquals(free, key);
        assertEquals("{\"owner\":\"first\"}", first.load(taken).data(), "the taken key's session is untouched");
        assertEquals("{\"owner\":\"second\"}", second.load(free).data());
    }

    @Test
    void aBrokenRandomSourceIsReported() {
        DatabaseSessionStore store = store("sqlite");
        String taken = "t".repeat(SessionStore.KEY_LENGTH);
        DatabaseSessionStore stuck = DatabaseSessionStore.create("default", clock, () -> taken);
        stuck.create("{}", Duration.ofHours(1));
        assertEquals("10 new session keys in a row were taken in DatabaseSessionStore; the random source is broken",
                assertThrows(IllegalStateException.class, () -> stuck.create("{}", Duration.ofHours(1)))
                        .getMessage());
        assertEquals(1, StoredSession.objects.count(), "nothing was overwritten");
        assertNotEquals(taken, store.create("{}", Duration.ofHours(1)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void clearExpiredDeletesOnlyTheExpiredRows(String label) {
        DatabaseSessionStore store = store(label);
        String gone1 = store.create("{}", Duration.ofMinutes(1));
        String gone2 = store.create("{}", Duration.ofMinutes(5));
        String live = store.create("{}", Duration.ofMinutes(30));
        clock.advance(Duration.ofMinutes(5));
        assertEquals(2, store.clearExpired());
        assertEquals(Set.of(live), Set.copyOf(StoredSession.objects.all().valuesListFlat("sessionKey")));
        assertEquals(0, store.clearExpired());
        assertFalse(store.exists(gone1) || store.exists(gone2));
    }

    @Test
    void theShippedMigrationMatchesTheModel() {
        Migrations migrations = new Migrations(List.of(StoredSession.class), MigrationSource.folder(
                SessionDatabases.MIGRATIONS), null);
        assertEquals(List.of(), migrations.makeMigrations(Set.of("sessions"), null, List.of(), true),
                "makemigrations finds nothing to write");
        // Contrib's folder holds the auth app too, which is not installed without its models.
        assertEquals(Set.of("sessions"), migrations.apps());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theTableHasTheKeyAsPrimaryKeyAndAnIndexOnTheExpiry(String label) {
        store(label);
        Database db = Databases.installed().defaultDatabase();
        Migrations migrations = new Migrations(List.of(StoredSession.class), MigrationSource.folder(
                SessionDatabases.MIGRATIONS), null);
        String sql = String.join("\n", migrations.migrator(db, Progress.NONE).sql(migrations.graph().find("sessions",
                "0001"), true));
        assertTrue(sql.contains("session_key"), sql);
        assertTrue(sql.toUpperCase(java.util.Locale.ROOT).contains("PRIMARY KEY"), sql);
        assertTrue(sql.toUpperCase(java.util.Locale.ROOT).contains("CREATE INDEX"), sql);
        assertTrue(sql.contains("expire_date"), sql);
        StoredSession row = new StoredSession("p".repeat(SessionStore.KEY_LENGTH), "{}", Instant.EPOCH);
        row.save();
        assertThrows(dev.cairn.db.IntegrityError.class, () -> db.atomic(() -> new StoredSession("p".repeat(
                SessionStore.KEY_LENGTH), "{}", Instant.EPOCH).save()), "the key is the primary key");
    }
}
