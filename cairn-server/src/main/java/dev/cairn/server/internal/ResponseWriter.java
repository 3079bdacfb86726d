package dev.cairn.server.internal;

import dev.cairn.gateway.Response;
import dev.cairn.gateway.ResponseBody;
import dev.cairn.http.Headers;
import dev.cairn.journey.Journey;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * Writes a response onto the connection: the head, framed as RFC 9112 §6 asks, then the body.
 *
 * <pre>
 * // < HTTP/1.1 200 OK\r\n                    pre-encoded status line
 * // < Content-Type: text/plain\r\n           the application's fields, minus framing and Connection
 * // < Server: Cairn\r\n                      unless the application set one
 * // < Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n  unless the application set one
 * // < Content-Length: 13\r\n                 or Transfer-Encoding: chunked, or nothing
 * // < Connection: close\r\n                  when the connection ends after this response
 * // < \r\n
 * // < Hello, World!
 * </pre>
 *
 * <p>
 * No body goes out for HEAD requests and 1xx, 204 and 304 responses (RFC 9110 §6.4.1); a HEAD response keeps the
 * {@code Content-Length} a GET would have had, and a streamed body's writer is then not called.
 */
final class ResponseWriter {
    /** The connection may carry the next request. */
    static final int KEEP = 0;
    /** The head said {@code Connection: close}; close after the body. */
    static final int CLOSE = 1;
    /** The body came out broken after its head: cut the connection so the client sees it truncated. */
    static final int CUT = 2;
    /** Nothing was written because the response cannot be sent (a bad field, a missing file): answer 500. */
    static final int INVALID = 3;
    /** A 101 head was written: hand the connection to the upgrade handler. */
    static final int UPGRADE = 4;

    private static final long NONE = -1;
    private static final long CHUNKED = -2;
    private static final long BAD = -3;
    private static final int SEEN_DATE = 1;
    private static final int SEEN_SERVER = 2;
    private static final int SEEN_CONNECTION = 4;
    private static final int SKIP = 8;
    private static final byte[] CONTENT_LENGTH = ascii("Content-Length: ");
    private static final byte[] CHUNKED_LINE = ascii("Transfer-Encoding: chunked\r\n");
    private static final byte[] CONNECTION_CLOSE = ascii("Connection: close\r\n");
    private static final byte[] CONNECTION_KEEP_ALIVE = ascii("Connection: keep-alive\r\n");
    private static final byte[] CONNECTION_UPGRADE = ascii("Connection: upgrade\r\n");
    private static final byte[] CRLF = ascii("\r\n");
    private static final System.Logger LOG = System.getLogger("dev.cairn.server");

    private final ConnectionOutput output;
    private final byte[] serverLine;
    private final FileSender files;
    private boolean headRequest;
    private boolean http10;
    private Journey journey;
    private long bodyBytes;

    ResponseWriter(ConnectionOutput output, String serverName, WritableByteChannel fileTarget) {
        this.output = output;
        this.serverLine = serverName.isEmpty() ? new byte[0] : ascii("Server: " + serverName + "\r\n");
        this.files = new FileSender(output, fileTarget);
    }

    /** Prepares for the response to one request. */
    void begin(boolean headRequest, boolean http10, Journey journey) {
        this.headRequest = headRequest;
        this.http10 = http10;
        this.journey = journey;
        this.bodyBytes = 0;
    }

    /** How many body bytes the last response sent. */
    long bodyBytes() {
        return bodyBytes;
    }

    /**
     * Writes the response; {@code keepAlive} says whether the connection may carry another request as far as the
     * request and the server are concerned.
     *
     * @return {@link #KEEP}, {@link #CLOSE}, {@link #CUT}, {@link #INVALID} or {@link #UPGRADE}
     */
    int send(Response response, boolean keepAlive) throws IOException {
        int status = response.status();
        boolean bodyless = headRequest || status < 200 || status == 204 || status == 304;
        Headers headers = response.headers();
        return switch (response.body()) {
            case ResponseBody.Bytes b -> sendBytes(status, headers, b.bytes(), bodyless, keepAlive);
            case ResponseBody.File f -> sendFile(status, headers, f, bodyless, keepAlive);
            case ResponseBody.Streamed s -> sendStreamed(status, headers, s.writer(), bodyless, keepAlive);
            case ResponseBody.Upgrade u -> writeHead(101, headers, NONE, false) == INVALID ? INVALID : UPGRADE;
        };
    }

    private int sendBytes(int status, Headers headers, byte[] bytes, boolean bodyless, boolean keepAlive)
            throws IOException {
        int result = writeHead(status, headers, declared(status, headers, bytes.length), keepAlive);
        if (result != INVALID && !bodyless) {
            output.write(bytes);
            bodyBytes = bytes.length;
        }
        return result;
    }

