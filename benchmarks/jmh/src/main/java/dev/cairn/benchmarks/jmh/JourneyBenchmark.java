package dev.cairn.benchmarks.jmh;

import dev.cairn.gateway.Application;
import dev.cairn.gateway.Connection;
import dev.cairn.gateway.Response;
import dev.cairn.http.Headers;
import dev.cairn.journey.Journey;
import dev.cairn.journey.JourneySink;
import dev.cairn.server.internal.Http1Connection;
import dev.cairn.server.internal.ServerConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What recording journeys costs the server, measured on its own request loop with no socket: an
 * {@link Http1Connection} reads {@value #PIPELINED} pipelined {@code GET} requests from a byte array, calls a
 * plaintext application for each, and writes the responses to a stream that discards them.
 *
 * <ul>
 * <li>{@code off}: no journey sink, as in production; recording must cost nothing measurable here.</li>
 * <li>{@code on}: every request's journey recorded and handed to a sink; the difference to {@code off} is what a
 * developer pays for seeing the journey.</li>
 * <li>{@code currentUnbound}: the check every layer makes when recording is off, {@link Journey#current()} with no
 * journey bound.</li>
 * </ul>
 *
 * <p>
 * The loop's time is reported per request ({@link OperationsPerInvocation}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JourneyBenchmark {
    /**
     * How many pipelined requests each connection carries: enough that setting the connection up (its buffers)
     * weighs little per request, as on a long-lived keep-alive connection.
     */
    static final int PIPELINED = 128;

    private static final byte[] HELLO = "Hello, World!".getBytes(StandardCharsets.US_ASCII);
    private static final Headers TEXT_PLAIN = Headers.of("Content-Type", "text/plain");
    private static final Application PLAINTEXT = request -> Response.of(200, TEXT_PLAIN, HELLO);
    private static final Connection CONNECTION = new Connection(1, new InetSocketAddress("127.0.0.1", 40000),
            new InetSocketAddress("127.0.0.1", 8000), false, null);

    private byte[] requests;
    private ServerConfig off;
    private ServerConfig on;
    /** The last journey the sink received, kept so the recording cannot be optimized away. */
    private Journey last;

    /** Builds the pipelined input and the two configurations. */
    @Setup
    public void setUp() throws IOException {
        String one = "GET /plaintext HTTP/1.1\r\nHost: bench\r\nAccept: text/plain\r\nConnection: keep-alive\r\n\r\n";
        requests = one.repeat(PIPELINED).getBytes(StandardCharsets.US_ASCII);
        off = ServerConfig.of(PLAINTEXT);
        JourneySink sink = journey -> last = journey;
        on = off.withJourneys(sink);
        // Fail at set-up if the loop does not answer every request, rather than time a loop that does less.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Http1Connection(new ByteArrayInputStream(requests), out, CONNECTION, on).run();
        int responses = count(out.toString(StandardCharsets.ISO_8859_1), "HTTP/1.1 200 ");
        if (last == null || responses != PIPELINED) {
            throw new IllegalStateException("expected " + PIPELINED + " responses and journeys, got " + responses
                    + " responses" + (last == null ? " and no journey" : ""));
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    private boolean serve(ServerConfig config) throws IOException {
        return new Http1Connection(new ByteArrayInputStream(requests), OutputStream.nullOutputStream(), CONNECTION,
                config).run();
    }

    /** The request loop with recording off. */
    @Benchmark
    @OperationsPerInvocation(PIPELINED)
    public boolean off() throws IOException {
        return serve(off);
    }

    /** The request loop with every journey recorded. */
    @Benchmark
    @OperationsPerInvocation(PIPELINED)
    public Journey on() throws IOException {
        serve(on);
        return last;
    }

    /** The null check each layer makes when recording is off. */
    @Benchmark
    public Journey currentUnbound() {
        return Journey.current();
    }
}
