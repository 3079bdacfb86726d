package dev.cairn.http;

import static dev.cairn.http.Wire.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The size limits (414, 431, 413), and how early the parser gives up on bytes it cannot accept. */
class RequestHeadLimitsTest {
    /** A 32-byte request line, a 96-byte head, 3 fields, a 100-byte body. */
    private static final HttpLimits SMALL = new HttpLimits(32, 96, 3, 100, 16);

    private static String line(int length) {
        String prefix = "GET /";
        String suffix = " HTTP/1.1";
        return prefix + "a".repeat(length - prefix.length() - suffix.length()) + suffix + "\r\n";
    }

    @Test
    void requestLineAtTheLimitIsAccepted() {
        assertEquals("GET /" + "a".repeat(18) + " HTTP/1.1 cl=0 keep-alive {Host: a}",
                Wire.whole(SMALL, line(32) + "Host: a\r\n\r\n"));
    }

    @Test
    void requestLineOverTheLimitIs414AsSoonAsTheExtraByteArrives() {
        Wire.Fed fed = Wire.fed(SMALL, line(33) + "Host: a\r\n\r\n");
        assertEquals(new Wire.Fed("414 Request line too long", 33), fed);
    }

    @Test
    void requestLineOverTheLimitIs414EvenWithoutItsVersion() {
        assertEquals(new Wire.Fed("414 Request line too long", 33), Wire.fed(SMALL, "GET /" + "a".repeat(40)));
        assertEquals(new Wire.Fed("414 Request line too long", 33), Wire.fed(SMALL, "A".repeat(40)));
    }

    @Test
    void requestLineLimitStartsAfterLeadingEmptyLines() {
        assertEquals("GET /" + "a".repeat(18) + " HTTP/1.1 cl=0 keep-alive {Host: a}",
                Wire.whole(SMALL, "\r\n\r\n" + line(32) + "Host: a\r\n\r\n"));
    }

    @Test
    void headAtTheLimitIsAccepted() {
        String head = line(32) + "Host: a\r\nX: " + "v".repeat(96 - 34 - 9 - 5 - 2) + "\r\n\r\n";
        assertEquals(96, head.length());
        assertEquals(96, Wire.fed(SMALL, head).bytesGiven());
        assertEquals("GET", Wire.whole(SMALL, head).substring(0, 3));
    }

    @Test
    void headOverTheLimitIs431AsSoonAsTheExtraByteArrives() {
        String head = line(32) + "Host: a\r\nX: " + "v".repeat(96 - 34 - 9 - 5 - 1) + "\r\n\r\n";
        assertEquals(97, head.length());
        assertEquals(new Wire.Fed("431 Request head too large", 97), Wire.fed(SMALL, head));
        assertEquals("431 Request head too large", Wire.whole(SMALL, head + "more"));
    }

    @Test
    void emptyLinesBeforeTheRequestCountTowardsTheHeadLimit() {
        assertEquals(new Wire.Fed("431 Request head too large", 97), Wire.fed(SMALL, "\r\n".repeat(60)));
    }

    @Test
    void fieldCountAtTheLimitIsAccepted() {
        assertEquals("GET / HTTP/1.1 cl=0 keep-alive {Host: a, B: b, C: c}",
                Wire.whole(SMALL, "GET / HTTP/1.1\r\nHost: a\r\nB: b\r\nC: c\r\n\r\n"));
    }

    @Test
    void fieldCountOverTheLimitIs431AtTheFirstByteOfTheExtraField() {
        String head = "GET / HTTP/1.1\r\nHost: a\r\nB: b\r\nC: c\r\nD: d\r\n\r\n";
        assertEquals(new Wire.Fed("431 Too many header fields", head.indexOf("D:") + 1), Wire.fed(SMALL, head));
    }

    @Test
    void contentLengthOverTheBodyLimitIs413() {
        assertEquals("413 Content-Length exceeds the body limit",
                Wire.whole(SMALL, "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 101\r\n\r\n"));
        assertEquals("POST / HTTP/1.1 cl=100 keep-alive {Host: a, Content-Length: 100}",
                Wire.whole(SMALL, "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\n"));
    }

