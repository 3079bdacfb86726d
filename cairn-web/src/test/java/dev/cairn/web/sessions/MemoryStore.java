package dev.cairn.web.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A server-side store in a map, for the tests of what sessions ask of a store: keys it made, expiry by a time the
 * test moves, and a log of every call, so that a test can tell whether the store was touched at all.
 */
final class MemoryStore implements SessionStore {

    /** One stored session. */
    record Entry(String data, Instant expires) {}

    final Map<String, Entry> entries = new ConcurrentHashMap<>();
    final List<String> calls = new ArrayList<>();
    private Instant now = Instant.parse("2026-06-01T09:00:00Z");

    /** Moves the store's time on. */
    void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public Loaded load(String key) {
        calls.add("load");
        if (!SessionStore.wellFormed(key)) {
            return Loaded.malformed();
        }
        Entry entry = entries.get(key);
        if (entry == null) {
            return Loaded.unknown();
        }
        return entry.expires().isAfter(now) ? Loaded.found(entry.data()) : Loaded.expired(null);
    }

    @Override
    public String create(String data, Duration age) {
        calls.add("create");
        String key = newKey();
        entries.put(key, new Entry(data, now.plus(age)));
        return key;
    }

    @Override
    public String save(String key, String data, Duration age) {
        calls.add("save");
        if (entries.replace(key, new Entry(data, now.plus(age))) == null) {
            throw new SessionInterrupted(name());
        }
        return key;
    }

    @Override
    public void delete(String key) {
        calls.add("delete");
        entries.remove(key);
    }

    @Override
    public boolean exists(String key) {
        calls.add("exists");
        return load(key).outcome() == Outcome.FOUND;
    }

    /** Stores data under a key as a past request would have. */
    String put(String data, Duration age) {
        String key = create(data, age);
        calls.clear();
        return key;
    }
}
