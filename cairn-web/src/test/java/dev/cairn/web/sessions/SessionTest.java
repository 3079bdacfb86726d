package dev.cairn.web.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.journey.Journey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The session's map of JSON values, its flags, and what it asks of its store. */
class SessionTest {

    private final MemoryStore store = new MemoryStore();
    private final SessionSettings settings = SessionSettings.defaults();

    private Session fresh() {
        return Session.of(store, null, settings);
    }

    private Session stored(String json) {
        return Session.of(store, store.put(json, Duration.ofHours(1)), settings);
    }

    @Test
    void valuesRoundTripAsJson() {
        Session session = fresh();
        session.put("user", 7).put("name", "Ada").put("staff", true).put("cart", List.of("tea", "cake"))
                .put("prefs", Map.of("theme", "dark")).put("nothing", null).put("big", 1L << 40).put("pi", 3.5);
        assertEquals(7, session.get("user"));
        assertEquals(7L, session.get("user", Long.class));
        assertEquals("Ada", session.get("name", String.class));
        assertEquals(true, session.get("staff", Boolean.class));
        assertEquals(List.of("tea", "cake"), session.get("cart"));
        assertEquals(Map.of("theme", "dark"), session.get("prefs", Map.class));
        assertEquals(1L << 40, session.get("big"));
        assertEquals(3.5, session.get("pi", Double.class));
        assertNull(session.get("nothing"));
        assertTrue(session.contains("nothing"), "a stored null is a value");
        assertNull(session.get("absent", String.class));
        assertEquals("fallback", session.get("absent", String.class, "fallback"));
        assertEquals(Set.of("user", "name", "staff", "cart", "prefs", "nothing", "big", "pi"), session.keys());
    }

    @Test
    void aValuePutIsACopySoChangingTheObjectAfterwardsChangesNothingStored() {
        Session session = fresh();
        List<String> cart = new java.util.ArrayList<>(List.of("tea"));
        session.put("cart", cart);
        cart.add("cake");
        assertEquals(List.of("tea"), session.get("cart"), "put the list again to store the change");
    }

    @Test
    void removeGivesTheOldValueAndMarksModifiedOnlyWhenThereWasOne() {
        Session session = stored("{\"a\":1}");
        assertNull(session.remove("b"));
        assertFalse(session.modified(), "removing nothing changes nothing");
        assertEquals(1, session.remove("a"));
        assertTrue(session.modified());
        assertTrue(session.isEmpty());
    }

