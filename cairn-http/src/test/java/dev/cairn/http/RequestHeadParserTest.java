package dev.cairn.http;

import static dev.cairn.http.Wire.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Well-formed heads, and what the parser makes of them (RFC 9112 §2–§6, RFC 9110 §5). */
class RequestHeadParserTest {
    private static final HttpLimits LIMITS = HttpLimits.DEFAULT;

    static Stream<Arguments> validHeads() {
        return Stream.of(
                valid("GET / HTTP/1.1\r\nHost: a\r\n\r\n", "GET / HTTP/1.1 cl=0 keep-alive {Host: a}"),
                valid("GET / HTTP/1.0\r\n\r\n", "GET / HTTP/1.0 cl=0 close {}"),
                valid("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
                        "GET / HTTP/1.0 cl=0 keep-alive {Connection: keep-alive}"),
                valid("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\nHost: a\r\n\r\n",
                        "GET / HTTP/1.0 cl=0 keep-alive {Connection: Keep-Alive, Host: a}"),
                valid("GET / HTTP/1.0\r\nConnection: keep-alive, close\r\n\r\n",
                        "GET / HTTP/1.0 cl=0 close {Connection: keep-alive, close}"),
                valid("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
                        "GET / HTTP/1.1 cl=0 close {Host: a, Connection: close}"),
                valid("GET / HTTP/1.1\r\nHost: a\r\nConnection: upgrade\r\nConnection: CLOSE\r\n\r\n",
                        "GET / HTTP/1.1 cl=0 close {Host: a, Connection: upgrade, Connection: CLOSE}"),
                valid("GET / HTTP/1.1\r\nHost: a\r\nConnection: closed\r\n\r\n",
                        "GET / HTTP/1.1 cl=0 keep-alive {Host: a, Connection: closed}"),
                valid("POST /f HTTP/1.1\r\nHost: a\r\nContent-Length: 42\r\n\r\n",
                        "POST /f HTTP/1.1 cl=42 keep-alive {Host: a, Content-Length: 42}"),
                valid("POST /f HTTP/1.1\r\nHost: a\r\nContent-Length: 42, 42\r\n\r\n",
                        "POST /f HTTP/1.1 cl=42 keep-alive {Host: a, Content-Length: 42, 42}"),
                valid("POST /f HTTP/1.1\r\nHost: a\r\nContent-Length: 42\r\ncontent-length:42\r\n\r\n",
                        "POST /f HTTP/1.1 cl=42 keep-alive {Host: a, Content-Length: 42, content-length: 42}"),
                valid("POST /f HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n",
                        "POST /f HTTP/1.1 cl=0 keep-alive {Host: a, Content-Length: 0}"),
                valid("POST /f HTTP/1.1\r\nHost: a\r\nContent-Length: 007\r\n\r\n",
                        "POST /f HTTP/1.1 cl=7 keep-alive {Host: a, Content-Length: 007}"),
                valid("POST /f HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n",
                        "POST /f HTTP/1.1 cl=-1 keep-alive {Host: a, Transfer-Encoding: chunked}"),
                valid("POST /f HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n\r\n",
                        "POST /f HTTP/1.1 cl=-1 keep-alive {Host: a, Transfer-Encoding: Chunked}"),
                valid("POST /f HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: ,\r\nTransfer-Encoding: chunked\r\n\r\n",
                        "POST /f HTTP/1.1 cl=-1 keep-alive {Host: a, Transfer-Encoding: ,, "
                                + "Transfer-Encoding: chunked}"),
                valid("PUT /f HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n",
                        "PUT /f HTTP/1.1 cl=5 keep-alive 100-continue {Host: a, Expect: 100-continue, "
                                + "Content-Length: 5}"),
                valid("PUT /f HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\n\r\n",
                        "PUT /f HTTP/1.1 cl=0 keep-alive 100-continue {Host: a, Expect: 100-Continue}"),
                valid("PUT /f HTTP/1.0\r\nExpect: 100-continue\r\n\r\n",
                        "PUT /f HTTP/1.0 cl=0 close {Expect: 100-continue}"),
                valid("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n", "OPTIONS * HTTP/1.1 cl=0 keep-alive {Host: a}"),
                valid("GET http://example.com/a?b HTTP/1.1\r\nHost: other\r\n\r\n",
                        "GET http://example.com/a?b HTTP/1.1 cl=0 keep-alive {Host: other}"),
                valid("GET http://example.com/a@b?c@d HTTP/1.1\r\nHost: a\r\n\r\n",
                        "GET http://example.com/a@b?c@d HTTP/1.1 cl=0 keep-alive {Host: a}"),
                valid("GET HTTPS://example.com HTTP/1.1\r\nHost: a\r\n\r\n",
                        "GET HTTPS://example.com HTTP/1.1 cl=0 keep-alive {Host: a}"),
                valid("PURGE /a HTTP/1.1\r\nHost: a\r\n\r\n", "PURGE /a HTTP/1.1 cl=0 keep-alive {Host: a}"),
                valid("M-SEARCH! /a HTTP/1.1\r\nHost: a\r\n\r\n", "M-SEARCH! /a HTTP/1.1 cl=0 keep-alive {Host: a}"),
                valid("get / HTTP/1.1\r\nHost: a\r\n\r\n", "get / HTTP/1.1 cl=0 keep-alive {Host: a}"),
                valid("GET /a%20b?c=d&e=/f;g#h HTTP/1.1\r\nHost: a\r\n\r\n",
                        "GET /a%20b?c=d&e=/f;g#h HTTP/1.1 cl=0 keep-alive {Host: a}"),
                valid("GET / HTTP/1.1\r\nhOsT: a\r\n\r\n", "GET / HTTP/1.1 cl=0 keep-alive {hOsT: a}"),
                valid("GET / HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n",
                        "GET / HTTP/1.1 cl=0 keep-alive {Host: [::1]:8080}"),
                valid("GET / HTTP/1.1\r\nHost: 127.0.0.1:80\r\n\r\n",
                        "GET / HTTP/1.1 cl=0 keep-alive {Host: 127.0.0.1:80}"),
                valid("GET / HTTP/1.1\r\nHost:\r\n\r\n", "GET / HTTP/1.1 cl=0 keep-alive {Host: }"),
                valid("GET / HTTP/1.1\r\nHost: a\r\nX:  a b \t\r\n\r\n",
                        "GET / HTTP/1.1 cl=0 keep-alive {Host: a, X: a b}"),
                valid("GET / HTTP/1.1\r\nHost: a\r\nX:\r\nY: \t \r\n\r\n",
                        "GET / HTTP/1.1 cl=0 keep-alive {Host: a, X: , Y: }"),
                valid("GET / HTTP/1.1\r\nHost: a\r\nX: caf\u00e9\u00ff\r\n\r\n",
                        "GET / HTTP/1.1 cl=0 keep-alive {Host: a, X: caf\u00e9\u00ff}"),
                valid("GET / HTTP/1.1\r\nHost: a\r\nX: a\tb:c\r\n\r\n",
                        "GET / HTTP/1.1 cl=0 keep-alive {Host: a, X: a\tb:c}"),
                valid("GET / HTTP/1.1\r\nHost: a\r\n!#$%&'*+-.^_`|~09AZaz: v\r\n\r\n",
                        "GET / HTTP/1.1 cl=0 keep-alive {Host: a, !#$%&'*+-.^_`|~09AZaz: v}"),
                valid("\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", "GET / HTTP/1.1 cl=0 keep-alive {Host: a}"));
    }

