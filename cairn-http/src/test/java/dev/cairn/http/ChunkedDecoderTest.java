package dev.cairn.http;

import static dev.cairn.http.Wire.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Chunked bodies (RFC 9112 §7.1): sizes, extensions, data, trailers, and the errors each can raise. */
class ChunkedDecoderTest {
    /** 16-byte chunk lines and trailer sections, a 100-byte body. */
    private static final HttpLimits SMALL = new HttpLimits(32, 96, 3, 100, 16);
    private static final HttpLimits LIMITS = HttpLimits.DEFAULT;

    static Stream<Arguments> validBodies() {
        return Stream.of(
                Arguments.of("0\r\n\r\n", "data= trailers={} next=5"),
                Arguments.of("5\r\nhello\r\n0\r\n\r\n", "data=hello trailers={} next=15"),
                Arguments.of("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", "data=hello world trailers={} next=26"),
                Arguments.of("A\r\n0123456789\r\na\r\nabcdefghij\r\n0\r\n\r\n",
                        "data=0123456789abcdefghij trailers={} next=35"),
                Arguments.of("0005\r\nhello\r\n000\r\n\r\n", "data=hello trailers={} next=20"),
                Arguments.of("5\r\nhe\r\nl\r\n0\r\n\r\n", "data=he\r\nl trailers={} next=15"),
                Arguments.of("5;name\r\nhello\r\n0;last\r\n\r\n", "data=hello trailers={} next=25"),
                Arguments.of("5;name=value\r\nhello\r\n0\r\n\r\n", "data=hello trailers={} next=26"),
                Arguments.of("5 ; name = value ;\tflag\r\nhello\r\n0\r\n\r\n", "data=hello trailers={} next=37"),
                Arguments.of("5;q=\"a \\\" ; b\"\r\nhello\r\n0\r\n\r\n", "data=hello trailers={} next=28"),
                Arguments.of("5;q=\"\"\r\nhello\r\n0\r\n\r\n", "data=hello trailers={} next=20"),
                Arguments.of("5;a=b;c=\"d\";e\r\nhello\r\n0\r\n\r\n", "data=hello trailers={} next=27"),
                Arguments.of("2\r\n\u00e9\u00ff\r\n0\r\n\r\n", "data=\u00e9\u00ff trailers={} next=12"),
                Arguments.of("5\r\nhello\r\n0\r\nExpires: never\r\nX-Sum:  1 \r\n\r\n",
                        "data=hello trailers={Expires: never, X-Sum: 1} next=43"),
                Arguments.of("0\r\nX:\r\n\r\n", "data= trailers={X: } next=9"),
                Arguments.of("5\r\nhello\r\n0\r\n\r\nGET / HTTP/1.1\r\n", "data=hello trailers={} next=15"),
                Arguments.of("0\r\nA: b\r\n\r\nGET / HTTP/1.1\r\n", "data= trailers={A: b} next=11"));
    }

    @ParameterizedTest
    @MethodSource("validBodies")
    void validBodyIsDecoded(String raw, String expected) {
        assertEquals(expected, ChunkedWire.whole(LIMITS, raw));
    }

    @ParameterizedTest
    @MethodSource("validBodies")
    void validBodyFedByteByByteIsDecodedTheSame(String raw, String expected) {
        assertEquals(expected, ChunkedWire.decode(LIMITS, raw, 1, Integer.MAX_VALUE));
    }