    @Test
    void defaultLimitsAcceptAHundredFieldsAndA64KiBHead() {
        StringBuilder sb = new StringBuilder("GET / HTTP/1.1\r\nHost: a\r\n");
        for (int i = 1; i < 100; i++) {
            sb.append("X-").append(i).append(": ").append("v".repeat(600)).append("\r\n");
        }
        String head = sb.append("\r\n").toString();
        assertEquals("GET / HTTP/1.1", Wire.whole(HttpLimits.DEFAULT, head).substring(0, 14));
    }

    /** Bad bytes and where a byte-at-a-time feed must already have failed: at the offending byte. */
    static Stream<Arguments> earlyErrors() {
        return Stream.of(
                Arguments.of("G\0ET / HTTP/1.1\r\nHost: a\r\n\r\n", 2),
                Arguments.of("GET /\0 HTTP/1.1\r\nHost: a\r\n\r\n", 6),
                Arguments.of("GET / HTTP/2.0\r\nHost: a\r\n\r\n", 14),
                Arguments.of("GET / http/1.1\r\nHost: a\r\n\r\n", 14),
                Arguments.of("GET / HTTP/1.1x\r\nHost: a\r\n\r\n", 15),
                Arguments.of("GET / HTTP/1.1\r\nHo\0st: a\r\n\r\n", 19),
                Arguments.of("GET / HTTP/1.1\r\nHost: a\0\r\n\r\n", 24),
                Arguments.of("GET / HTTP/1.1\nHost: a\r\n\r\n", 15),
                Arguments.of("GET / HTTP/1.1\r\n folded: a\r\n\r\n", 17),
                Arguments.of("POST / HTTP/1.1\r\nContent-Length: x\r\nHost: a\r\n\r\n", 36),
                Arguments.of("CONNECT a:1 HTTP/1.1\r\nHost: a\r\n\r\n", 22));
    }

    @ParameterizedTest
    @MethodSource("earlyErrors")
    void errorIsDetectedAtTheOffendingByteNotAtTheEndOfTheHead(String raw, int bytesGiven) {
        assertEquals(bytesGiven, Wire.fed(HttpLimits.DEFAULT, raw).bytesGiven());
        assertEquals(Wire.whole(HttpLimits.DEFAULT, raw), Wire.fed(HttpLimits.DEFAULT, raw).outcome());
    }

    @Test
    void byteByByteFeedOfALargeHeadScansEachByteOnce() throws HttpException {
        // 64 KiB fed one byte at a time would take seconds if each call rescanned from the start.
        StringBuilder sb = new StringBuilder("GET / HTTP/1.1\r\nHost: a\r\n");
        for (int i = 0; i < 60; i++) {
            sb.append("X-").append(i).append(": ").append("v".repeat(1000)).append("\r\n");
        }
        byte[] b = bytes(sb.append("\r\n").toString());
        RequestHeadParser p = new RequestHeadParser(HttpLimits.DEFAULT);
        long start = System.nanoTime();
        for (int n = 1; n < b.length; n++) {
            assertNull(p.parse(b, 0, n));
        }
        assertEquals(61, p.parse(b, 0, b.length).headers().size());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(true, millis < 2_000, "took " + millis + " ms");
    }

    @Test
    void limitsAsLargeAsAnIntHoldsDoNotOverflow() throws HttpException {
        HttpLimits huge = new HttpLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE,
                Integer.MAX_VALUE);
        byte[] b = bytes("0123456789GET /x HTTP/1.1\r\nHost: a\r\n\r\n");
        RequestHead head = new RequestHeadParser(huge).parse(b, 10, b.length);
        assertEquals("/x", head.target());
    }

    @Test
    void limitsMustBeConsistent() {
        assertThrows(IllegalArgumentException.class, () -> new HttpLimits(100, 50, 10, 10, 10));
    }
}
