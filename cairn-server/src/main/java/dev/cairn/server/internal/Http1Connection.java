package dev.cairn.server.internal;

import dev.cairn.gateway.Application;
import dev.cairn.gateway.Connection;
import dev.cairn.gateway.Request;
import dev.cairn.gateway.RequestBody;
import dev.cairn.gateway.Response;
import dev.cairn.gateway.ResponseBody;
import dev.cairn.http.ChunkedDecoder;
import dev.cairn.http.Headers;
import dev.cairn.http.HttpException;
import dev.cairn.http.HttpVersion;
import dev.cairn.http.RequestHead;
import dev.cairn.http.RequestHeadParser;
import dev.cairn.journey.Journey;
import dev.cairn.server.TrustedProxies;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP/1.1 request loop of one connection (RFC 9112): read a head, hand the request to the application,
 * write its response, and again, until either side ends the connection.
 *
 * <p>
 * Lifecycle of each request:
 * <ol>
 * <li>Wait up to the idle timeout for the first byte, then up to the head timeout for the whole head
 * (408 if it is late). Every complete head already buffered is parsed without reading; output is flushed only
 * when the loop is about to block on a read, so pipelined responses leave together.</li>
 * <li>Refuse a malformed or over-limit head with its status and close ({@link WireErrors}).</li>
 * <li>Call the application with the request and a body stream over the same buffer.</li>
 * <li>If a body read failed on the client's account, answer that status and close; if the application threw,
 * answer 500 and go on.</li>
 * <li>Drain the unread body (up to the limit) or decide to close; write the response, adding
 * {@code Connection: close} when the connection ends after it (RFC 9112 §9.6).</li>
 * <li>Log the request, hand the journey to its sink, and loop, or close.</li>
 * </ol>
 *
 * <p>
 * A client that ends its side in the middle of a head is closed silently, as nginx does: nobody is left to read
 * an error. A client that ends its side after whole requests still gets every response (half-close).
 *
 * <p>
 * Not thread-safe: one thread runs a connection, from start to end.
 */
public final class Http1Connection {
    private static final System.Logger LOG = System.getLogger("dev.cairn.server");
    private static final Response INTERNAL_ERROR = Response.text(500, "500 Internal Server Error");
    private static final RequestBody NO_BODY = RequestBody.empty();

    private final Connection connection;
    private final ServerConfig config;
    private final Application application;
    private final RequestRecorder recorder;
    private final ConnectionState state;
    private final ConnectionInput input;
    private final ConnectionOutput output;
    private final ResponseWriter writer;
    private final RequestHeadParser parser;
    private final long headTimeoutNanos;
    private final long idleTimeoutNanos;
    private final String scheme;
    private final String client;
    private long requests;
    private long parseNanos;
    /** Whether the connection ends with request bytes unread: it then closes lingering. */
    private boolean unread;
    private String rawHead;

    /**
     * A connection over in-memory streams, with no timeouts and no graceful stop: for benchmarks and tests.
     * {@link #run()} serves every request {@code in} holds and returns at its end.
     */
    public Http1Connection(InputStream in, OutputStream out, Connection connection, ServerConfig config) {
        this(Transport.of(in, out), connection, config, ConnectionState.detached());
    }

    /** A connection over {@code transport}, known to a stop through {@code state}. */
    public Http1Connection(Transport transport, Connection connection, ServerConfig config, ConnectionState state) {
        this.connection = connection;
        this.config = config;
        this.application = config.application();
        this.recorder = new RequestRecorder(connection, config.accessLog(), config.journeys());
        this.state = state;
        this.output = new ConnectionOutput(transport.out());
        this.input = new ConnectionInput(transport.in(), transport.timer(), output,
                config.limits().maxHeadBytes() + 1);
        this.writer = new ResponseWriter(output, config.serverName(), transport.fileTarget());
        this.parser = new RequestHeadParser(config.limits());
        this.headTimeoutNanos = config.timeouts().head().toNanos();
        this.idleTimeoutNanos = config.timeouts().idle().toNanos();
        // The connection's own scheme and client, worked out once; forwarding headers count only from trusted
        // proxies, and then per request.
        var direct = ProxyHeaders.resolve(connection.peer(), connection.secure(), Headers.empty(),
                TrustedProxies.none());
        this.scheme = direct.scheme();
        this.client = direct.client();
    }

