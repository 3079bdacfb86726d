package dev.cairn.journey;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** A {@link JourneySink} that keeps the last few journeys in memory, newest last, for a debug page or a test. */
public final class RecentJourneys implements JourneySink {
    private final int capacity;
    private final ArrayDeque<Journey> journeys;

    /** Keeps at most {@code capacity} journeys, dropping the oldest. */
    public RecentJourneys(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, not " + capacity);
        }
        this.capacity = capacity;
        this.journeys = new ArrayDeque<>(capacity);
    }

    @Override
    public synchronized void arrived(Journey journey) {
        if (journeys.size() == capacity) {
            journeys.removeFirst();
        }
        journeys.addLast(journey);
    }

    /** The journeys kept, oldest first. */
    public synchronized List<Journey> all() {
        return new ArrayList<>(journeys);
    }

    /** The newest journey, or null if none has arrived. */
    public synchronized Journey last() {
        return journeys.peekLast();
    }

    /** Forgets every journey. */
    public synchronized void clear() {
        journeys.clear();
    }
}
