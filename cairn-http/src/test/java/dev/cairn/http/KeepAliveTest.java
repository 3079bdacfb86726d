package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whether a connection persists (RFC 9112 §9.3) and whether the client waits for 100 Continue (RFC 9110 §10.1.1). */
class KeepAliveTest {
    static Stream<Arguments> connections() {
        return Stream.of(
                Arguments.of("1.1", "", true),
                Arguments.of("1.1", "Connection: keep-alive\r\n", true),
                Arguments.of("1.1", "Connection: close\r\n", false),
                Arguments.of("1.1", "Connection: Close\r\n", false),
                Arguments.of("1.1", "Connection: CLOSE\r\n", false),
                Arguments.of("1.1", "connection: close\r\n", false),
                Arguments.of("1.1", "Connection: upgrade, close\r\n", false),
                Arguments.of("1.1", "Connection: keep-alive\r\nConnection: close\r\n", false),
                Arguments.of("1.1", "Connection: close\r\nConnection: keep-alive\r\n", false),
                Arguments.of("1.1", "Connection: close\r\nConnection: upgrade\r\n", false),
                Arguments.of("1.1", "Connection: closed\r\n", true),
                Arguments.of("1.1", "Connection: ,close,\r\n", false),
                Arguments.of("1.1", "Connection:\r\n", true),
                Arguments.of("1.0", "", false),
                Arguments.of("1.0", "Connection: keep-alive\r\n", true),
                Arguments.of("1.0", "Connection: Keep-Alive\r\n", true),
                Arguments.of("1.0", "Connection: KEEP-ALIVE\r\n", true),
                Arguments.of("1.0", "Connection: upgrade, keep-alive\r\n", true),
                Arguments.of("1.0", "Connection: keep-alive\r\nConnection: upgrade\r\n", true),
                Arguments.of("1.0", "Connection: keep-alive, close\r\n", false),
                Arguments.of("1.0", "Connection: keep-alive\r\nConnection: close\r\n", false),
                Arguments.of("1.0", "Connection: keep-alive-ish\r\n", false),
                Arguments.of("1.0", "Keep-Alive: timeout=5\r\n", false));
    }

    @ParameterizedTest
    @MethodSource("connections")
    void connectionFieldDecidesWhetherTheConnectionPersists(String version, String fields, boolean keepAlive)
            throws HttpException {
        assertEquals(keepAlive, parse("GET / HTTP/" + version + "\r\nHost: a\r\n" + fields + "\r\n").keepAlive());
    }

    static Stream<Arguments> expectations() {
        return Stream.of(
                Arguments.of("1.1", "", false),
                Arguments.of("1.1", "Expect: 100-continue\r\n", true),
                Arguments.of("1.1", "Expect: 100-CONTINUE\r\n", true),
                Arguments.of("1.1", "Expect:  100-continue \r\n", true),
                Arguments.of("1.1", "Expect: 100-continue\r\nExpect: 100-continue\r\n", true),
                Arguments.of("1.0", "Expect: 100-continue\r\n", false));
    }

    @ParameterizedTest
    @MethodSource("expectations")
    void expectContinueIsSetOnlyForHttp11(String version, String fields, boolean expected) throws HttpException {
        assertEquals(expected, parse("PUT / HTTP/" + version + "\r\nHost: a\r\n" + fields + "\r\n").expectContinue());
    }

    @ParameterizedTest
    @MethodSource("connections")
    void keepAliveIsDecidedAfreshForEachHeadOnAConnection(String version, String fields, boolean keepAlive)
            throws HttpException {
        // The same parser first reads a head that says the opposite, so nothing may carry over.
        String opposite = keepAlive ? "GET / HTTP/1.0\r\n\r\n" : "GET / HTTP/1.1\r\nHost: a\r\n\r\n";
        byte[] b = Wire.bytes(opposite + "GET / HTTP/" + version + "\r\nHost: a\r\n" + fields + "\r\n");
        RequestHeadParser p = new RequestHeadParser(HttpLimits.DEFAULT);
        assertEquals(!keepAlive, p.parse(b, 0, b.length).keepAlive());
        int next = p.headLength();
        p.reset();
        assertEquals(keepAlive, p.parse(b, next, b.length).keepAlive());
    }

    private static RequestHead parse(String head) throws HttpException {
        byte[] b = Wire.bytes(head);
        return new RequestHeadParser(HttpLimits.DEFAULT).parse(b, 0, b.length);
    }
}