    /**
     * Serves requests until the connection should end, and flushes what it wrote.
     *
     * @return whether the client may still be sending (after an error, an undrained body, or with requests left
     *         unanswered): the caller should then half-close and read a while before it closes (a lingering close),
     *         or the unread bytes could make the kernel reset the connection and destroy the response before the
     *         client reads it
     * @throws IOException when the client went away or the socket failed; the caller closes
     */
    public boolean run() throws IOException {
        while (true) {
            RequestHead head;
            try {
                head = nextHead();
            } catch (HttpException e) {
                int bytes = WireErrors.write(output, e.status(), e.getMessage());
                recorder.rejected(client, e.status(), bytes);
                output.flush();
                return true;
            }
            if (head == null) {
                output.flush();
                return false;
            }
            int outcome = exchange(head);
            if (outcome != ResponseWriter.KEEP) {
                output.flush();
                return outcome != ResponseWriter.UPGRADE && (unread || outcome == ResponseWriter.CUT
                        || input.available() > 0);
            }
        }
    }

    /** Reads the next head: null when the connection should close quietly (end of stream, idle, stopping). */
    private RequestHead nextHead() throws IOException, HttpException {
        parser.reset();
        parseNanos = 0;
        long deadline = 0;
        while (true) {
            if (input.start < input.end) {
                if (deadline == 0) {
                    deadline = System.nanoTime() + headTimeoutNanos;
                }
                RequestHead head = parse();
                if (head != null) {
                    return head;
                }
            }
            if (input.makeRoom(431)) {
                parser.reset(); // the bytes moved: scan the partial head again from its new place
            }
            boolean idle = input.start == input.end;
            if (idle) {
                state.idle();
                if (state.draining()) {
                    return null;
                }
            }
            long timeout = idle ? idleTimeoutNanos : deadline - System.nanoTime();
            int n;
            try {
                if (timeout <= 0) {
                    throw new SocketTimeoutException();
                }
                n = input.fill(timeout);
            } catch (SocketTimeoutException e) {
                if (idle) {
                    return null;
                }
                throw new HttpException(408, "the request head did not arrive within "
                        + config.timeouts().head().toMillis() + " ms");
            }
            if (n < 0 || idle && !state.busy()) {
                return null;
            }
        }
    }

    private RequestHead parse() throws HttpException {
        int from = input.start;
        if (!recorder.journeys()) {
            RequestHead head = parser.parse(input.buf, from, input.end);
            if (head != null) {
                input.start = from + parser.headLength();
            }
            return head;
        }
        long started = System.nanoTime();
        RequestHead head = parser.parse(input.buf, from, input.end);
        parseNanos += System.nanoTime() - started;
        if (head != null) {
            rawHead = new String(input.buf, from, parser.headLength(), StandardCharsets.ISO_8859_1);
            input.start = from + parser.headLength();
        }
        return head;
    }

