package dev.cairn.server.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The connections a server has open, so a stop can close the idle ones at once, wait for the busy ones, and
 * cut the rest when the grace period ends.
 */
public final class LiveConnections {
    private final Set<ConnectionState> states = ConcurrentHashMap.newKeySet();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition emptied = lock.newCondition();
    private volatile boolean draining;

    /** Whether a graceful stop has begun. */
    boolean draining() {
        return draining;
    }

    /** How many connections are open. */
    public int size() {
        return states.size();
    }

    /** Adds a connection just accepted. */
    void add(ConnectionState state) {
        states.add(state);
    }

    /** Removes a connection that closed, waking a stop waiting for the last one. */
    void remove(ConnectionState state) {
        states.remove(state);
        if (states.isEmpty()) {
            lock.lock();
            try {
                emptied.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Begins a graceful stop: no connection takes another request, and the idle ones close now. */
    void drain() {
        draining = true;
        for (ConnectionState state : states) {
            state.closeIfIdle();
        }
    }

    /** Waits up to {@code nanos} for every connection to close; returns whether they did. */
    boolean awaitEmpty(long nanos) throws InterruptedException {
        lock.lock();
        try {
            long deadline = System.nanoTime() + nanos;
            while (!states.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                // Woken by the last remove; the cap covers a remove that signalled just before this wait.
                emptied.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Closes every connection still open. */
    void closeAll() {
        for (ConnectionState state : states) {
            state.forceClose();
        }
    }
}
