package dev.cairn.journey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The record of one request's trip through the layers: an ordered list of {@link Stop}s, each saying which
 * layer did what, when, and with which facts.
 *
 * <p>
 * How a layer records, so that recording off costs nothing but a null check:
 *
 * <pre>{@code
 * Journey journey = Journey.current();
 * if (journey != null) {
 *     journey.record("server", "head parsed", "method", head.method(), "nanos", parseNanos);
 * }
 * }</pre>
 *
 * <p>
 * The layer that owns the request (the server) creates a journey with {@link #begin(String)} when recording is
 * on, runs the rest of the request inside {@link #carry}, and hands the finished journey to a
 * {@link JourneySink}. Stops may be recorded from any thread the request uses.
 */
public final class Journey {
    private static final ScopedValue<Journey> CURRENT = ScopedValue.newInstance();

    /**
     * How many {@link #carry} calls are running, on any thread. While none is, no thread can have a current journey,
     * so {@link #current()} answers null from one memory read instead of a scoped-value lookup; every layer asks
     * several times per request, and when recording is off that is all it costs.
     */
    private static final AtomicInteger CARRYING = new AtomicInteger();

    private final String id;
    private final Instant started;
    private final long startNanos;
    private final List<Stop> stops = new ArrayList<>(16);

    private Journey(String id) {
        this.id = Objects.requireNonNull(id, "id");
        this.started = Instant.now();
        this.startNanos = System.nanoTime();
    }

    /** Starts recording a journey with this identifier (the server uses {@code connection-request}). */
    public static Journey begin(String id) {
        return new Journey(id);
    }

    /** The journey of the request this thread is working on, or null when recording is off. */
    public static Journey current() {
        return CARRYING.get() == 0 || !CURRENT.isBound() ? null : CURRENT.get();
    }

    /** Runs {@code op} with this journey as {@link #current()}, and returns what it returns. */
    public <R, X extends Throwable> R carry(ScopedValue.CallableOp<? extends R, X> op) throws X {
        CARRYING.incrementAndGet();
        try {
            return ScopedValue.where(CURRENT, this).call(op);
        } finally {
            CARRYING.decrementAndGet();
        }
    }

    /**
     * Records a stop: {@code layer} did {@code event}, with facts given as alternating names and values.
     *
     * @throws IllegalArgumentException if the facts are not in name/value pairs
     */
    public void record(String layer, String event, Object... facts) {
        if (facts.length % 2 != 0) {
            throw new IllegalArgumentException("journey facts come in name/value pairs; got an odd count");
        }
        Map<String, Object> map = new LinkedHashMap<>(Math.max(2, facts.length));
        for (int i = 0; i < facts.length; i += 2) {
            map.put(String.valueOf(facts[i]), facts[i + 1]);
        }
        Stop stop = new Stop(System.nanoTime() - startNanos, layer, event, Collections.unmodifiableMap(map));
        synchronized (stops) {
            stops.add(stop);
        }
    }

    /** The journey's identifier. */
    public String id() {
        return id;
    }

    /** When the journey began, by the wall clock. */
    public Instant started() {
        return started;
    }

    /** The stops recorded so far, in order. */
    public List<Stop> stops() {
        synchronized (stops) {
            return List.copyOf(stops);
        }
    }

    /** The stops of one layer, in order. */
    public List<Stop> stops(String layer) {
        return stops().stream().filter(s -> s.layer().equals(layer)).toList();
    }

    /** The journey as text, a stop a line: {@code +0.120ms server head parsed {method=GET}}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("journey ").append(id).append(" at ").append(started).append('\n');
        for (Stop stop : stops()) {
            sb.append(stop).append('\n');
        }
        return sb.toString();
    }

    /**
     * One thing a layer did.
     *
     * @param nanos how long after the journey began it happened
     * @param layer the layer: {@code server}, {@code gateway}, {@code middleware}, {@code db}, ...
     * @param event what happened, in a few words
     * @param facts what the layer knew, by name, in the order recorded
     */
    public record Stop(long nanos, String layer, String event, Map<String, Object> facts) {
        @Override
        public String toString() {
            return String.format("+%.3fms %s %s %s", nanos / 1e6, layer, event, facts);
        }
    }
}
