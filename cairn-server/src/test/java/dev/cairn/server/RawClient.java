package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.http.Headers;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A test client that speaks HTTP/1.1 by hand: it sends exactly the bytes it is given and reads responses by
 * their framing (Content-Length, chunked, or to the close), so tests see what the server really wrote. Every read
 * has a timeout, so a server that hangs fails the test rather than hanging it.
 */
final class RawClient implements AutoCloseable {
    static final int TIMEOUT_MILLIS = 5_000;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final Closeable closer;

    RawClient(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(TIMEOUT_MILLIS);
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.closer = socket;
    }

    /** A client over a Unix socket channel, which has no read timeout: guard the test with {@code @Timeout}. */
    RawClient(SocketChannel channel) {
        this.socket = null;
        this.in = new BufferedInputStream(Channels.newInputStream(channel));
        this.out = Channels.newOutputStream(channel);
        this.closer = channel;
    }

    /** Connects to the server on localhost at {@code port}. */
    static RawClient connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
        return new RawClient(socket);
    }

    /** Sends text as ISO-8859-1 bytes. */
    RawClient send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Sends bytes. */
    RawClient send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Sets how long a read may wait. */
    RawClient timeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
        return this;
    }

    /** Ends the client's sending side (a half-close): the server reads end of stream. */
    void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    /** Reads one response to a request other than HEAD. */
    RawResponse read() throws IOException {
        return read(false);
    }

    /** Reads one response; {@code head} says the request was HEAD, so no body follows whatever the fields say. */
    RawResponse read(boolean head) throws IOException {
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        Headers headers = fields();
        if (status / 100 == 1) {
            return new RawResponse(parts[0], status, headers, new byte[0], Headers.empty(), false);
        }
        if (head || status == 204 || status == 304) {
            return new RawResponse(parts[0], status, headers, new byte[0], Headers.empty(), false);
        }
        if (headers.containsToken("Transfer-Encoding", "chunked")) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                int size = Integer.parseInt(line().split(";")[0].trim(), 16);
                if (size == 0) {
                    return new RawResponse(parts[0], status, headers, body.toByteArray(), fields(), true);
                }
                body.write(exactly(size));
                assertEquals("", line(), "a chunk's data ends with CRLF");
            }
        }
        String length = headers.first("Content-Length");
        byte[] body = length != null ? exactly(Integer.parseInt(length)) : untilClose();
        return new RawResponse(parts[0], status, headers, body, Headers.empty(), false);
    }

    /** Reads what has arrived: whatever is buffered, else the bytes of the next segments to arrive. */
    byte[] readAvailable() throws IOException {
        byte[] buf = new byte[64 * 1024];
        int n = in.read(buf);
        return Arrays.copyOf(buf, Math.max(n, 0));
    }

    /** Reads everything until the server closes. */
    byte[] untilClose() throws IOException {
        return in.readAllBytes();
    }

    /** Whether the server closed the connection: the next read finds end of stream (or a reset). */
    boolean closedByServer() throws IOException {
        try {
            return in.read() == -1;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // a reset is a close too
        }
    }

    /** Whether nothing arrives within {@code millis}. */
    boolean silentFor(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            return in.read() == -2;
        } catch (SocketTimeoutException e) {
            return true;
        } finally {
            socket.setSoTimeout(TIMEOUT_MILLIS);
        }
    }

    private Headers fields() throws IOException {
        Headers.Builder b = Headers.builder();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            b.add(line.substring(0, colon), line.substring(colon + 1).strip());
        }
        return b.build();
    }

    private String line() throws IOException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException("the server closed the connection inside a response; read: " + sb);
            }
            if (c == '\n') {
                if (sb.isEmpty() || sb.charAt(sb.length() - 1) != '\r') {
                    throw new IOException("a line not ended by CRLF: " + sb);
                }
                return sb.substring(0, sb.length() - 1);
            }
            sb.append((char) c);
        }
    }

    private byte[] exactly(int n) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new EOFException("expected " + n + " body bytes, got " + b.length);
        }
        return b;
    }

    @Override
    public void close() throws IOException {
        closer.close();
    }
}
