package dev.cairn.server.internal;

import java.io.Closeable;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Accepts connections on one platform thread and runs each on a virtual thread of its own
 * ({@code cairn-conn-<id>}), where all of its blocking I/O parks rather than holds a carrier.
 *
 * <p>
 * Lifecycle:
 * <ol>
 * <li>{@link #start()} binds the TCP address or the Unix socket and starts the acceptor thread.</li>
 * <li>The acceptor takes a permit before each accept, so at most {@code maxConnections} are open; the others
 * wait in the kernel's listen backlog until a connection closes and frees its permit.</li>
 * <li>{@link #stop(long)} closes the listening socket (new connections are refused), waits for the acceptor to
 * end, closes idle connections, lets busy ones finish within the grace period, then closes the rest.</li>
 * </ol>
 */
public final class ServerListener {
    private static final System.Logger LOG = System.getLogger("dev.cairn.server");
    private static final int BACKLOG = 1024;

    private final ServerConfig config;
    private final Listening listening;
    private final AtomicLong ids = new AtomicLong();
    private ServerSocketChannel tcp;
    private UnixListener unix;
    private Thread acceptor;

    /** A listener for {@code config}; nothing is bound until {@link #start()}. */
    public ServerListener(ServerConfig config) {
        this.config = config;
        this.listening = new Listening(config, new LiveConnections(), new Semaphore(config.maxConnections()),
                new Watchdog());
    }

    /** Binds and starts accepting. */
    public void start() throws IOException {
        if (config.unixSocket() != null) {
            unix = UnixListener.open(config.unixSocket());
        } else {
            tcp = ServerSocketChannel.open();
            tcp.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            try {
                tcp.bind(config.address(), BACKLOG);
            } catch (IOException e) {
                tcp.close();
                throw new IOException("cannot listen on " + config.address() + ": " + e.getMessage()
                        + "; choose another port (0 picks a free one) or stop what uses it", e);
            }
        }
        acceptor = Thread.ofPlatform().name("cairn-acceptor").start(this::acceptLoop);
    }

    /** The address listened on: an {@link InetSocketAddress} with the actual port, or the Unix socket's. */
    public SocketAddress address() throws IOException {
        return unix != null ? unix.address() : tcp.getLocalAddress();
    }

    /** The open connections. */
    public LiveConnections live() {
        return listening.live();
    }

    private void acceptLoop() {
        Semaphore permits = listening.permits();
        while (true) {
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                return; // stopping
            }
            boolean handed = false;
            try {
                Closeable socket = unix != null ? unix.accept() : tcp.accept();
                long id = ids.incrementAndGet();
                ConnectionHandler handler = new ConnectionHandler(listening, socket, id);
                listening.live().add(handler.state());
                Thread.ofVirtual().name("cairn-conn-" + id).start(handler);
                handed = true;
            } catch (ClosedChannelException e) {
                return; // stopping (AsynchronousCloseException is one of these)
            } catch (IOException e) {
                // Out of file descriptors and the like: breathe, then carry on serving the connections there are.
                LOG.log(Level.WARNING, "accepting a connection failed: " + e);
                pause();
            } finally {
                if (!handed) {
                    permits.release();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops gracefully: refuses new connections, closes idle ones, gives busy ones {@code graceNanos} to finish
     * their request (their responses say {@code Connection: close}), then closes the rest. Returns when every
     * connection is closed.
     */
    public void stop(long graceNanos) throws InterruptedException {
        try {
            if (unix != null) {
                unix.close();
            } else {
                tcp.close();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing the listening socket failed: " + e);
        }
        acceptor.interrupt(); // wakes an acceptor waiting for a permit
        acceptor.join();
        LiveConnections live = listening.live();
        live.drain();
        if (!live.awaitEmpty(graceNanos)) {
            LOG.log(Level.WARNING, live.size() + " connections were still busy after the grace period; closing them");
            live.closeAll();
            live.awaitEmpty(TimeUnit.SECONDS.toNanos(5));
        }
        listening.watchdog().close();
    }
}
