package dev.cairn.server.internal;

import dev.cairn.gateway.Connection;
import dev.cairn.server.TlsConfig;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.channels.SocketChannel;
import javax.net.ssl.SSLSocket;

/**
 * Runs one accepted connection on its virtual thread, from the first byte to the close.
 *
 * <p>
 * Lifecycle:
 * <ol>
 * <li>For TLS, the handshake, bounded as a whole by the handshake timeout (a {@link Watchdog} closes the socket
 * at the deadline), so a stalled or trickling client costs one connection and nothing else.</li>
 * <li>The gateway's {@link Connection} record: id, addresses, TLS facts.</li>
 * <li>The request loop, {@link Http1Connection}.</li>
 * <li>A lingering close when the client may still be sending: half-close, read and discard a while, then
 * close, so unread bytes do not make the kernel reset the connection and destroy the last response.</li>
 * <li>Always: close the socket, leave {@link LiveConnections}, and free the connection's permit.</li>
 * </ol>
 */
final class ConnectionHandler implements Runnable {
    private static final System.Logger LOG = System.getLogger("dev.cairn.server");
    private static final long LINGER_NANOS = 2_000_000_000L;
    private static final int LINGER_BYTES = 1024 * 1024;

    private final Listening listening;
    private final Closeable socket;
    private final long id;
    private final ConnectionState state;
    private Closeable closer;

    /** A handler for a TCP {@link SocketChannel} or a {@link UnixListener.Accepted} connection. */
    ConnectionHandler(Listening listening, Closeable socket, long id) {
        this.listening = listening;
        this.socket = socket;
        this.id = id;
        this.state = new ConnectionState(listening.live(), socket);
        this.closer = socket;
    }

    /** The connection's state, to register before the thread starts so that a stop always sees it. */
    ConnectionState state() {
        return state;
    }

    @Override
    public void run() {
        state.runBy(Thread.currentThread());
        try {
            switch (socket) {
                case SocketChannel channel -> serveTcp(channel);
                case UnixListener.Accepted unix -> serveUnix(unix);
                default -> throw new IllegalStateException("not a connection: " + socket);
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> "connection " + id + " ended: " + e);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.ERROR, "connection " + id + " failed", e);
        } finally {
            close(closer);
            close(socket);
            listening.live().remove(state);
            listening.permits().release();
        }
    }

    private void serveTcp(SocketChannel channel) throws IOException {
        Socket plain = channel.socket();
        plain.setTcpNoDelay(true); // responses are batched here; Nagle would only delay the last write
        Watchdog.Watch watch = listening.watchdog().watch(() -> shutdownInput(channel));
        Watchdog.Watch writes = listening.watchdog().watch(() -> close(channel));
        try {
            SocketAddress peer = channel.getRemoteAddress();
            SocketAddress local = channel.getLocalAddress();
            TlsConfig tls = listening.config().tls();
            if (tls == null) {
                Transport transport = new Transport(plain.getInputStream(), bounded(plain.getOutputStream(), writes),
                        ReadTimer.of(watch), channel);
                serve(transport, new Connection(id, peer, local, false, null), plain::shutdownOutput);
                return;
            }
            SSLSocket secure = handshake(tls, plain);
            closer = secure; // closing the TLS socket first sends close_notify
            Transport transport = new Transport(secure.getInputStream(), bounded(secure.getOutputStream(), writes),
                    ReadTimer.of(watch), null);
            serve(transport, new Connection(id, peer, local, true, TlsConfig.facts(secure)), secure::shutdownOutput);
        } finally {
            watch.cancel();
            writes.cancel();
        }
    }

    /** Bounds the whole handshake: a watch closes the socket at the deadline, however the client trickles. */
    private SSLSocket handshake(TlsConfig tls, Socket plain) throws IOException {
        Watchdog.Watch watch = listening.watchdog().watch(() -> close(plain));
        watch.arm(listening.config().timeouts().handshake().toNanos());
        try {
            SSLSocket secure = tls.wrap(plain);
            secure.startHandshake();
            return secure;
        } finally {
            watch.cancel();
        }
    }

    private void serveUnix(UnixListener.Accepted unix) throws IOException {
        Watchdog.Watch watch = listening.watchdog().watch(() -> shutdownInput(unix.channel()));
        Watchdog.Watch writes = listening.watchdog().watch(() -> close(unix.channel()));
        try {
            Transport transport = new Transport(unix.input(), bounded(unix.output(), writes), ReadTimer.of(watch),
                    null);
            serve(transport, new Connection(id, unix.peer(), unix.local(), false, null),
                    unix.channel()::shutdownOutput);
        } finally {
            watch.cancel();
            writes.cancel();
        }
    }

    /**
     * The connection's output with each write bounded by the idle timeout: a client that reads nothing for that
     * long is treated like one that sends nothing for that long, and closed.
     */
    private OutputStream bounded(OutputStream out, Watchdog.Watch writes) {
        return new DeadlineOutputStream(out, writes, listening.config().timeouts().idle().toNanos());
    }

    /** Ends a blocked read at its deadline: the read returns -1 and the timer says why. */
    private static void shutdownInput(SocketChannel channel) {
        try {
            channel.shutdownInput();
        } catch (IOException e) {
            close(channel);
        }
    }

    private void serve(Transport transport, Connection connection, HalfClose halfClose) throws IOException {
        if (new Http1Connection(transport, connection, listening.config(), state).run()) {
            linger(transport, halfClose);
        }
    }

    /** Half-closes, then reads and discards until the client closes too, or for a bounded time and size. */
    private static void linger(Transport transport, HalfClose halfClose) {
        try {
            halfClose.shutdownOutput();
            byte[] scratch = new byte[8 * 1024];
            long deadline = System.nanoTime() + LINGER_NANOS;
            for (long total = 0; total < LINGER_BYTES;) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                transport.timer().arm(Math.max(1, left / 1_000_000));
                int n = transport.in().read(scratch);
                if (n < 0) {
                    return;
                }
                total += n;
            }
        } catch (IOException | UnsupportedOperationException e) {
            // The client is gone or the socket cannot half-close: either way, close now.
        }
    }

    private static void close(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing a connection failed", e);
        }
    }

    /** Ends the output direction of a connection (TCP FIN, TLS close_notify). */
    @FunctionalInterface
    private interface HalfClose {
        void shutdownOutput() throws IOException;
    }
}
