package dev.cairn.contrib.auth.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins counted in this process's memory: right for a site on one node, lost when it restarts.
 *
 * <p>
 * An attacker can make a key per guess (a new username each time), so the store holds at most {@code capacity} keys:
 * past that, keys whose time is up go first, then those whose latest failure is oldest.
 */
public final class InMemoryThrottleStore implements ThrottleStore {

    /** The keys held at most, by default. */
    public static final int DEFAULT_CAPACITY = 100_000;

    private record Entry(Failures failures, Instant expires) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final int capacity;

    /** A store of at most {@value #DEFAULT_CAPACITY} keys. */
    public InMemoryThrottleStore() {
        this(DEFAULT_CAPACITY);
    }

    /**
     * A store of at most {@code capacity} keys.
     *
     * @throws IllegalArgumentException when {@code capacity} is below one
     */
    public InMemoryThrottleStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a throttle store holds at least one key, not " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public Failures failures(String key, Instant now) {
        Entry entry = entries.get(key);
        return entry == null || !now.isBefore(entry.expires()) ? Failures.NONE : entry.failures();
    }

    @Override
    public Failures recordFailure(String key, Instant now, Duration keepFor) {
        Entry updated = entries.compute(key, (k, entry) -> {
            Failures before = entry == null || !now.isBefore(entry.expires()) ? Failures.NONE : entry.failures();
            return new Entry(before.plusOne(now), now.plus(keepFor));
        });
        if (entries.size() > capacity) {
            evict(now);
        }
        return updated.failures();
    }

    @Override
    public void clear(String key) {
        entries.remove(key);
    }

    /** How many keys are held. */
    public int size() {
        return entries.size();
    }

    private synchronized void evict(Instant now) {
        entries.entrySet().removeIf(e -> !now.isBefore(e.getValue().expires()));
        int excess = entries.size() - capacity;
        if (excess > 0) {
            entries.entrySet().stream()
                    .sorted(Comparator.comparing(e -> e.getValue().failures().last()))
                    .limit(excess)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(entries::remove);
        }
    }
}
