package dev.cairn.server.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * Listens on a Unix domain socket, the way nginx reaches an application on the same machine
 * ({@code proxy_pass http://unix:/run/cairn/app.sock;}): no TCP port to guard, and the file's permissions say
 * who may connect.
 *
 * <p>
 * Lifecycle:
 * <ol>
 * <li>{@link #open} checks the path: its folder must exist; a socket file left by a run that did not close is
 * removed, but only once a connection attempt shows nothing listens on it; anything else there is left alone and
 * refused.</li>
 * <li>It binds, then sets the file's permissions ({@code rw-rw----} by default: the server's user and group may
 * connect). Between the two the file has the permissions of the process's umask, which for the usual 022 lets
 * no one else connect, since connecting needs write permission.</li>
 * <li>{@link #accept()} blocks (a virtual thread parks) until a client connects.</li>
 * <li>{@link #close()} stops listening, wakes a blocked {@code accept()} with
 * {@link java.nio.channels.AsynchronousCloseException}, and deletes the socket file if it is still the one this
 * listener created.</li>
 * </ol>
 */
public final class UnixListener implements Closeable {
    /** {@code rw-rw----}: the server's user and group may connect. Put nginx's user in that group. */
    public static final Set<PosixFilePermission> OWNER_AND_GROUP = PosixFilePermissions.fromString("rw-rw----");
    /** {@code rw-rw-rw-}: every local user may connect. Simple, and fine on a machine with no other users. */
    public static final Set<PosixFilePermission> EVERYONE = PosixFilePermissions.fromString("rw-rw-rw-");

    private final Path path;
    private final ServerSocketChannel channel;
    /** The socket file's identity (device and inode), so close never deletes a file another process put there. */
    private final Object fileKey;

    private UnixListener(Path path, ServerSocketChannel channel, Object fileKey) {
        this.path = path;
        this.channel = channel;
        this.fileKey = fileKey;
    }

    /** Listens on {@code path} with permissions {@link #OWNER_AND_GROUP}. */
    public static UnixListener open(Path path) throws IOException {
        return open(path, OWNER_AND_GROUP);
    }

    /**
     * Listens on {@code path}, with the socket file given these permissions.
     *
     * @param path        where the socket file goes; its folder must exist
     * @param permissions who may connect, such as {@link #OWNER_AND_GROUP} or {@link #EVERYONE}; ignored on a file
     *                    system without POSIX permissions
     * @throws IOException if the folder does not exist, another file or a live server is at {@code path}, or the
     *                     bind fails; the message names the path and says what to do
     */
    public static UnixListener open(Path path, Set<PosixFilePermission> permissions) throws IOException {
        Objects.requireNonNull(permissions, "permissions");
        Path absolute = path.toAbsolutePath();
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IOException("cannot listen on " + absolute + ": the folder " + parent + " does not exist; "
                    + "create it, owned by the server's user (systemd: RuntimeDirectory=)");
        }
        removeStale(absolute);
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.bind(UnixDomainSocketAddress.of(absolute));
            // Following links is right here (the bind just made a socket, not a link) and necessary: the JDK
            // changes a file's mode without following links by opening it, and opening a socket fails (ENXIO).
            PosixFileAttributeView view = Files.getFileAttributeView(absolute, PosixFileAttributeView.class);
            if (view != null) {
                view.setPermissions(permissions);
            }
            Object key = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey();
            return new UnixListener(absolute, channel, key);
        } catch (IOException e) {
            channel.close();
            throw new IOException("cannot listen on " + absolute + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes a socket file that nothing listens on; refuses anything else at the path.
     */
    private static void removeStale(Path path) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        }
        if (!isSocket(path, attributes)) {
            throw new IOException("cannot listen on " + path + ": a file that is not a socket is already there; "
                    + "remove it or choose another path");
        }
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            probe.connect(UnixDomainSocketAddress.of(path));
        } catch (ConnectException e) {
            // Connection refused: the socket outlived its server. Safe to take its place.
            Files.deleteIfExists(path);
            return;
        } catch (IOException e) {
            throw new IOException("cannot listen on " + path + ": a socket file is there and connecting to it failed ("
                    + e.getMessage() + "); remove it if no server uses it", e);
        }
        // The probe connected: a live server answered (and saw a connection open and close at once).
        throw new IOException("cannot listen on " + path + ": another server is listening there; stop it first, or "
                + "choose another path");
    }

    private static boolean isSocket(Path path, BasicFileAttributes attributes) throws IOException {
        if (!attributes.isOther()) {
            return false; // a regular file, a folder or a symbolic link
        }
        try {
            // st_mode's file type bits: S_IFSOCK is 0140000. Tells a socket from a FIFO or a device.
            int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return (mode & 0170000) == 0140000;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return true; // no "unix" view here; "other" is the best available answer
        }
    }

    /**
     * Waits for the next connection.
     *
     * @throws java.nio.channels.ClosedChannelException        if the listener is closed
     * @throws java.nio.channels.AsynchronousCloseException if it is closed while waiting
     */
    public Accepted accept() throws IOException {
        SocketChannel accepted = channel.accept();
        try {
            return new Accepted(accepted);
        } catch (IOException e) {
            accepted.close();
            throw e;
        }
    }

    /** The socket file's absolute path. */
    public Path path() {
        return path;
    }

    /** The address clients connect to. */
    public UnixDomainSocketAddress address() {
        return UnixDomainSocketAddress.of(path);
    }

    /** Stops listening and deletes the socket file if it is still this listener's. Does nothing a second time. */
    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        channel.close();
        try {
            Object key = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            if (fileKey == null || fileKey.equals(key)) {
                Files.deleteIfExists(path);
            }
        } catch (NoSuchFileException e) {
            // Already gone: someone tidied up first.
        }
    }

    /**
     * One accepted connection: blocking streams over the channel and its two addresses. Reading and writing from
     * two threads at once is safe (the JDK's socket channel streams do not share a lock).
     */
    public static final class Accepted implements Closeable {
        private final SocketChannel channel;
        private final InputStream input;
        private final OutputStream output;
        private final SocketAddress peer;
        private final SocketAddress local;

        private Accepted(SocketChannel channel) throws IOException {
            this.channel = channel;
            this.input = Channels.newInputStream(channel);
            this.output = Channels.newOutputStream(channel);
            this.peer = channel.getRemoteAddress();
            this.local = channel.getLocalAddress();
        }

        /** The bytes from the client. Unbuffered: wrap it, or read into large arrays. */
        public InputStream input() {
            return input;
        }

        /** The bytes to the client. Unbuffered: wrap it, or write large arrays. */
        public OutputStream output() {
            return output;
        }

        /** The client's address: a {@link UnixDomainSocketAddress}, usually with an empty path. */
        public SocketAddress peer() {
            return peer;
        }

        /** The listener's address. */
        public SocketAddress local() {
            return local;
        }

        /**
         * The channel, for what the streams cannot do: {@link SocketChannel#shutdownInput()} makes a blocked read
         * return -1, which is how a watchdog bounds a read (a Unix socket has no {@code SO_TIMEOUT}).
         */
        public SocketChannel channel() {
            return channel;
        }

        /** Closes the connection; a blocked read or write fails. */
        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
