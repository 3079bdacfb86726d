package dev.cairn.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.http.Headers;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GatewayValuesTest {
    private static final InetSocketAddress PEER = new InetSocketAddress("127.0.0.1", 50000);
    private static final InetSocketAddress LOCAL = new InetSocketAddress("127.0.0.1", 8000);

    @Test
    void helloWorldNeedsNothingButTheGateway() throws Exception {
        Application hello = request -> Response.text(200, "Hello, " + request.target());
        Request request = new Request("GET", "/world", "HTTP/1.1", Headers.of("Host", "x"), RequestBody.empty(),
                "http", "127.0.0.1", new Connection(1, PEER, LOCAL, false, null));
        Response response = hello.handle(request);
        assertEquals(200, response.status());
        assertEquals("text/plain; charset=utf-8", response.headers().first("content-type"));
        assertArrayEquals("Hello, /world".getBytes(StandardCharsets.UTF_8),
                assertInstanceOf(ResponseBody.Bytes.class, response.body()).bytes());
    }

    @Test
    void bodyOfBytesReadsThemOnceThenEnds() throws Exception {
        RequestBody body = RequestBody.of("abcdef".getBytes(StandardCharsets.US_ASCII));
        assertEquals(6, body.length());
        byte[] buf = new byte[4];
        assertEquals(4, body.read(buf, 0, 4));
        assertEquals(2, body.available());
        assertEquals('e', body.read());
        assertArrayEquals(new byte[]{'f'}, body.readAllBytes());
        assertEquals(-1, body.read());
        assertEquals(-1, body.read(buf, 0, 4));
        assertEquals(0, body.read(buf, 0, 0));
        assertEquals(Headers.empty(), body.trailers());
    }

    static Stream<Arguments> badResponses() {
        return Stream.of(
                Arguments.of(99, ResponseBody.empty(), "status must be 100-599, not 99"),
                Arguments.of(600, ResponseBody.empty(), "status must be 100-599, not 600"),
                Arguments.of(101, ResponseBody.empty(),
                        "a 101 response needs an Upgrade body, and an Upgrade body a 101"),
                Arguments.of(200, new ResponseBody.Upgrade((in, out) -> {}),
                        "a 101 response needs an Upgrade body, and an Upgrade body a 101"));
    }

    @ParameterizedTest
    @MethodSource("badResponses")
    void badResponsesAreRejectedWithTheRule(int status, ResponseBody body, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Response(status, Headers.empty(), body));
        assertEquals(message, e.getMessage());
    }

    @Test
    void tlsFactsAreGivenExactlyForSecureConnections() {
        Connection.Tls tls = new Connection.Tls("TLSv1.3", "TLS_AES_128_GCM_SHA256", "http/1.1");
        assertEquals(tls, new Connection(2, PEER, LOCAL, true, tls).tls());
        assertThrows(IllegalArgumentException.class, () -> new Connection(3, PEER, LOCAL, true, null));
        assertThrows(IllegalArgumentException.class, () -> new Connection(4, PEER, LOCAL, false, tls));
    }

    @Test
    void fileRegionsCannotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> new ResponseBody.File(Path.of("x"), -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ResponseBody.File(Path.of("x"), 0, -1));
    }

    @Test
    void emptyByteBodiesShareOneInstance() {
        assertEquals(ResponseBody.empty(), ResponseBody.of(new byte[0]));
    }
}
