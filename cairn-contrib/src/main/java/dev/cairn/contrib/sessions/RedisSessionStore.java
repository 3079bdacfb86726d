package dev.cairn.contrib.sessions;

import dev.cairn.web.sessions.SessionInterrupted;
import dev.cairn.web.sessions.SessionStore;
import dev.cairn.web.settings.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Keeps sessions in Redis through Jedis, each under {@code <prefix><key>} with Redis's own expiry, so that several
 * nodes behind a load balancer share them without a database.
 *
 * <p>
 * A session is written as SETEX writes it, the value with an expiry in seconds, but through {@code SET ... EX}
 * with a condition SETEX cannot carry: {@code NX} on {@link #create}, so a new key never overwrites another
 * session (one in 2^165, drawn again), and {@code XX} on {@link #save}, so a session deleted meanwhile (a logout on
 * another node) is not brought back but raises {@link SessionInterrupted}. Redis removes a session when its age
 * runs out, so an expired key reads as {@link Outcome#UNKNOWN}, and nothing needs clearing. Keys not of the form
 * {@link SessionStore#newKey()} gives are refused before Redis is asked.
 *
 * <p>
 * Safe for concurrent use: Jedis's pooled client lends each call a connection.
 */
public final class RedisSessionStore implements SessionStore, AutoCloseable {

    /** Where the Redis server is: {@code redis://[user:password@]host:port[/database]}. */
    public static final String REDIS_URL = "REDIS_URL";
    /** The Redis server when {@code REDIS_URL} is not set: this machine's. */
    public static final String DEFAULT_URL = "redis://127.0.0.1:6379/0";
    /** What every session's Redis key starts with, so that sessions share a server with other data. */
    public static final String DEFAULT_PREFIX = "cairn:session:";

    private final UnifiedJedis redis;
    private final String prefix;
    private final boolean owned;
    private final NewKeys keys;

    private RedisSessionStore(UnifiedJedis redis, String prefix, boolean owned, Supplier<String> keys) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.owned = owned;
        this.keys = new NewKeys(keys != null ? keys : this::newKey, name());
    }

    /**
     * Sessions on the server {@code REDIS_URL} names ({@value #DEFAULT_URL} when unset), under
     * {@value #DEFAULT_PREFIX}; {@link #close()} closes the connections.
     *
     * @throws IllegalArgumentException when the URL is not a {@code redis://} or {@code rediss://} URL
     */
    public static RedisSessionStore create(Settings settings) {
        return create(settings.get(REDIS_URL, DEFAULT_URL));
    }

    /**
     * Sessions on the server this URL names, under {@value #DEFAULT_PREFIX}; {@link #close()} closes the
     * connections.
     *
     * @throws IllegalArgumentException when the URL is not a {@code redis://} or {@code rediss://} URL
     */
    public static RedisSessionStore create(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(REDIS_URL + " is not a URL: " + e.getMessage());
        }
        if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(REDIS_URL + " must be redis://host:port[/database] or rediss://..., "
                    + "not '" + Settings.redact(REDIS_URL, url) + "'");
        }
        return new RedisSessionStore(new JedisPooled(uri), DEFAULT_PREFIX, true, null);
    }

    /** Sessions through a client the caller made and closes, under a prefix of its choosing. */
    public static RedisSessionStore create(UnifiedJedis redis, String prefix) {
        return new RedisSessionStore(redis, prefix, false, null);
    }

    /** As {@link #create(UnifiedJedis, String)}, drawing keys from {@code keys}: for tests of a key that is taken. */
    static RedisSessionStore create(UnifiedJedis redis, String prefix, Supplier<String> keys) {
        return new RedisSessionStore(redis, prefix, false, Objects.requireNonNull(keys, "keys"));
    }

    @Override
    public Loaded load(String key) {
        if (!SessionStore.wellFormed(key)) {
            return Loaded.malformed();
        }
        String data = redis.get(prefix + key);
        return data == null ? Loaded.unknown() : Loaded.found(data);
    }

    @Override
    public String create(String data, Duration age) {
        SetParams params = SetParams.setParams().nx().ex(seconds(age));
        return keys.draw(key -> redis.set(prefix + key, data, params) != null);
    }

    @Override
    public String save(String key, String data, Duration age) {
        if (redis.set(prefix + key, data, SetParams.setParams().xx().ex(seconds(age))) == null) {
            throw new SessionInterrupted(name());
        }
        return key;
    }

    @Override
    public void delete(String key) {
        redis.del(prefix + key);
    }

    @Override
    public boolean exists(String key) {
        return SessionStore.wellFormed(key) && redis.exists(prefix + key);
    }

    /** How long Redis keeps a session now, or null when it holds none under the key. */
    public Duration timeToLive(String key) {
        long seconds = redis.ttl(prefix + key);
        return seconds < 0 ? null : Duration.ofSeconds(seconds);
    }

    /** Closes the connections when this store opened them; a client the caller gave is the caller's to close. */
    @Override
    public void close() {
        if (owned) {
            redis.close();
        }
    }

    /** Whole seconds, at least one: Redis refuses an expiry of zero. */
    private static long seconds(Duration age) {
        return Math.max(1, age.toSeconds());
    }
}