    private static Arguments valid(String head, String expected) {
        return Arguments.of(head, expected);
    }

    @ParameterizedTest
    @MethodSource("validHeads")
    void validHeadIsParsed(String head, String expected) {
        assertEquals(expected, Wire.whole(LIMITS, head));
    }

    @ParameterizedTest
    @MethodSource("validHeads")
    void validHeadFedByteByByteGivesTheSameHeadOnItsLastByte(String head, String expected) {
        Wire.Fed fed = Wire.fed(LIMITS, head);
        assertEquals(expected, fed.outcome());
        assertEquals(head.length(), fed.bytesGiven());
    }

    @ParameterizedTest
    @MethodSource("validHeads")
    void validHeadSplitAnywhereGivesTheSameHead(String head, String expected) {
        for (int at = 0; at <= head.length(); at++) {
            assertEquals(expected, Wire.split(LIMITS, head, at), "split at " + at);
        }
    }

    @ParameterizedTest
    @MethodSource("validHeads")
    void headLengthStopsAtTheBlankLineWhenABodyFollows(String head, String expected) {
        String withBody = head + "hello, body\r\n\r\nGET / HTTP/1.1\r\n";
        assertEquals(expected.replace(" {", " len=" + head.length() + " {"), Wire.whole(LIMITS, withBody));
    }

