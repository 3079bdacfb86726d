package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.Application;
import dev.cairn.gateway.Response;
import dev.cairn.gateway.ResponseBody;
import dev.cairn.http.Headers;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodiesIT {
    private static Application echo() {
        return r -> {
            byte[] body = r.body().readAllBytes();
            String trailer = String.valueOf(r.body().trailers().first("Checksum"));
            return Response.of(200, Headers.of("X-Trailer", trailer, "X-Length", String.valueOf(r.body().length())),
                    body);
        };
    }

    @Test
    void contentLengthBodyReachesTheApplication() throws IOException {
        try (TestServer server = TestServer.start(echo()); RawClient client = server.client()) {
            client.send(
                    "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhelloGET / HTTP/1.1\r\nHost: x\r\n\r\n");
            RawResponse response = client.read();
            assertEquals("hello", response.text());
            assertEquals("5", response.header("X-Length"));
            assertEquals("", client.read().text(), "the next request starts right after the body");
        }
    }

    @Test
    void chunkedBodyWithTrailersIsDecodedForTheApplication() throws IOException {
        try (TestServer server = TestServer.start(echo()); RawClient client = server.client()) {
            client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nChecksum: 42\r\n\r\n");
            RawResponse response = client.read();
            assertEquals("hello, world", response.text());
            assertEquals("42", response.header("X-Trailer"));
            assertEquals("-1", response.header("X-Length"));
        }
    }

    @Test
    void chunkedBodyArrivingByteByByteIsDecoded() throws Exception {
        try (TestServer server = TestServer.start(echo()); RawClient client = server.client()) {
            String request = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n";
            for (char c : request.toCharArray()) {
                client.send(String.valueOf(c));
            }
            assertEquals("abcde", client.read().text());
        }
    }

    @Test
    void streamedBodyWithoutLengthIsChunkedFor11AndCloseDelimitedFor10() throws IOException {
        Application app = r -> new Response(200, Headers.empty(), new ResponseBody.Streamed(out -> {
            out.write("part one, ".getBytes(StandardCharsets.UTF_8));
            out.flush();
            out.write("part two".getBytes(StandardCharsets.UTF_8));
        }));
        try (TestServer server = TestServer.start(app); RawClient client = server.client()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            RawResponse chunked = client.read();
            assertTrue(chunked.chunked());
            assertEquals("part one, part two", chunked.text());
            client.send("GET / HTTP/1.0\r\n\r\n");
            RawResponse closeDelimited = client.read();
            assertNull(closeDelimited.header("Content-Length"));
            assertEquals("close", closeDelimited.header("Connection"));
            assertEquals("part one, part two", closeDelimited.text());
        }
    }

    @Test
    void streamedBodyWithItsOwnLengthIsSentAsIs() throws IOException {
        Application app = r -> new Response(200, Headers.of("Content-Length", "5"), new ResponseBody.Streamed(
                out -> out.write("12345".getBytes(StandardCharsets.US_ASCII))));
        try (TestServer server = TestServer.start(app); RawClient client = server.client()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n");
            RawResponse response = client.read();
            assertFalse(response.chunked());
            assertEquals("12345", response.text());
            assertEquals("12345", client.read().text());
        }
    }

    @Test
    void streamedBodyShorterThanItsLengthCutsTheConnection() throws IOException {
        Application app = r -> new Response(200, Headers.of("Content-Length", "10"), new ResponseBody.Streamed(
                out -> out.write("12345".getBytes(StandardCharsets.US_ASCII))));
        try (TestServer server = TestServer.start(app); RawClient client = server.client()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThrows(EOFException.class, client::read, "the client sees a truncated body");
        }
    }

    @Test
    void streamedBodyLongerThanItsLengthCutsTheConnection() throws IOException {
        Application app = r -> new Response(200, Headers.of("Content-Length", "3"), new ResponseBody.Streamed(
                out -> out.write("12345".getBytes(StandardCharsets.US_ASCII))));
        try (TestServer server = TestServer.start(app); RawClient client = server.client()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n");
            byte[] all = client.untilClose();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            assertEquals(1, text.split("HTTP/1.1", -1).length - 1, "one response, then the cut: " + text);
            assertFalse(text.contains("12345"), "never more bytes than declared");
        }
    }

    @Test
    void fileBodyIsSentWithItsLength(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("data.bin");
        byte[] bytes = new byte[300 * 1024];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        Application app = r -> new Response(200, Headers.empty(), new ResponseBody.File(file, 7, bytes.length - 7));
        try (TestServer server = TestServer.start(app); RawClient client = server.client()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\nHEAD / HTTP/1.1\r\nHost: x\r\n\r\n");
            RawResponse response = client.read();
            assertArrayEquals(Arrays.copyOfRange(bytes, 7, bytes.length), response.body());
            assertEquals(String.valueOf(bytes.length - 7), client.read(true).header("Content-Length"));
        }
    }

    @Test
    void missingFileIsA500BeforeAnyHead(@TempDir Path dir) throws IOException {
        Application app = r -> new Response(200, Headers.empty(), new ResponseBody.File(dir.resolve("no"), 0, 1));
        try (TestServer server = TestServer.start(app); RawClient client = server.client()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals(500, client.read().status());
        }
    }
}
