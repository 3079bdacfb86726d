package dev.cairn.contrib.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.test.Client;
import dev.cairn.web.WebApp;
import dev.cairn.web.sessions.SessionInterrupted;
import dev.cairn.web.sessions.SessionStore;
import dev.cairn.web.settings.Settings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.ScanParams;

/**
 * Sessions in the Redis server on this machine (127.0.0.1:6379, or {@code CAIRN_TEST_REDIS_URL}), each test under a
 * prefix of its own that is emptied afterwards; when Redis is down the tests fail, saying where they looked.
 */
class RedisSessionStoreTest {

    static final String URL = java.util.Objects.requireNonNullElse(System.getenv("CAIRN_TEST_REDIS_URL"),
            RedisSessionStore.DEFAULT_URL);

    private static JedisPooled redis;
    private final String prefix = "cairn-test:" + UUID.randomUUID() + ":";
    private final RedisSessionStore store = RedisSessionStore.create(redis, prefix);

    @BeforeAll
    static void connect() {
        redis = new JedisPooled(java.net.URI.create(URL));
        assertEquals("PONG", redis.ping(), "Redis answers at " + URL);
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @AfterEach
    void empty() {
        Set<String> keys = keys();
        if (!keys.isEmpty()) {
            redis.del(keys.toArray(String[]::new));
        }
    }

    private Set<String> keys() {
        return Set.copyOf(redis.scan("0", new ScanParams().match(prefix + "*").count(1000)).getResult());
    }

    @Test
    void aSessionIsStoredUnderItsKeyWithRedisExpiry() {
        String key = store.create("{\"user\":7}", Duration.ofMinutes(10));
        assertTrue(SessionStore.wellFormed(key));
        assertEquals(Set.of(prefix + key), keys(), "one Redis key, under the prefix");
        assertEquals(SessionStore.Loaded.found("{\"user\":7}"), store.load(key));
        assertTrue(store.exists(key));
        Duration ttl = store.timeToLive(key);
        assertTrue(ttl.compareTo(Duration.ofSeconds(599)) >= 0 && ttl.compareTo(Duration.ofMinutes(10)) <= 0, ttl
                .toString());
    }

    @Test
    void savingReplacesTheDataAndRestartsTheExpiry() {
        String key = store.create("{\"n\":1}", Duration.ofSeconds(30));
        assertEquals(key, store.save(key, "{\"n\":2}", Duration.ofHours(2)));
        assertEquals("{\"n\":2}", store.load(key).data());
        assertTrue(store.timeToLive(key).compareTo(Duration.ofMinutes(119)) > 0, store.timeToLive(key).toString());
    }

    @Test
    void redisForgetsASessionWhenItsAgeIsUp() throws InterruptedException {
        String key = store.create("{\"user\":7}", Duration.ofSeconds(1));
        assertTrue(store.exists(key));
        Thread.sleep(1_200);
        assertEquals(SessionStore.Loaded.unknown(), store.load(key), "expired and unknown look alike in Redis");
        assertFalse(store.exists(key));
        assertNull(store.timeToLive(key));
    }

    @Test
    void aDeletedSessionIsNotBroughtBackBySaving() {
        String key = store.create("{\"user\":7}", Duration.ofMinutes(10));
        store.delete(key);
        assertEquals(SessionStore.Loaded.unknown(), store.load(key));
        SessionInterrupted e = assertThrows(SessionInterrupted.class, () -> store.save(key, "{\"user\":7}",
                Duration.ofMinutes(10)));
        assertTrue(e.getMessage().startsWith("The request's session was deleted from RedisSessionStore"));
        assertEquals(Set.of(), keys(), "SET XX wrote nothing");
    }

    @Test
    void aTakenKeyIsDrawnAgainAndTheOtherSessionIsUntouched() {
        String taken = "t".repeat(SessionStore.KEY_LENGTH);
        String free = "f".repeat(SessionStore.KEY_LENGTH);
        RedisSessionStore.create(redis, prefix, () -> taken).create("{\"owner\":\"first\"}", Duration.ofMinutes(1));
        var draws = new ArrayDeque<>(List.of(taken, free));
        RedisSessionStore second = RedisSessionStore.create(redis, prefix, draws::removeFirst);
        assertEquals(free, second.create("{\"owner\":\"second\"}", Duration.ofMinutes(1)));
        assertEquals("{\"owner\":\"first\"}", store.load(taken).data(), "SET NX left the first session alone");
        RedisSessionStore stuck = RedisSessionStore.create(redis, prefix, () -> taken);
        assertEquals("10 new session keys in a row were taken in RedisSessionStore; the random source is broken",
                assertThrows(IllegalStateException.class, () -> stuck.create("{}", Duration.ofMinutes(1)))
                        .getMessage());
    }

    static Stream<String> malformedKeys() {
        return Stream.of("", "short", "*", "A".repeat(SessionStore.KEY_LENGTH), "a".repeat(31) + "\n",
                "../../" + "a".repeat(26));
    }

    @ParameterizedTest
    @MethodSource
    void malformedKeys(String key) {
        redis.set(prefix + key, "{\"planted\":true}");
        assertEquals(SessionStore.Loaded.tampered("not a key this store makes"), store.load(key),
                "even a value planted under it is not read");
        assertFalse(store.exists(key));
    }

    static Stream<Arguments> badUrls() {
        return Stream.of(
                Arguments.of("http://127.0.0.1:6379", "REDIS_URL must be redis://host:port[/database] or "
                        + "rediss://..., not 'http://127.0.0.1:6379'"),
                Arguments.of("redis:///0", "REDIS_URL must be redis://host:port[/database] or rediss://..., not "
                        + "'redis:///0'"),
                Arguments.of("ftp://user:hunter2@host/", "REDIS_URL must be redis://host:port[/database] or "
                        + "rediss://..., not 'ftp://user:********************@host/'"),
                Arguments.of("redis://a b", "REDIS_URL is not a URL: "));
    }

    @ParameterizedTest
    @MethodSource
    void badUrls(String url, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RedisSessionStore.create(
                url));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), "a password in the URL is never shown");
    }

    @Test
    void theSettingsNameTheServer() {
        try (RedisSessionStore fromSettings = RedisSessionStore.create(Settings.builder().set(
                RedisSessionStore.REDIS_URL, URL).build())) {
            String key = fromSettings.create("{\"a\":1}", Duration.ofSeconds(30));
            assertEquals("{\"a\":1}", fromSettings.load(key).data());
            fromSettings.delete(key);
            assertFalse(fromSettings.exists(key));
        }
    }

    @Test
    void twoNodesShareOneSession() {
        Settings settings = SessionSite.settings();
        try (RedisSessionStore nodeA = RedisSessionStore.create(URL);
                RedisSessionStore nodeB = RedisSessionStore
                        .create(URL)) {
            WebApp siteA = SessionSite.app(nodeA, settings, Clock.systemUTC());
            WebApp siteB = SessionSite.app(nodeB, settings, Clock.systemUTC());
            Client browserOnA = Client.of(siteA);
            browserOnA.get("/login/?user=ada").assertStatus(200);
            String key = browserOnA.cookie("sessionid");
            Client sameBrowserOnB = Client.of(siteB).cookie("sessionid", key);
            assertEquals("ada", sameBrowserOnB.get("/peek/").text(), "node B reads what node A wrote");
            sameBrowserOnB.get("/put/?name=cart&value=tea");
            assertEquals("tea", browserOnA.get("/peek/?name=cart").text(), "and node A what node B wrote");
            sameBrowserOnB.get("/logout/").assertStatus(200);
            assertEquals("null", browserOnA.get("/peek/").text(), "a logout on one node ends it on every node");
            assertFalse(nodeA.exists(key));
        }
    }
}