    @Test
    void pipelinedHeadsAreParsedOneAfterTheOther() throws HttpException {
        byte[] b = bytes("GET /1 HTTP/1.1\r\nHost: a\r\n\r\nPOST /2 HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\n"
                + "abcGET /3 HTTP/1.0\r\n\r\n");
        RequestHeadParser p = new RequestHeadParser(LIMITS);
        int at = 0;
        RequestHead first = p.parse(b, at, b.length);
        assertEquals("/1", first.target());
        at += p.headLength();
        p.reset();
        RequestHead second = p.parse(b, at, b.length);
        assertEquals("/2", second.target());
        assertEquals(3, second.contentLength());
        at += p.headLength() + 3;
        p.reset();
        RequestHead third = p.parse(b, at, b.length);
        assertEquals("/3", third.target());
        assertEquals(b.length, at + p.headLength());
    }

    @Test
    void headLengthIsKeptAfterReset() throws HttpException {
        byte[] b = bytes("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
        RequestHeadParser p = new RequestHeadParser(LIMITS);
        assertEquals(0, p.headLength());
        p.parse(b, 0, b.length);
        p.reset();
        assertEquals(b.length, p.headLength());
    }

    @Test
    void parsingAgainAfterCompletionReturnsTheSameHead() throws HttpException {
        byte[] b = bytes("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
        RequestHeadParser p = new RequestHeadParser(LIMITS);
        RequestHead head = p.parse(b, 0, b.length);
        assertSame(head, p.parse(b, 0, b.length));
    }

    @Test
    void parsingAgainAfterAnErrorThrowsItAgainUntilReset() throws HttpException {
        byte[] bad = bytes("GET / HTTP/9.9\r\n");
        RequestHeadParser p = new RequestHeadParser(LIMITS);
        HttpException first = assertThrows(HttpException.class, () -> p.parse(bad, 0, bad.length));
        assertSame(first, assertThrows(HttpException.class, () -> p.parse(bad, 0, bad.length)));
        p.reset();
        byte[] good = bytes("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
        assertEquals("/", p.parse(good, 0, good.length).target());
    }

    @Test
    void unparsedBytesMayMoveBetweenCallsWhenTheyKeepTheirOffsets() throws HttpException {
        byte[] head = bytes("POST /moved HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n");
        RequestHeadParser p = new RequestHeadParser(LIMITS);
        byte[] small = new byte[64];
        System.arraycopy(head, 0, small, 10, 20);
        assertNull(p.parse(small, 10, 30));
        // The caller grows its buffer and compacts the head to the front.
        byte[] grown = new byte[128];
        System.arraycopy(head, 0, grown, 0, head.length);
        RequestHead parsed = p.parse(grown, 0, head.length);
        assertEquals("/moved", parsed.target());
        assertEquals(2, parsed.contentLength());
    }

    @Test
    void commonNamesAndMethodsAreSharedConstants() throws HttpException {
        byte[] b = bytes("GET / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive\r\n\r\n");
        RequestHead one = new RequestHeadParser(LIMITS).parse(b, 0, b.length);
        RequestHead two = new RequestHeadParser(LIMITS).parse(b, 0, b.length);
        assertSame(one.method(), two.method());
        assertSame(one.headers().name(0), two.headers().name(0));
        assertSame(one.headers().value(1), two.headers().value(1));
    }

    @Test
    void rangeOutsideTheBufferIsAProgrammingError() {
        RequestHeadParser p = new RequestHeadParser(LIMITS);
        assertThrows(IndexOutOfBoundsException.class, () -> p.parse(new byte[4], 2, 5));
    }
}
