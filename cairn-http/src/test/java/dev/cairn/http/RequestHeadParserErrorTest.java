package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed heads and the exact status and message each gets (RFC 9112, RFC 9110 §15). */
class RequestHeadParserErrorTest {
    private static final HttpLimits LIMITS = HttpLimits.DEFAULT;
    private static final String H = "Host: a\r\n";

    static Stream<Arguments> requestLines() {
        return Stream.of(
                bad(" GET / HTTP/1.1\r\n", 400, "Missing method"),
                bad("G\0ET / HTTP/1.1\r\n", 400, "Invalid character in method"),
                bad("GE(T / HTTP/1.1\r\n", 400, "Invalid character in method"),
                bad("GET\t/ HTTP/1.1\r\n", 400, "Invalid character in method"),
                bad("GET\r\n\r\n", 400, "Malformed request line"),
                bad("GET  / HTTP/1.1\r\n", 400, "Missing request target"),
                bad("GET /a\u00e9 HTTP/1.1\r\n", 400, "Invalid character in request target"),
                bad("GET /a\0 HTTP/1.1\r\n", 400, "Invalid character in request target"),
                bad("GET /a\tb HTTP/1.1\r\n", 400, "Invalid character in request target"),
                bad("GET /a\u007f HTTP/1.1\r\n", 400, "Invalid character in request target"),
                bad("GET /\r\n\r\n", 400, "Malformed request line"),
                bad("GET /  HTTP/1.1\r\n", 400, "Malformed HTTP version"),
                bad("GET / HTTP/1.1 \r\n", 400, "Malformed HTTP version"),
                bad("GET / HTTP/1\r\n", 400, "Malformed HTTP version"),
                bad("GET / http/1.1\r\n", 400, "Malformed HTTP version"),
                bad("GET / HTTP/1.1x\r\n", 400, "Malformed HTTP version"),
                bad("GET / HTTP/1.10\r\n", 400, "Malformed HTTP version"),
                bad("GET / HTTP/1.\u00e9\r\n", 400, "Malformed HTTP version"),
                bad("GET / HTTP/2.0\r\n", 505, "HTTP version not supported"),
                bad("GET / HTTP/1.2\r\n", 505, "HTTP version not supported"),
                bad("GET / HTTP/0.9\r\n", 505, "HTTP version not supported"),
                bad("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 505, "HTTP version not supported"),
                bad("CONNECT example.com:443 HTTP/1.1\r\n", 501, "CONNECT is not supported"),
                bad("GET * HTTP/1.1\r\n", 400, "Asterisk-form request target is only allowed for OPTIONS"),
                bad("OPTIONS ** HTTP/1.1\r\n", 400, "Invalid request target form"),
                bad("GET example.com HTTP/1.1\r\n", 400, "Invalid request target form"),
                bad("GET example.com:80 HTTP/1.1\r\n", 400, "Invalid request target form"),
                bad("GET ftp://example.com/ HTTP/1.1\r\n", 400, "Invalid request target form"),
                bad("GET http:///a HTTP/1.1\r\n", 400, "Invalid request target form"),
                bad("GET http:// HTTP/1.1\r\n", 400, "Invalid request target form"),
                bad("GET http:/a HTTP/1.1\r\n", 400, "Invalid request target form"),
                bad("GET http://user:pw@example.com/ HTTP/1.1\r\n", 400, "Userinfo in request target"),
                bad("GET https://bank.example@evil.example HTTP/1.1\r\n", 400, "Userinfo in request target"));
    }

    static Stream<Arguments> lineEndings() {
        return Stream.of(
                bad("GET / HTTP/1.1\nHost: a\n\n", 400, "Line ends in LF without CR"),
                bad("GET / HTTP/1.1\r\nHost: a\n\r\n", 400, "Line ends in LF without CR"),
                bad("GET / HTTP/1.1\r\nHost: a\r\n\n", 400, "Line ends in LF without CR"),
                bad("GET /\n", 400, "Line ends in LF without CR"),
                bad("GET\n", 400, "Line ends in LF without CR"),
                bad("\nGET / HTTP/1.1\r\n", 400, "Line ends in LF without CR"),
                bad("GET / HTTP/1.1\r\nHost\n", 400, "Line ends in LF without CR"),
                bad("GET / HTTP/1.1\r\nHost: a\r\r\n", 400, "CR not followed by LF"),
                bad("GET / HTTP/1.1\rHost: a\r\n", 400, "CR not followed by LF"),
                bad("GET / HTTP/1.1\r\nHost: a\r\n\rX", 400, "CR not followed by LF"),
                bad("\rGET / HTTP/1.1\r\n", 400, "CR not followed by LF"),
                bad("GET / HTTP/1.1\r\nConnection: keep\ralive\r\n", 400, "CR not followed by LF"));
    }

    static Stream<Arguments> fieldLines() {
        return Stream.of(
                bad("GET / HTTP/1.1\r\n Host: a\r\n\r\n", 400, "Whitespace before the first header field"),
                bad("GET / HTTP/1.1\r\nHost: a\r\nX: b\r\n folded\r\n\r\n", 400,
                        "Obsolete line folding in header field"),
                bad("GET / HTTP/1.1\r\nHost: a\r\nX: b\r\n\tfolded\r\n\r\n", 400,
                        "Obsolete line folding in header field"),
                bad("GET / HTTP/1.1\r\nHost : a\r\n\r\n", 400, "Whitespace in header name"),
                bad("GET / HTTP/1.1\r\nHost\t: a\r\n\r\n", 400, "Whitespace in header name"),
                bad("GET / HTTP/1.1\r\nHo st: a\r\n\r\n", 400, "Whitespace in header name"),
                bad("GET / HTTP/1.1\r\n: a\r\n\r\n", 400, "Empty header name"),
                bad("GET / HTTP/1.1\r\nHost\r\n\r\n", 400, "Missing colon in header field"),
                bad("GET / HTTP/1.1\r\nH\0st: a\r\n\r\n", 400, "Invalid character in header name"),
                bad("GET / HTTP/1.1\r\nX(y): a\r\n\r\n", 400, "Invalid character in header name"),
                bad("GET / HTTP/1.1\r\nX\u00e9: a\r\n\r\n", 400, "Invalid character in header name"),
                bad("GET / HTTP/1.1\r\nX: a\0b\r\n\r\n", 400, "Invalid character in header value"),
                bad("GET / HTTP/1.1\r\nX: a\u007fb\r\n\r\n", 400, "Invalid character in header value"),
                bad("GET / HTTP/1.1\r\nX: a\u000bb\r\n\r\n", 400, "Invalid character in header value"),
                bad("GET / HTTP/1.1\r\nX: \u001b[31m\r\n\r\n", 400, "Invalid character in header value"));
    }

    static Stream<Arguments> hosts() {
        return Stream.of(
                bad("GET / HTTP/1.1\r\n\r\n", 400, "Missing Host header"),
                bad("GET / HTTP/1.1\r\nX: a\r\n\r\n", 400, "Missing Host header"),
                bad("GET / HTTP/1.1\r\nHost: a\r\nhost: a\r\n\r\n", 400, "Repeated Host header"),
                bad("GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n", 400, "Repeated Host header"),
                bad("GET / HTTP/1.1\r\nHost: a b\r\n\r\n", 400, "Invalid Host header"),
                bad("GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", 400, "Invalid Host header"),
                bad("GET / HTTP/1.1\r\nHost: [::1\r\n\r\n", 400, "Invalid Host header"),
                bad("GET / HTTP/1.1\r\nHost: a:8x\r\n\r\n", 400, "Invalid Host header"),
                bad("GET / HTTP/1.1\r\nHost: :80\r\n\r\n", 400, "Invalid Host header"),
                bad("GET / HTTP/1.1\r\nHost: a@b\r\n\r\n", 400, "Invalid Host header"));
    }

    static Stream<Arguments> contentLengths() {
        return Stream.of(
                bad(cl("-1"), 400, "Invalid Content-Length"),
                bad(cl("+1"), 400, "Invalid Content-Length"),
                bad(cl(""), 400, "Invalid Content-Length"),
                bad(cl("1 2"), 400, "Invalid Content-Length"),
                bad(cl("42,"), 400, "Invalid Content-Length"),
                bad(cl(",42"), 400, "Invalid Content-Length"),
                bad(cl("0x10"), 400, "Invalid Content-Length"),
                bad(cl("1.5"), 400, "Invalid Content-Length"),
                bad(cl("42, 43"), 400, "Conflicting Content-Length"),
                bad(cl("42") + "Content-Length: 43\r\n", 400, "Conflicting Content-Length"),
                bad(cl("99999999999999999999"), 400, "Content-Length overflows"),
                bad(cl("9223372036854775808"), 400, "Content-Length overflows"),
                bad(cl("9223372036854775807"), 413, "Content-Length exceeds the body limit"),
                bad(cl(Long.toString(10L * 1024 * 1024 + 1)), 413, "Content-Length exceeds the body limit"));
    }

    static Stream<Arguments> transferEncodings() {
        return Stream.of(
                bad(te("chunked") + "Content-Length: 3\r\n", 400, "Transfer-Encoding with Content-Length"),
                bad(cl("3") + "Transfer-Encoding: chunked\r\n", 400, "Transfer-Encoding with Content-Length"),
                bad(te("gzip"), 400, "Transfer-Encoding does not end in chunked"),
                bad(te("chunked, gzip"), 400, "Transfer-Encoding does not end in chunked"),
                bad(te("chunked") + "Transfer-Encoding: gzip\r\n", 400, "Transfer-Encoding does not end in chunked"),
                bad(te(""), 400, "Transfer-Encoding does not end in chunked"),
                bad(te("chunked, chunked"), 400, "Transfer-Encoding applies chunked more than once"),
                bad(te("chunked") + "Transfer-Encoding: chunked\r\n", 400,
                        "Transfer-Encoding applies chunked more than once"),
                bad(te("chunked;a=b"), 400, "Invalid Transfer-Encoding"),
                bad(te("ch@nked"), 400, "Invalid Transfer-Encoding"),
                bad(te("gzip, chunked"), 501, "Unsupported transfer coding"),
                bad(te("identity, chunked"), 501, "Unsupported transfer coding"),
                bad("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", 400,
                        "Transfer-Encoding in an HTTP/1.0 request"));
    }

    static Stream<Arguments> expectations() {
        return Stream.of(
                bad("PUT / HTTP/1.1\r\n" + H + "Expect: 100-continuex\r\n\r\n", 417, "Unsupported expectation"),
                bad("PUT / HTTP/1.1\r\n" + H + "Expect: 100-continue, foo\r\n\r\n", 417, "Unsupported expectation"),
                bad("PUT / HTTP/1.1\r\n" + H + "Expect:\r\n\r\n", 417, "Unsupported expectation"),
                bad("PUT / HTTP/1.0\r\nExpect: 200-ok\r\n\r\n", 417, "Unsupported expectation"));
    }

    private static String cl(String value) {
        return "POST / HTTP/1.1\r\n" + H + "Content-Length: " + value + "\r\n";
    }

    private static String te(String value) {
        return "POST / HTTP/1.1\r\n" + H + "Transfer-Encoding: " + value + "\r\n";
    }

    /** A malformed head; those built by cl() and te() are completed with the blank line. */
    private static Arguments bad(String raw, int status, String message) {
        String head = raw.startsWith("POST / HTTP/1.1\r\n" + H) ? raw + "\r\n" : raw;
        return Arguments.of(head, status + " " + message);
    }

    static Stream<Arguments> all() {
        return Stream.of(requestLines(), lineEndings(), fieldLines(), hosts(), contentLengths(), transferEncodings(),
                expectations()).flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("requestLines")
    void malformedRequestLineIsRejected(String raw, String expected) {
        assertEquals(expected, Wire.whole(LIMITS, raw));
    }

    @ParameterizedTest
    @MethodSource("lineEndings")
    void bareCrOrLfIsRejected(String raw, String expected) {
        assertEquals(expected, Wire.whole(LIMITS, raw));
    }

    @ParameterizedTest
    @MethodSource("fieldLines")
    void malformedFieldLineIsRejected(String raw, String expected) {
        assertEquals(expected, Wire.whole(LIMITS, raw));
    }

    @ParameterizedTest
    @MethodSource("hosts")
    void missingRepeatedOrInvalidHostIsRejected(String raw, String expected) {
        assertEquals(expected, Wire.whole(LIMITS, raw));
    }

    @ParameterizedTest
    @MethodSource("contentLengths")
    void badContentLengthIsRejected(String raw, String expected) {
        assertEquals(expected, Wire.whole(LIMITS, raw));
    }

    @ParameterizedTest
    @MethodSource("transferEncodings")
    void badTransferEncodingIsRejected(String raw, String expected) {
        assertEquals(expected, Wire.whole(LIMITS, raw));
    }

    @ParameterizedTest
    @MethodSource("expectations")
    void expectationOtherThanContinueIsAnswered417(String raw, String expected) {
        assertEquals(expected, Wire.whole(LIMITS, raw));
    }

    @ParameterizedTest
    @MethodSource("all")
    void errorFedByteByByteIsTheSameError(String raw, String expected) {
        assertEquals(expected, Wire.byteByByte(LIMITS, raw));
    }

    @ParameterizedTest
    @MethodSource("all")
    void errorSplitAnywhereIsTheSameError(String raw, String expected) {
        for (int at = 0; at <= raw.length(); at++) {
            assertEquals(expected, Wire.split(LIMITS, raw, at), "split at " + at);
        }
    }
}
