package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.Connection;
import dev.cairn.gateway.Request;
import dev.cairn.gateway.RequestBody;
import dev.cairn.gateway.Response;
import dev.cairn.http.Headers;
import dev.cairn.server.internal.AccessLog;
import dev.cairn.server.internal.Http1Connection;
import dev.cairn.server.internal.ServerConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AccessLogTest {
    private static final Connection CONNECTION = new Connection(1, new InetSocketAddress("127.0.0.1", 5000),
            new InetSocketAddress("127.0.0.1", 8000), false, null);
    private static final long WHEN = Instant.parse("2000-10-10T13:55:36Z").toEpochMilli();

    private static Request request(String method, String target, Headers headers) {
        return new Request(method, target, "HTTP/1.1", headers, RequestBody.empty(), "http", "127.0.0.1",
                CONNECTION);
    }

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of(request("GET", "/a", Headers.of("Referer", "http://ref/", "User-Agent", "curl/8.5")), 200,
                        13, "127.0.0.1 - - [10/Oct/2000:13:55:36 +0000] \"GET /a HTTP/1.1\" 200 13 \"http://ref/\" "
                                + "\"curl/8.5\""),
                Arguments.of(request("POST", "/", Headers.empty()), 404, 0,
                        "127.0.0.1 - - [10/Oct/2000:13:55:36 +0000] \"POST / HTTP/1.1\" 404 0 \"-\" \"-\""),
                Arguments.of(request("GET", "/\"quoted\"\\", Headers.of("User-Agent", "evil\"\n\u00e9")), 200, 1,
                        "127.0.0.1 - - [10/Oct/2000:13:55:36 +0000] \"GET /\\\"quoted\\\"\\\\ HTTP/1.1\" 200 1 \"-\" "
                                + "\"evil\\\"\\x0A\\xE9\""));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void lineIsInCombinedLogFormatWithClientValuesEscaped(Request request, int status, long bytes, String line) {
        assertEquals(line, AccessLog.format(request, status, bytes, WHEN));
    }

    @Test
    void aLineIsLoggedPerRequestWhenOnAndNoneWhenOff() throws IOException {
        byte[] requests = "GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(
                StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>();
        ServerConfig on = ServerConfig.of(r -> Response.text(200, "hi")).withAccessLog(AccessLog.to(lines::add));
        new Http1Connection(new ByteArrayInputStream(requests), new ByteArrayOutputStream(), CONNECTION, on).run();
        assertEquals(2, lines.size());
        assertEquals("\"GET /2 HTTP/1.1\" 200 2 \"-\" \"-\"", lines.get(1).substring(lines.get(1).indexOf('"')));
        lines.clear();
        ServerConfig off = on.withAccessLog(null);
        new Http1Connection(new ByteArrayInputStream(requests), new ByteArrayOutputStream(), CONNECTION, off).run();
        assertEquals(List.of(), lines);
    }

    @Test
    void aRefusedHeadIsLoggedWithoutRepeatingItsBytes() throws IOException {
        byte[] requests = "GET /ok HTTP/1.1\r\nHost: x\r\n\r\nGET /\"evil\" HTTP/9.9\r\nHost: x\r\n\r\n".getBytes(
                StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>();
        ServerConfig on = ServerConfig.of(r -> Response.text(200, "hi")).withAccessLog(AccessLog.to(lines::add));
        new Http1Connection(new ByteArrayInputStream(requests), new ByteArrayOutputStream(), CONNECTION, on).run();
        assertEquals(2, lines.size(), lines.toString());
        String refused = lines.get(1);
        assertTrue(refused.startsWith("127.0.0.1:5000 - - ["), refused);
        assertTrue(refused.matches(".*\\] \"-\" 505 \\d+ \"-\" \"-\"$"), refused);
        assertFalse(refused.contains("evil"), refused);
    }

    @Test
    void rejectedLineIsInCombinedLogFormat() {
        assertEquals("[::1]:7 - - [10/Oct/2000:13:55:36 +0000] \"-\" 408 40 \"-\" \"-\"",
                AccessLog.formatRejected("[::1]:7", 408, 40, WHEN));
    }

    @Test
    void builderSwitchesTheAccessLog() {
        var builder = Server.builder().application(r -> Response.text(200, ""));
        assertNotNull(builder.build().config().accessLog(), "on by default");
        assertNull(builder.accessLog(false).build().config().accessLog());
    }
}