    private int sendFile(int status, Headers headers, ResponseBody.File file, boolean bodyless, boolean keepAlive)
            throws IOException {
        if (!files.open(file)) {
            return INVALID;
        }
        try {
            int result = writeHead(status, headers, declared(status, headers, file.length()), keepAlive);
            if (result == INVALID || bodyless) {
                return result;
            }
            bodyBytes = files.send(file);
            return bodyBytes == file.length() ? result : CUT;
        } finally {
            files.close();
        }
    }

    private int sendStreamed(int status, Headers headers, ResponseBody.Streamed.Writer writer, boolean bodyless,
            boolean keepAlive) throws IOException {
        long length = appLength(headers);
        if (length == BAD) {
            LOG.log(Level.ERROR, "the application's Content-Length is not a number; answering 500");
            return INVALID;
        }
        if (length == NONE && status >= 200 && status != 204 && status != 304 && !headRequest) {
            length = http10 ? NONE : CHUNKED;
        }
        boolean closeDelimited = length == NONE && !bodyless;
        int result = writeHead(status, headers, declared(status, headers, length), keepAlive && !closeDelimited);
        if (result == INVALID || bodyless) {
            return result;
        }
        BodySink sink = length >= 0
                ? new FixedLengthSink(output, length)
                : length == CHUNKED ? new ChunkedSink(output) : new CloseDelimitedSink(output);
        try {
            writer.writeTo(sink);
        } catch (IOException | RuntimeException e) {
            Level level = e instanceof RuntimeException ? Level.ERROR : Level.WARNING;
            LOG.log(level, "the streamed response body failed after its head; cutting the connection", e);
            bodyBytes = sink.written();
            return CUT;
        }
        boolean whole = sink.finish();
        bodyBytes = sink.written();
        return whole ? result : CUT;
    }

    /** The Content-Length to send: none for 1xx and 204, the application's for 304, else the body's. */
    private static long declared(int status, Headers headers, long natural) {
        if (status < 200 || status == 204) {
            return NONE;
        }
        if (status == 304) {
            long length = appLength(headers);
            return length >= 0 ? length : NONE;
        }
        return natural;
    }

    private static long appLength(Headers headers) {
        String value = headers.first("Content-Length");
        if (value == null) {
            return NONE;
        }
        if (value.isEmpty() || value.length() > 18) {
            return BAD;
        }
        long n = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return BAD;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Writes the head; returns {@link #KEEP}, {@link #CLOSE}, or {@link #INVALID} having written nothing. */
    private int writeHead(int status, Headers headers, long length, boolean keepAlive) throws IOException {
        output.beginHead();
        output.write(StatusLines.of(status));
        int seen = 0;
        for (int i = 0, n = headers.size(); i < n; i++) {
            String name = headers.name(i);
            int kind = kind(name);
            seen |= kind;
            if ((kind & SKIP) == 0 && !output.writeField(name, headers.value(i))) {
                output.rollbackHead();
                LOG.log(Level.ERROR, "the application set a field that cannot be sent (bad name, or CR/LF in "
                        + "the value); answering 500");
                return INVALID;
            }
        }
        if ((seen & SEEN_SERVER) == 0) {
            output.write(serverLine);
        }
        if ((seen & SEEN_DATE) == 0) {
            output.write(DateHeader.line());
        }
        if (length >= 0) {
            output.write(CONTENT_LENGTH);
            output.writeDecimal(length);
            output.write(CRLF);
        } else if (length == CHUNKED) {
            output.write(CHUNKED_LINE);
        }
        boolean close = !keepAlive
                || (seen & SEEN_CONNECTION) != 0 && headers.containsToken("Connection", "close");
        if (status == 101) {
            output.write(CONNECTION_UPGRADE);
        } else if (close) {
            output.write(CONNECTION_CLOSE);
        } else if (http10) {
            output.write(CONNECTION_KEEP_ALIVE);
        }
        output.write(CRLF);
        output.endHead();
        if (journey != null) {
            journey.record("server", "response head written", "head", HeadText.redacted(output.headText()));
        }
        return close ? CLOSE : KEEP;
    }

    /** What a field name means to the framing: the length test first keeps the common case to one compare. */
    private static int kind(String name) {
        return switch (name.length()) {
            case 4 -> name.equalsIgnoreCase("Date") ? SEEN_DATE : 0;
            case 6 -> name.equalsIgnoreCase("Server") ? SEEN_SERVER : 0;
            case 10 -> name.equalsIgnoreCase("Connection") ? SEEN_CONNECTION | SKIP : 0;
            case 14 -> name.equalsIgnoreCase("Content-Length") ? SKIP : 0;
            case 17 -> name.equalsIgnoreCase("Transfer-Encoding") ? SKIP : 0;
            default -> 0;
        };
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
