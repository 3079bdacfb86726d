package dev.cairn.server.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnixListenerTest {
    @TempDir
    Path dir;

    private static SocketChannel connect(Path path) throws IOException {
        return SocketChannel.open(UnixDomainSocketAddress.of(path));
    }

    private static String readExactly(InputStream in, int n) throws IOException {
        return new String(in.readNBytes(n), StandardCharsets.US_ASCII);
    }

    @Test
    void bytesFlowBothWaysAndTheAddressesAreUnixOnes() throws Exception {
        Path path = dir.resolve("app.sock");
        try (UnixListener listener = UnixListener.open(path);
                SocketChannel client = connect(path);
                UnixListener.Accepted accepted = listener.accept()) {
            assertEquals(path.toAbsolutePath(), listener.path());
            assertInstanceOf(UnixDomainSocketAddress.class, accepted.peer());
            assertEquals(UnixDomainSocketAddress.of(path.toAbsolutePath()), accepted.local());
            client.write(ByteBuffer.wrap("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII)));
            assertEquals("GET / HTTP/1.1\r\n", readExactly(accepted.input(), 16));
            OutputStream out = accepted.output();
            out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = java.nio.channels.Channels.newInputStream(client);
            assertEquals("HTTP/1.1 200 OK\r\n", readExactly(in, 17));
            client.close();
            assertEquals(-1, accepted.input().read());
        }
    }

    @Test
    void aReadAndAWriteOnOneConnectionDoNotBlockEachOther() throws Exception {
        Path path = dir.resolve("duplex.sock");
        try (UnixListener listener = UnixListener.open(path);
                SocketChannel client = connect(path);
                UnixListener.Accepted accepted = listener.accept()) {
            CompletableFuture<Integer> read = new CompletableFuture<>();
            Thread.ofVirtual().start(() -> {
                try {
                    read.complete(accepted.input().read());
                } catch (IOException e) {
                    read.completeExceptionally(e);
                }
            });
            Thread.sleep(100); // let the reader block
            accepted.output().write(new byte[64 * 1024 / 2]);
            ByteBuffer sink = ByteBuffer.allocate(64 * 1024);
            while (sink.position() < 32 * 1024) {
                client.read(sink);
            }
            client.write(ByteBuffer.wrap(new byte[]{42}));
            assertEquals(42, read.get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void shuttingTheChannelsInputEndsABlockedRead() throws Exception {
        Path path = dir.resolve("timeout.sock");
        try (UnixListener listener = UnixListener.open(path);
                SocketChannel client = connect(path);
                UnixListener.Accepted accepted = listener.accept()) {
            CompletableFuture<Integer> read = new CompletableFuture<>();
            Thread.ofVirtual().start(() -> {
                try {
                    read.complete(accepted.input().read());
                } catch (IOException e) {
                    read.completeExceptionally(e);
                }
            });
            Thread.sleep(100);
            accepted.channel().shutdownInput();
            assertEquals(-1, read.get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void theSocketFileGetsTheRequestedPermissions() throws Exception {
        Path group = dir.resolve("group.sock");
        Path everyone = dir.resolve("everyone.sock");
        try (UnixListener a = UnixListener.open(group);
                UnixListener b = UnixListener.open(everyone,
                        UnixListener.EVERYONE)) {
            assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(group)));
            assertEquals("rw-rw-rw-", PosixFilePermissions.toString(Files.getPosixFilePermissions(everyone)));
        }
    }

    @Test
    void closeDeletesTheSocketFileAndWakesABlockedAccept() throws Exception {
        Path path = dir.resolve("close.sock");
        UnixListener listener = UnixListener.open(path);
        assertTrue(Files.exists(path));
        CompletableFuture<Void> accept = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                listener.accept();
                accept.complete(null);
            } catch (IOException e) {
                accept.completeExceptionally(e);
            }
        });
        Thread.sleep(100);
        listener.close();
        ExecutionException e = assertThrows(ExecutionException.class, () -> accept.get(5, TimeUnit.SECONDS));
        assertInstanceOf(AsynchronousCloseException.class, e.getCause());
        assertFalse(Files.exists(path));
        listener.close(); // a second close is harmless
        assertThrows(ClosedChannelException.class, listener::accept);
    }

    @Test
    void closeLeavesAFileThatAnotherProcessPutAtThePath() throws Exception {
        Path path = dir.resolve("replaced.sock");
        UnixListener listener = UnixListener.open(path);
        Files.delete(path);
        Files.writeString(path, "not ours");
        listener.close();
        assertEquals("not ours", Files.readString(path));
    }

    @Test
    void aStaleSocketFromADeadServerIsReplaced() throws Exception {
        Path path = dir.resolve("stale.sock");
        // A listener that died without cleaning up: its socket file stays, nobody listens.
        ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        dead.bind(UnixDomainSocketAddress.of(path));
        dead.close();
        assertTrue(Files.exists(path));
        try (UnixListener listener = UnixListener.open(path);
                SocketChannel client = connect(path);
                UnixListener.Accepted accepted = listener.accept()) {
            client.write(ByteBuffer.wrap(new byte[]{7}));
            assertEquals(7, accepted.input().read());
        }
    }

    @Test
    void aLiveServerAtThePathIsNotDisturbed() throws Exception {
        Path path = dir.resolve("live.sock");
        try (UnixListener live = UnixListener.open(path)) {
            IOException e = assertThrows(IOException.class, () -> UnixListener.open(path));
            assertTrue(e.getMessage().contains("another server is listening there; stop it first"), e.getMessage());
            assertTrue(Files.exists(path));
            live.accept().close(); // the probe's connection
            try (SocketChannel client = connect(path); UnixListener.Accepted accepted = live.accept()) {
                client.write(ByteBuffer.wrap(new byte[]{9}));
                assertEquals(9, accepted.input().read());
            }
        }
    }

    @Test
    void aFileThatIsNotASocketIsNeverRemoved() throws Exception {
        Path path = dir.resolve("important.txt");
        Files.writeString(path, "keep me");
        IOException e = assertThrows(IOException.class, () -> UnixListener.open(path));
        assertTrue(e.getMessage().contains("a file that is not a socket is already there"), e.getMessage());
        assertEquals("keep me", Files.readString(path));
        Path folder = Files.createDirectory(dir.resolve("folder.sock"));
        assertThrows(IOException.class, () -> UnixListener.open(folder));
        assertTrue(Files.isDirectory(folder));
        Path link = Files.createSymbolicLink(dir.resolve("link.sock"), path);
        assertThrows(IOException.class, () -> UnixListener.open(link));
        assertEquals("keep me", Files.readString(path));
    }

    @Test
    void aMissingFolderIsAnErrorNotCreated() {
        Path path = dir.resolve("absent").resolve("app.sock");
        IOException e = assertThrows(IOException.class, () -> UnixListener.open(path));
        assertTrue(e.getMessage().contains("the folder " + dir.resolve("absent") + " does not exist"), e
                .getMessage());
        assertFalse(Files.exists(dir.resolve("absent")));
    }

    @Test
    void aPathTooLongForTheKernelIsReportedWithThePath() {
        Path path = dir.resolve("x".repeat(120) + ".sock");
        IOException e = assertThrows(IOException.class, () -> UnixListener.open(path));
        assertTrue(e.getMessage().startsWith("cannot listen on " + path), e.getMessage());
    }

    @Test
    void everyConnectionIsAcceptedSeparately() throws Exception {
        Path path = dir.resolve("many.sock");
        try (UnixListener listener = UnixListener.open(path)) {
            for (int i = 0; i < 3; i++) {
                try (SocketChannel client = connect(path); UnixListener.Accepted accepted = listener.accept()) {
                    client.write(ByteBuffer.wrap(new byte[]{(byte) i}));
                    assertArrayEquals(new byte[]{(byte) i}, accepted.input().readNBytes(1));
                }
            }
        }
    }
}
