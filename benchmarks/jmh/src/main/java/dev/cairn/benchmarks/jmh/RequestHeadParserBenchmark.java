package dev.cairn.benchmarks.jmh;

import dev.cairn.http.HttpException;
import dev.cairn.http.HttpLimits;
import dev.cairn.http.RequestHead;
import dev.cairn.http.RequestHeadParser;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long {@link RequestHeadParser} takes to parse one whole request head that is already in memory: the request
 * line, every field, and the framing checks, ending in a {@link RequestHead}. Two heads bracket what a server sees:
 * a browser's navigation request (a long {@code User-Agent}, client hints, cookies) and the short head of
 * TechEmpower's plaintext test.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RequestHeadParserBenchmark {
    /** A navigation request as a current desktop Chrome sends it, with a session cookie. */
    static final byte[] BROWSER = ascii("""
            GET /articles/2025/cairns-of-the-north?ref=home&page=2 HTTP/1.1\r
            Host: www.example.com\r
            Connection: keep-alive\r
            sec-ch-ua: "Chromium";v="136", "Google Chrome";v="136", "Not.A/Brand";v="99"\r
            sec-ch-ua-mobile: ?0\r
            sec-ch-ua-platform: "Linux"\r
            Upgrade-Insecure-Requests: 1\r
            User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) \
            Chrome/136.0.0.0 Safari/537.36\r
            Accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,\
            */*;q=0.8,application/signed-exchange;v=b3;q=0.7\r
            Sec-Fetch-Site: same-origin\r
            Sec-Fetch-Mode: navigate\r
            Sec-Fetch-User: ?1\r
            Sec-Fetch-Dest: document\r
            Referer: https://www.example.com/\r
            Accept-Encoding: gzip, deflate, br, zstd\r
            Accept-Language: en-GB,en;q=0.9,fr;q=0.8\r
            Cookie: sessionid=4f1c2a9be07d4e3f8a6b1c0d2e3f4a5b; csrftoken=Zk3v9QpLr2XyT8uWm4Ns6Bd1Hc5Jf7Ga; theme=dark\r
            \r
            """);

    /** The head wrk sends in TechEmpower's plaintext test. */
    static final byte[] TECHEMPOWER = ascii("""
            GET /plaintext HTTP/1.1\r
            Host: tfb-server\r
            Accept: text/plain,text/html;q=0.9,application/xhtml+xml;q=0.9,application/xml;q=0.8,*/*;q=0.7\r
            Connection: keep-alive\r
            \r
            """);

    private RequestHeadParser parser;

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** One parser per thread, reused across heads as a connection reuses its own. */
    @Setup
    public void setUp() throws HttpException {
        parser = new RequestHeadParser(HttpLimits.DEFAULT);
        // Fail at set-up, not with a misleading number, if a head does not parse in one call.
        for (byte[] head : new byte[][]{BROWSER, TECHEMPOWER}) {
            if (parse(head) == null) {
                throw new IllegalStateException("benchmark head is incomplete");
            }
        }
    }

    private RequestHead parse(byte[] head) throws HttpException {
        parser.reset();
        return parser.parse(head, 0, head.length);
    }

    /** Parses the browser's head. */
    @Benchmark
    public RequestHead browser() throws HttpException {
        return parse(BROWSER);
    }

    /** Parses TechEmpower's short head. */
    @Benchmark
    public RequestHead techEmpower() throws HttpException {
        return parse(TECHEMPOWER);
    }
}
