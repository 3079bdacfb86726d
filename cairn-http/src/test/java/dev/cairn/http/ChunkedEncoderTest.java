package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Chunk framing written for a response body (RFC 9112 §7.1), and read back by {@link ChunkedDecoder}. */
class ChunkedEncoderTest {
    static Stream<Arguments> headers() {
        return Stream.of(
                Arguments.of(0, "0\r\n"),
                Arguments.of(1, "1\r\n"),
                Arguments.of(15, "f\r\n"),
                Arguments.of(16, "10\r\n"),
                Arguments.of(255, "ff\r\n"),
                Arguments.of(4096, "1000\r\n"),
                Arguments.of(8 * 1024, "2000\r\n"),
                Arguments.of(0xABCDEF, "abcdef\r\n"),
                Arguments.of(Integer.MAX_VALUE, "7fffffff\r\n"));
    }

    @ParameterizedTest
    @MethodSource("headers")
    void chunkHeaderIsLowercaseHexWithoutLeadingZerosThenCrlf(int size, String expected) {
        byte[] dst = new byte[3 + ChunkedEncoder.MAX_CHUNK_HEADER];
        int n = ChunkedEncoder.writeChunkHeader(dst, 3, size);
        assertEquals(expected, new String(dst, 3, n, StandardCharsets.ISO_8859_1));
        assertEquals(n, ChunkedEncoder.chunkHeaderLength(size));
    }

    @Test
    void constantsAreTheCrlfAndTheLastChunkWithNoTrailers() {
        assertArrayEquals(Wire.bytes("\r\n"), ChunkedEncoder.CRLF);
        assertArrayEquals(Wire.bytes("0\r\n\r\n"), ChunkedEncoder.LAST_CHUNK);
    }

    @Test
    void negativeSizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChunkedEncoder.writeChunkHeader(new byte[16], 0, -1));
    }

    @Test
    void headerThatDoesNotFitIsRefusedWithoutWritingAnything() {
        byte[] dst = new byte[4];
        assertThrows(IndexOutOfBoundsException.class, () -> ChunkedEncoder.writeChunkHeader(dst, 1, 0x1000));
        assertArrayEquals(new byte[4], dst);
    }

    @Test
    void encodedBodyDecodesToTheSameBytes() throws HttpException {
        byte[] body = Wire.bytes("x".repeat(70_000) + "tail");
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        byte[] header = new byte[ChunkedEncoder.MAX_CHUNK_HEADER];
        for (int off = 0; off < body.length; off += 8 * 1024) {
            int size = Math.min(8 * 1024, body.length - off);
            wire.write(header, 0, ChunkedEncoder.writeChunkHeader(header, 0, size));
            wire.write(body, off, size);
            wire.write(ChunkedEncoder.CRLF, 0, ChunkedEncoder.CRLF.length);
        }
        wire.write(ChunkedEncoder.LAST_CHUNK, 0, ChunkedEncoder.LAST_CHUNK.length);
        byte[] b = wire.toByteArray();
        ChunkedDecoder decoder = new ChunkedDecoder(HttpLimits.DEFAULT);
        ByteArrayOutputStream decoded = new ByteArrayOutputStream();
        int at = 0;
        while (!decoder.isComplete()) {
            at = decoder.decode(b, at, b.length, 5000);
            decoded.write(b, decoder.dataStart(), decoder.dataLength());
        }
        assertEquals(b.length, at);
        assertArrayEquals(body, decoded.toByteArray());
    }
}
