package dev.cairn.server.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Enforces deadlines that no socket option can: the whole of a TLS handshake (a client sending a byte a second
 * would reset {@code SO_TIMEOUT} forever), and every read on a Unix socket channel, which has no
 * {@code SO_TIMEOUT} at all.
 *
 * <p>
 * One daemon thread looks at every armed {@link Watch} each {@value #TICK_MILLIS} ms and fires those past their
 * deadline, so a deadline is kept to within a tick. Arming and disarming is a volatile write: nothing is
 * scheduled, allocated or cancelled per read.
 */
public final class Watchdog implements AutoCloseable {
    static final long TICK_MILLIS = 50;
    private static final System.Logger LOG = System.getLogger("dev.cairn.server");

    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private volatile boolean running = true;

    /** Starts the watchdog's thread. */
    public Watchdog() {
        thread = Thread.ofPlatform().daemon().name("cairn-watchdog").start(this::loop);
    }

    /** A watch that runs {@code onExpiry} once when an armed deadline passes; remove it with {@link Watch#cancel}. */
    public Watch watch(Runnable onExpiry) {
        Watch watch = new Watch(onExpiry);
        watches.add(watch);
        return watch;
    }

    private void loop() {
        while (running) {
            long now = System.nanoTime();
            for (Watch watch : watches) {
                watch.check(now);
            }
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops the thread; armed watches never fire. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }

    /** One deadline, armed and disarmed as often as needed. */
    public final class Watch {
        private final Runnable onExpiry;
        /** When the watch fires, by {@link System#nanoTime()}; 0 when disarmed. */
        private final AtomicLong deadline = new AtomicLong();
        private volatile boolean expired;

        private Watch(Runnable onExpiry) {
            this.onExpiry = onExpiry;
        }

        /** Arms the watch to fire {@code nanos} from now. */
        public void arm(long nanos) {
            expired = false;
            deadline.set(System.nanoTime() + Math.max(1, nanos));
        }

        /** Disarms the watch. */
        public void disarm() {
            deadline.set(0);
        }

        /** Whether it fired since it was last armed. */
        public boolean expired() {
            return expired;
        }

        /** Disarms the watch and forgets it. */
        public void cancel() {
            deadline.set(0);
            watches.remove(this);
        }

        private void check(long now) {
            long d = deadline.get();
            // The compare-and-set loses to a connection that re-armed meanwhile: its new deadline stands.
            if (d != 0 && now - d >= 0 && deadline.compareAndSet(d, 0)) {
                expired = true;
                try {
                    onExpiry.run();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.DEBUG, "a watchdog action failed", e);
                }
            }
        }
    }
}