    static Stream<Arguments> refusedPuts() {
        return Stream.of(
                Arguments.of("a value Jackson cannot write", "thing", new Object(),
                        "Session value 'thing' cannot be stored as JSON: "),
                Arguments.of("a java.time value without its Jackson module", "when", java.time.Instant.EPOCH,
                        "Session value 'when' cannot be stored as JSON: "),
                Arguments.of("the session's own expiry key", Session.EXPIRY_KEY, 5,
                        "'_session_expiry' is the session's own; use setExpiry()"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refusedPuts(String why, String name, Object value, String message) {
        Session session = fresh();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> session.put(name, value));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertFalse(session.contains(name));
        assertFalse(session.modified(), "a refused put changes nothing");
    }

    @Test
    void aTypedReadOfTheWrongTypeSaysWhatTheValueIs() {
        Session session = fresh().put("cart", List.of("tea"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> session.get("cart",
                Long.class));
        assertEquals("Session value 'cart' is not a Long: it is array JSON", e.getMessage());
    }

    /** Each reading or writing call, and whether it marks the session modified. */
    static Stream<Arguments> accesses() {
        return Stream.of(
                Arguments.of("get", (Consumer<Session>) s -> s.get("a"), false),
                Arguments.of("typed get", (Consumer<Session>) s -> s.get("a", Integer.class), false),
                Arguments.of("contains", (Consumer<Session>) s -> s.contains("a"), false),
                Arguments.of("keys", (Consumer<Session>) Session::keys, false),
                Arguments.of("isEmpty", (Consumer<Session>) Session::isEmpty, false),
                Arguments.of("key", (Consumer<Session>) Session::key, false),
                Arguments.of("age", (Consumer<Session>) Session::age, false),
                Arguments.of("put", (Consumer<Session>) s -> s.put("b", 2), true),
                Arguments.of("remove of a value", (Consumer<Session>) s -> s.remove("a"), true),
                Arguments.of("clear", (Consumer<Session>) Session::clear, true),
                Arguments.of("setExpiry", (Consumer<Session>) s -> s.setExpiry(Duration.ofMinutes(5)), true),
                Arguments.of("cycleKey", (Consumer<Session>) Session::cycleKey, true),
                Arguments.of("flush", (Consumer<Session>) Session::flush, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void accesses(String call, Consumer<Session> use, boolean modifies) {
        Session session = stored("{\"a\":1}");
        assertFalse(session.accessed());
        assertTrue(store.calls.isEmpty(), "making a session touches no store");
        use.accept(session);
        assertTrue(session.accessed(), call + " is an access");
        assertEquals(modifies, session.modified(), call);
        assertEquals("load", store.calls.getFirst(), "the first use loads");
        assertEquals(1, store.calls.stream().filter("load"::equals).count(), "and only the first");
    }

    @Test
    void aKeyTheStoreDoesNotHoldIsNeverAdopted() {
        String planted = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        Session session = Session.of(store, planted, settings);
        assertTrue(session.isEmpty());
        assertNull(session.key(), "a well-formed key the store never made is not the session's");
        session.put("user", 7);
        assertNull(session.key(), "nor does a change adopt it");
        assertFalse(store.entries.containsKey(planted));
    }

    @Test
    void cycleKeyMovesTheDataToANewKeyAndDeletesTheOldOneAtOnce() {
        Session session = stored("{\"cart\":[\"tea\"]}");
        String old = session.key();
        session.setExpiry(Duration.ofMinutes(30));
        session.cycleKey();
        String now = session.key();
        assertNotEquals(old, now);
        assertTrue(SessionStore.wellFormed(now), now);
        assertFalse(store.entries.containsKey(old), "the old key is gone before the response");
        assertEquals("{\"cart\":[\"tea\"],\"_session_expiry\":1800}", store.entries.get(now).data());
        assertEquals(List.of("tea"), session.get("cart"), "the data is kept");
        assertEquals(Duration.ofMinutes(30), session.age(), "and so is the expiry");
        assertTrue(session.modified());
    }

    @Test
    void cycleKeyOfANewSessionGivesItAKey() {
        Session session = fresh().put("a", 1);
        session.cycleKey();
        assertTrue(SessionStore.wellFormed(session.key()));
        assertEquals("{\"a\":1}", store.entries.get(session.key()).data());
    }

    @Test
    void flushDeletesTheDataAndTheKeyAtOnce() {
        Session session = stored("{\"user\":7}");
        String old = session.key();
        session.setExpiry(Duration.ZERO);
        session.flush();
        assertNull(session.key());
        assertTrue(session.isEmpty());
        assertFalse(store.entries.containsKey(old), "the stolen key loads nothing from now on");
        assertFalse(session.expiresAtBrowserClose(), "the expiry the session chose is forgotten too");
        assertEquals(SessionStore.Outcome.UNKNOWN, store.load(old).outcome());
        session.put("message", "bye");
        assertNull(session.key(), "values put after a flush go under a new key when saved");
    }

    @Test
    void clearKeepsTheKeyButEmptiesTheData() {
        Session session = stored("{\"user\":7}");
        String key = session.key();
        session.clear();
        assertEquals(key, session.key());
        assertTrue(session.isEmpty());
        assertTrue(session.modified());
    }

    static Stream<Arguments> expiries() {
        return Stream.of(
                // the expiry set, SESSION_EXPIRE_AT_BROWSER_CLOSE, the age, whether it ends with the browser
                Arguments.of(null, false, SessionSettings.DEFAULT_AGE, false),
                Arguments.of(null, true, SessionSettings.DEFAULT_AGE, true),
                Arguments.of(Duration.ofMinutes(5), false, Duration.ofMinutes(5), false),
                Arguments.of(Duration.ofMinutes(5), true, Duration.ofMinutes(5), false),
                Arguments.of(Duration.ZERO, false, SessionSettings.DEFAULT_AGE, true));
    }

    @ParameterizedTest
    @MethodSource
    void expiries(Duration set, boolean atBrowserClose, Duration age, boolean endsWithBrowser) {
        SessionSettings chosen = new SessionSettings("sessionid", SessionSettings.DEFAULT_AGE, null, "/", false, true,
                null, atBrowserClose, false);
        Session session = Session.of(store, null, chosen);
        session.setExpiry(set);
        assertEquals(age, session.age());
        assertEquals(endsWithBrowser, session.expiresAtBrowserClose());
    }

    @Test
    void theChosenExpiryIsStoredWithTheDataAndReadBack() {
        Session first = fresh().put("a", 1);
        first.expireAtBrowserClose();
        Session second = Session.of(store, store.put(first.json(), Duration.ofHours(1)), settings);
        assertTrue(second.expiresAtBrowserClose());
        assertEquals(Set.of("a"), second.keys(), "the expiry is not one of the values");
        second.setExpiry(null);
        assertFalse(second.expiresAtBrowserClose());
        assertEquals("{\"a\":1}", second.json());
    }

    static Stream<Duration> badExpiries() {
        return Stream.of(Duration.ofSeconds(-1), Duration.ofMillis(500));
    }

    @ParameterizedTest
    @MethodSource
    void badExpiries(Duration age) {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fresh().setExpiry(age)).getMessage()
                .startsWith("A session's age is whole seconds, zero or more, not "));
    }

    /** Cookie values and stored data, and how the journey records the load. */
    static Stream<Arguments> loads() {
        return Stream.of(
                Arguments.of("no cookie", null, null, "new", null),
                Arguments.of("a key the store holds", "known", "{\"a\":1}", "found", null),
                Arguments.of("a key the store does not hold", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", null, "unknown",
                        null),
                Arguments.of("garbage", "<script>", null, "tampered", "not a key this store makes"),
                Arguments.of("stored data that is not JSON", "known", "{oops", "unreadable",
                        "the stored data is not JSON"),
                Arguments.of("stored data that is not an object", "known", "[1]", "unreadable",
                        "the stored data is not a JSON object"),
                Arguments.of("a stored expiry that is not seconds", "known", "{\"_session_expiry\":\"soon\"}",
                        "unreadable", "the stored _session_expiry is not a number of seconds"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void loads(String why, String cookie, String stored, String outcome, String detail) throws Exception {
        String key = "known".equals(cookie) ? store.put(stored, Duration.ofHours(1)) : cookie;
        Session session = Session.of(store, key, settings);
        Journey journey = Journey.begin("t");
        boolean empty = journey.carry(session::isEmpty);
        Journey.Stop stop = journey.stops("session").getFirst();
        assertEquals("loaded", stop.event());
        assertEquals(outcome, stop.facts().get("outcome"), why);
        assertEquals(detail, stop.facts().get("detail"), why);
        assertEquals("MemoryStore", stop.facts().get("store"));
        assertEquals(!"found".equals(outcome), empty, "only a found session has data");
        assertEquals("found".equals(outcome) ? key : null, session.key(), "only a found key is the session's");
        if (key != null && key.length() == SessionStore.KEY_LENGTH) {
            assertEquals(key.substring(0, 6) + "\u2026", stop.facts().get("key"), "the key shown is cut short");
        }
    }

    @Test
    void anExpiredSessionIsEmptyAndRecordedAsExpired() throws Exception {
        String key = store.put("{\"user\":7}", Duration.ofMinutes(10));
        store.advance(Duration.ofMinutes(10));
        Session session = Session.of(store, key, settings);
        Journey journey = Journey.begin("t");
        assertTrue(journey.carry(session::isEmpty));
        assertEquals("expired", journey.stops("session").getFirst().facts().get("outcome"));
        assertNull(session.key());
    }

    @Test
    void cycleAndFlushAreRecordedWithKeysCutShort() throws Exception {
        Session session = stored("{\"user\":7}");
        String old = session.key();
        Journey journey = Journey.begin("t");
        journey.carry(() -> {
            session.cycleKey();
            session.flush();
            return null;
        });
        List<Journey.Stop> stops = journey.stops("session");
        assertEquals(List.of("cycled", "flushed"), stops.stream().map(Journey.Stop::event).toList());
        assertEquals(old.substring(0, 6) + "\u2026", stops.get(0).facts().get("from"));
        assertFalse(stops.toString().contains(old), "no whole key is recorded");
    }

    @Test
    void theStringFormShowsNoKeyAndNoData() {
        Session session = stored("{\"secret\":\"hunter2\"}");
        assertEquals("Session[MemoryStore, key=null, not loaded]", session.toString());
        String key = session.key();
        String shown = session.toString();
        assertFalse(shown.contains(key) || shown.contains("hunter2"), shown);
        assertEquals("Session[MemoryStore, key=" + key.substring(0, 6) + "\u2026, 1 values]", shown);
    }
}
