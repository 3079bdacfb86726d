package dev.cairn.test;

import dev.cairn.gateway.RequestBody;
import dev.cairn.http.Headers;
import java.io.IOException;
import java.util.Objects;

/**
 * A request body that behaves like one read from a socket, so that an application passing the client's tests does
 * not fail behind the real server: Django's {@code FakePayload}.
 *
 * <ol>
 * <li>It holds exactly {@code Content-Length} bytes, and a read at the end returns -1, never anything more.</li>
 * <li>A read returns at most {@link #MAX_READ} bytes, as a network read returns what has arrived: code that assumes
 * one {@code read} fills its buffer fails here as it would in production.</li>
 * <li>{@code available()} says 0, as for a socket with nothing buffered yet.</li>
 * <li>Once the exchange is over ({@link #expire()}, called after the response body has been written), a read throws:
 * the gateway contract lets an application read the body only within {@code handle} and its streamed body's
 * writer.</li>
 * </ol>
 */
final class PayloadBody extends RequestBody {

    /** The most one read returns: about what one TCP receive delivers on a loopback interface. */
    static final int MAX_READ = 16 * 1024;

    /** The bytes, read through the gateway's own in-memory body; this class only adds a socket's manners. */
    private final RequestBody bytes;
    private volatile boolean expired;

    PayloadBody(byte[] bytes) {
        this.bytes = RequestBody.of(bytes);
    }

    @Override
    public long length() {
        return bytes.length();
    }

    @Override
    public Headers trailers() {
        return Headers.empty();
    }

    @Override
    public int read() throws IOException {
        checkLive();
        return bytes.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        checkLive();
        return bytes.read(b, off, Math.min(len, MAX_READ));
    }

    /** Ends the exchange: later reads throw. */
    void expire() {
        expired = true;
    }

    private void checkLive() throws IOException {
        if (expired) {
            throw new IOException("The request body was read after the application answered; the gateway lets an "
                    + "application read it only within handle() and its streamed body's writer");
        }
    }
}