    @ParameterizedTest
    @MethodSource("validBodies")
    void validBodyTakenOneDataByteAtATimeIsDecodedTheSame(String raw, String expected) {
        assertEquals(expected, ChunkedWire.decode(LIMITS, raw, Integer.MAX_VALUE, 1));
        assertEquals(expected, ChunkedWire.decode(LIMITS, raw, 3, 2));
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                Arguments.of("x\r\n", "400 Invalid chunk size"),
                Arguments.of("\r\n", "400 Invalid chunk size"),
                Arguments.of(" 5\r\nhello\r\n", "400 Invalid chunk size"),
                Arguments.of("+5\r\nhello\r\n", "400 Invalid chunk size"),
                Arguments.of("-5\r\nhello\r\n", "400 Invalid chunk size"),
                Arguments.of("0x5\r\nhello\r\n", "400 Invalid chunk size"),
                Arguments.of("5g\r\nhello\r\n", "400 Invalid chunk size"),
                Arguments.of(";a\r\n", "400 Invalid chunk size"),
                Arguments.of("5 \r\nhello\r\n", "400 Invalid chunk size"),
                Arguments.of("5 6\r\nhello\r\n", "400 Invalid chunk size"),
                Arguments.of("5\t\r\nhello\r\n", "400 Invalid chunk size"),
                Arguments.of("5;\r\nhello\r\n", "400 Invalid chunk extension"),
                Arguments.of("5;=b\r\nhello\r\n", "400 Invalid chunk extension"),
                Arguments.of("5;a=\r\nhello\r\n", "400 Invalid chunk extension"),
                Arguments.of("5;a=b c\r\nhello\r\n", "400 Invalid chunk extension"),
                Arguments.of("5;a b\r\nhello\r\n", "400 Invalid chunk extension"),
                Arguments.of("5;a \r\nhello\r\n", "400 Invalid chunk extension"),
                Arguments.of("5;a=\"open\r\nhello\r\n", "400 Invalid chunk extension"),
                Arguments.of("5;a=\"\0\"\r\nhello\r\n", "400 Invalid chunk extension"),
                Arguments.of("5;a=\"x\"y\r\nhello\r\n", "400 Invalid chunk extension"),
                Arguments.of("5;a\0\r\nhello\r\n", "400 Invalid chunk extension"),
                Arguments.of("5\nhello\r\n", "400 Line ends in LF without CR"),
                Arguments.of("5\rhello\r\n", "400 CR not followed by LF"),
                Arguments.of("5\r\nhelloX\r\n0\r\n\r\n", "400 Missing CRLF after chunk data"),
                Arguments.of("5\r\nhello\rX0\r\n\r\n", "400 Missing CRLF after chunk data"),
                Arguments.of("5\r\nhello\n0\r\n\r\n", "400 Missing CRLF after chunk data"),
                Arguments.of("5\r\nhello0\r\n\r\n", "400 Missing CRLF after chunk data"),
                Arguments.of("3\r\nhello\r\n0\r\n\r\n", "400 Missing CRLF after chunk data"),
                Arguments.of("10000000000000000\r\n", "400 Chunk size overflows"),
                Arguments.of("8000000000000000\r\n", "400 Chunk size overflows"),
                Arguments.of("7fffffffffffffff\r\n", "413 Chunked body exceeds the body limit"),
                Arguments.of("0\r\nBad Name: x\r\n\r\n", "400 Whitespace in header name"),
                Arguments.of("0\r\n folded\r\n\r\n", "400 Whitespace before the first header field"),
                Arguments.of("0\r\nA: b\r\n folded\r\n\r\n", "400 Obsolete line folding in header field"),
                Arguments.of("0\r\nX: a\0\r\n\r\n", "400 Invalid character in header value"),
                Arguments.of("0\r\nX\r\n\r\n", "400 Missing colon in header field"),
                Arguments.of("0\r\n\rX", "400 CR not followed by LF"),
                Arguments.of("0\r\n\n", "400 Line ends in LF without CR"));
    }

    @ParameterizedTest
    @MethodSource("malformedBodies")
    void malformedBodyIsRejected(String raw, String expected) {
        assertEquals(expected, ChunkedWire.whole(LIMITS, raw));
    }

    @ParameterizedTest
    @MethodSource("malformedBodies")
    void malformedBodyFedByteByByteIsRejectedTheSame(String raw, String expected) {
        assertEquals(expected, ChunkedWire.decode(LIMITS, raw, 1, 1));
    }

    static Stream<Arguments> limits() {
        return Stream.of(
                Arguments.of("64\r\n" + "x".repeat(100) + "\r\n0\r\n\r\n",
                        "data=" + "x".repeat(100) + " trailers={} next=111"),
                Arguments.of("65\r\n", "413 Chunked body exceeds the body limit"),
                Arguments.of("32\r\n" + "x".repeat(50) + "\r\n33\r\n", "413 Chunked body exceeds the body limit"),
                Arguments.of("5;abcdefghijklmn\r\nhello\r\n0\r\n\r\n", "data=hello trailers={} next=30"),
                Arguments.of("5;abcdefghijklmno\r\nhello\r\n0\r\n\r\n", "400 Chunk line too long"),
                Arguments.of("00000000000000005\r\nhello\r\n", "400 Chunk line too long"),
                Arguments.of("0\r\nA: bcdefghijkl\r\n\r\n", "data= trailers={A: bcdefghijkl} next=21"),
                Arguments.of("0\r\nA: bcdefghijklm\r\n\r\n", "400 Trailer section too long"),
                Arguments.of("0\r\nA: b\r\nC: defgh\r\n\r\n", "data= trailers={A: b, C: defgh} next=21"),
                Arguments.of("0\r\nA: b\r\nC: d\r\nE: fg\r\n\r\n", "400 Trailer section too long"));
    }

    @ParameterizedTest
    @MethodSource("limits")
    void limitsAreEnforced(String raw, String expected) {
        assertEquals(expected, ChunkedWire.whole(SMALL, raw));
        assertEquals(expected, ChunkedWire.decode(SMALL, raw, 1, 7));
    }

    @Test
    void limitsAsLargeAsAnIntHoldsDoNotOverflow() {
        HttpLimits huge = new HttpLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE,
                Integer.MAX_VALUE);
        assertEquals("data=hello trailers={A: b} next=21", ChunkedWire.whole(huge, "5\r\nhello\r\n0\r\nA: b\r\n\r\n"));
        assertEquals("data=hello trailers={A: b} next=21",
                ChunkedWire.decode(huge, "5\r\nhello\r\n0\r\nA: b\r\n\r\n", 1, 1));
    }

    @Test
    void incompleteBodyAsksForMoreAndHandsOutWhatItHas() {
        assertEquals("incomplete data=hel", ChunkedWire.whole(LIMITS, "5\r\nhel"));
        assertEquals("incomplete data=hello", ChunkedWire.whole(LIMITS, "5\r\nhello\r\n0\r\n"));
        assertEquals("incomplete data=", ChunkedWire.whole(LIMITS, "5;a=\"x"));
    }

    @Test
    void tooLargeBodyIsRefusedBeforeItsDataArrives() {
        ChunkedDecoder d = new ChunkedDecoder(SMALL);
        byte[] b = bytes("65\r\n");
        HttpException e = assertThrows(HttpException.class, () -> d.decode(b, 0, b.length, 1024));
        assertEquals(413, e.status());
    }

    @Test
    void decodingAfterAnErrorThrowsItAgain() {
        ChunkedDecoder d = new ChunkedDecoder(LIMITS);
        byte[] b = bytes("x\r\n");
        HttpException e = assertThrows(HttpException.class, () -> d.decode(b, 0, b.length, 1024));
        assertSame(e, assertThrows(HttpException.class, () -> d.decode(b, 0, b.length, 1024)));
    }

    @Test
    void decodingAfterCompletionConsumesNothing() throws HttpException {
        ChunkedDecoder d = new ChunkedDecoder(LIMITS);
        byte[] b = bytes("0\r\n\r\nGET");
        assertEquals(5, d.decode(b, 0, b.length, 1024));
        assertTrue(d.isComplete());
        assertEquals(5, d.decode(b, 5, b.length, 1024));
        assertEquals(0, d.dataLength());
    }

    @Test
    void zeroMaxDataHandsOutNothingAndStopsAtTheData() throws HttpException {
        ChunkedDecoder d = new ChunkedDecoder(LIMITS);
        byte[] b = bytes("5\r\nhello\r\n0\r\n\r\n");
        assertEquals(3, d.decode(b, 0, b.length, 0));
        assertEquals(0, d.dataLength());
        assertEquals(8, d.decode(b, 3, b.length, 5));
        assertEquals(3, d.dataStart());
        assertEquals(5, d.dataLength());
    }

    @Test
    void resetReadiesTheDecoderForAnotherBody() throws HttpException {
        ChunkedDecoder d = new ChunkedDecoder(LIMITS);
        byte[] first = bytes("1\r\na\r\n0\r\nT: 1\r\n\r\n");
        int at = 0;
        while (!d.isComplete()) {
            at = d.decode(first, at, first.length, 1024);
        }
        assertEquals("1", d.trailers().first("T"));
        d.reset();
        assertFalse(d.isComplete());
        assertEquals(0, d.bodyBytes());
        assertTrue(d.trailers().isEmpty());
        assertEquals("data=xy trailers={} next=12", ChunkedWire.whole(LIMITS, "2\r\nxy\r\n0\r\n\r\n"));
    }

    @Test
    void trailersAreEmptyUntilComplete() throws HttpException {
        ChunkedDecoder d = new ChunkedDecoder(LIMITS);
        byte[] b = bytes("0\r\nA: b\r\n");
        assertEquals(b.length, d.decode(b, 0, b.length, 1024));
        assertTrue(d.trailers().isEmpty());
        assertFalse(d.isComplete());
    }
}