    /** Serves one request whose head was read; returns what the response writer decided. */
    private int exchange(RequestHead head) throws IOException {
        requests++;
        Journey journey = recorder.begin(requests, rawHead, parseNanos);
        WireBody body = head.hasBody() ? body(head) : null;
        Request request = request(head, body);
        Response response = call(request, journey);
        if (body != null && body.failure() != null) {
            body.end();
            unread = true;
            int bytes = WireErrors.write(output, body.failure().status(), body.failure().getMessage());
            recorder.finish(request, journey, body.failure().status(), bytes);
            return ResponseWriter.CLOSE;
        }
        if (response == null) {
            response = INTERNAL_ERROR;
        }
        boolean streamed = response.body() instanceof ResponseBody.Streamed;
        boolean keepAlive = head.keepAlive() && !state.draining() && (body == null || keepAfter(body, streamed));
        writer.begin(head.method().equals("HEAD"), head.version() == HttpVersion.HTTP_1_0, journey);
        int outcome = writer.send(response, keepAlive);
        if (outcome == ResponseWriter.INVALID) {
            response = INTERNAL_ERROR;
            outcome = writer.send(response, keepAlive);
        }
        if (body != null && streamed) {
            outcome = afterStreamed(body, outcome);
        }
        recorder.finish(request, journey, response.status(), writer.bodyBytes());
        if (outcome == ResponseWriter.UPGRADE) {
            upgrade((ResponseBody.Upgrade) response.body());
        }
        return outcome;
    }

    /**
     * Whether the connection can carry another request once this body is dealt with. A body not streamed back is
     * drained now, before the head, so the head can say {@code Connection: close} when draining fails. A
     * streamed response's writer may still read the body, so it is drained after, when that is at all likely to
     * work.
     */
    private boolean keepAfter(WireBody body, boolean streamed) {
        if (streamed) {
            return !body.continueOwed() && !body.knownLongerThan(config.maxDrainBytes());
        }
        boolean drained = body.drain(config.maxDrainBytes());
        body.end();
        unread |= !drained;
        return drained;
    }

    private int afterStreamed(WireBody body, int outcome) {
        boolean drained = body.drain(config.maxDrainBytes());
        body.end();
        unread |= !drained;
        if (outcome == ResponseWriter.KEEP && !drained) {
            return ResponseWriter.CLOSE; // legal without the header: a server may close between responses
        }
        return outcome;
    }

    private WireBody body(RequestHead head) {
        // RFC 9110 §10.1.1: a 1.0 client cannot understand a 100 response, so it is never sent one.
        boolean expect = head.expectContinue() && head.version() == HttpVersion.HTTP_1_1;
        if (head.chunked()) {
            return new ChunkedBody(input, output, expect, idleTimeoutNanos, new ChunkedDecoder(config.limits()));
        }
        return new ContentLengthBody(input, output, expect, idleTimeoutNanos, head.contentLength());
    }

    private Request request(RequestHead head, WireBody body) {
        RequestBody requestBody = body == null ? NO_BODY : body;
        if (config.trustedProxies() == null) {
            return new Request(head.method(), head.target(), head.version().text(), head.headers(), requestBody,
                    scheme, client, connection);
        }
        var forwarded = ProxyHeaders.resolve(connection.peer(), connection.secure(), head.headers(),
                config.trustedProxies());
        return new Request(head.method(), head.target(), head.version().text(), head.headers(), requestBody,
                forwarded.scheme(), forwarded.client(), connection);
    }

    /** Calls the application; null when it failed (logged), so the caller answers 500. */
    private Response call(Request request, Journey journey) {
        try {
            Response response = journey == null
                    ? application.handle(request)
                    : journey.carry(() -> application.handle(request));
            if (response == null || response.status() < 200 && response.status() != 101) {
                LOG.log(Level.ERROR, "the application answered request " + connection.id() + "-" + requests
                        + " with " + (response == null ? "null" : "a 1xx status") + "; answering 500");
                return null;
            }
            return response;
        } catch (BodyException e) {
            return null; // the client's fault, answered with the body's own status
        } catch (Exception | StackOverflowError | AssertionError | LinkageError e) {
            LOG.log(Level.ERROR, "the application failed on request " + connection.id() + "-" + requests
                    + "; answering 500", e);
            return null;
        }
    }

    /** Hands the connection to the protocol it switched to (RFC 9110 §7.8); the caller closes it after. */
    private void upgrade(ResponseBody.Upgrade upgrade) throws IOException {
        output.flush();
        try {
            upgrade.handler().run(input.rest(), output.stream());
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "an upgraded connection ended with an error", e);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "an upgrade handler failed", e);
        }
    }

}
