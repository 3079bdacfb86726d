package dev.cairn.http;

import static dev.cairn.http.MultipartBodies.BOUNDARY;
import static dev.cairn.http.MultipartBodies.CLOSE;
import static dev.cairn.http.MultipartBodies.DASH;
import static dev.cairn.http.MultipartBodies.body;
import static dev.cairn.http.MultipartBodies.bytes;
import static dev.cairn.http.MultipartBodies.field;
import static dev.cairn.http.MultipartBodies.file;
import static dev.cairn.http.MultipartBodies.fileCount;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How multipart content is streamed: memory or temporary file, awkward streams, and large bodies. */
class MultipartStreamingTest {
    @TempDir
    Path temp;

    private MultipartParser parser(int threshold) {
        return MultipartParser.builder().memoryThreshold(threshold).tempDirectory(temp).build();
    }

    private static List<Part> parse(MultipartParser parser, InputStream in) throws IOException, HttpException {
        return parser.parseAll(in, BOUNDARY);
    }

    @Test
    void partUpToTheThresholdStaysInMemory() throws IOException, HttpException {
        Part p = parse(parser(10), new ByteArrayInputStream(body(field("a", "0123456789")))).get(0);
        assertTrue(p.inMemory());
        assertNull(p.path());
        assertEquals("0123456789", new String(p.bytes(), "US-ASCII"));
        assertEquals(0, fileCount(temp));
    }

    @Test
    void partAboveTheThresholdIsSpilledToATemporaryFileDeletedOnClose() throws IOException, HttpException {
        Part p = parse(parser(10), new ByteArrayInputStream(body(file("f", "a.bin", "application/x", "0123456789X"))))
                .get(0);
        assertFalse(p.inMemory());
        Path path = p.path();
        assertEquals(temp, path.getParent());
        assertTrue(Files.exists(path));
        assertTrue(path.getFileName().toString().startsWith("cairn-multipart-"));
        assertEquals("0123456789X", Files.readString(path));
        assertEquals("0123456789X", p.text());
        assertEquals(11, p.size());
        try (InputStream in = p.inputStream()) {
            assertEquals("0123456789X", new String(in.readAllBytes(), "US-ASCII"));
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, p::bytes);
        assertEquals("Part 'f' is in a temporary file; read it with inputStream() or path()", e.getMessage());

        p.close();
        assertFalse(Files.exists(path));
        assertFalse(p.inMemory());
        p.close(); // closing twice does nothing
    }

    @Test
    void closedPartCannotBeRead() throws IOException, HttpException {
        Part p = parse(parser(64), new ByteArrayInputStream(body(field("a", "1")))).get(0);
        p.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, p::text);
        assertEquals("Part 'a' is closed", e.getMessage());
        assertThrows(IllegalStateException.class, p::bytes);
        assertThrows(IllegalStateException.class, p::inputStream);
        assertThrows(IllegalStateException.class, p::path);
        assertEquals("a", p.name());
        assertEquals(1, p.size());
    }

    @Test
    void zeroThresholdSpillsEveryNonEmptyPart() throws IOException, HttpException {
        List<Part> parts = parse(parser(0), new ByteArrayInputStream(body(field("a", "1"), field("b", ""))));
        assertFalse(parts.get(0).inMemory());
        assertTrue(parts.get(1).inMemory());
        assertEquals(1, fileCount(temp));
        for (Part p : parts) {
            p.close();
        }
        assertEquals(0, fileCount(temp));
    }

    @Test
    void partsInMemoryAndOnDiskCanBeMovedToTheirHome() throws IOException, HttpException {
        List<Part> parts = parse(parser(4), new ByteArrayInputStream(body(field("small", "abc"),
                field("large", "abcdefgh"))));
        Path home = Files.createDirectory(temp.resolve("home"));
        parts.get(0).moveTo(home.resolve("small.txt"));
        parts.get(1).moveTo(home.resolve("large.txt"));
        assertEquals("abc", Files.readString(home.resolve("small.txt")));
        assertEquals("abcdefgh", Files.readString(home.resolve("large.txt")));
        assertThrows(IllegalStateException.class, () -> parts.get(1).text());
        assertEquals(1, fileCount(temp), "only the home directory is left; the temporary file was moved");
    }

    @Test
    void toStringDescribesThePartWithoutItsContent() throws IOException, HttpException {
        List<Part> parts = parse(parser(64), new ByteArrayInputStream(body(field("pw", "s3cret"),
                file("f", "a.txt", "text/plain", "x"))));
        assertEquals("Part[name=pw, contentType=text/plain, size=6, in memory]", parts.get(0).toString());
        assertEquals("Part[name=f, filename=a.txt, contentType=text/plain, size=1, in memory]",
                parts.get(1).toString());
    }

    private static byte[] mixedBody() {
        String big = "0123456789\r\n-".repeat(20_000);
        return body(field("a", "1"), file("f", "big.txt", "text/plain", big), field("b", ""),
                file("g", "crlf.bin", "application/octet-stream", "\r\n\r\n--\r\n-" + BOUNDARY), field("c", "end"));
    }

    private static void assertSameParts(List<Part> expected, List<Part> actual) throws IOException {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).name(), actual.get(i).name());
            assertEquals(expected.get(i).filename(), actual.get(i).filename());
            assertEquals(expected.get(i).headers(), actual.get(i).headers());
            try (InputStream e = expected.get(i).inputStream(); InputStream a = actual.get(i).inputStream()) {
                assertArrayEquals(e.readAllBytes(), a.readAllBytes(), expected.get(i).name());
            }
        }
    }

    @Test
    void bodyReadOneByteAtATimeGivesTheSameParts() throws IOException, HttpException {
        byte[] body = mixedBody();
        List<Part> whole = parse(parser(64 * 1024), new ByteArrayInputStream(body));
        List<Part> trickled = parse(parser(64 * 1024),
                MultipartBodies.oneByteAtATime(new ByteArrayInputStream(body)));
        assertSameParts(whole, trickled);
        assertEquals(260_000, trickled.get(1).size());
        assertFalse(trickled.get(1).inMemory());
        assertEquals("\r\n\r\n--\r\n-" + BOUNDARY, trickled.get(3).text());
    }

    @Test
    void bodyReadInRandomChunksGivesTheSameParts() throws IOException, HttpException {
        byte[] body = mixedBody();
        List<Part> whole = parse(parser(1024), new ByteArrayInputStream(body));
        for (long seed = 0; seed < 20; seed++) {
            assertSameParts(whole, parse(parser(1024),
                    MultipartBodies.randomChunks(new ByteArrayInputStream(body), seed)));
        }
    }

    @Test
    void delimiterStraddlingEveryBufferOffsetIsFound() throws IOException, HttpException {
        // Move the delimiter across the reader's 64 KiB buffer edge one byte at a time.
        for (int size = 64 * 1024 - 120; size < 64 * 1024 + 20; size++) {
            String content = "z".repeat(size);
            List<Part> parts = parse(parser(128 * 1024), new ByteArrayInputStream(body(field("a", content),
                    field("b", "after"))));
            assertEquals(size, parts.get(0).size());
            assertEquals("after", parts.get(1).text());
        }
    }

    @Test
    void readerReturnsEachPartBeforeTheRestOfTheBodyIsRead() throws IOException, HttpException {
        byte[] head = bytes(field("first", "1") + DASH + "\r\nContent-Disposition: form-data; name=\"second\"\r\n\r\n");
        long secondSize = 5L * 1024 * 1024;
        CountingStream in = new CountingStream(MultipartBodies.concat(new ByteArrayInputStream(head),
                MultipartBodies.generated(secondSize), new ByteArrayInputStream(bytes("\r\n" + CLOSE))));
        MultipartParser parser = MultipartParser.builder().tempDirectory(temp).build();
        try (MultipartReader reader = parser.reader(in, BOUNDARY)) {
            assertEquals("1", reader.next().text());
            assertTrue(in.count < 64 * 1024 + head.length, "read " + in.count + " bytes for the first part");
            Part second = reader.next();
            assertEquals(secondSize, second.size());
            assertNull(reader.next());
            second.close();
        }
    }

    @Test
    void twentyMebibytePartIsStreamedToDiskIntact() throws IOException, HttpException {
        long size = 20L * 1024 * 1024;
        byte[] head = bytes(field("title", "big") + DASH
                + "\r\nContent-Disposition: form-data; name=\"video\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n");
        InputStream content = new DiskWatchingStream(MultipartBodies.generated(size), temp);
        InputStream body = MultipartBodies.concat(new ByteArrayInputStream(head), content,
                new ByteArrayInputStream(bytes("\r\n" + CLOSE)));
        MultipartParser parser = MultipartParser.builder().tempDirectory(temp).maxPartSize(size)
                .maxTotalSize(size + 1024).build();

        List<Part> parts = parser.parseAll(body, BOUNDARY);
        Part video = parts.get(1);
        assertFalse(video.inMemory());
        assertEquals(size, video.size());
        assertEquals(size, Files.size(video.path()));
        assertEquals(crcOfGenerated(size), crc(video.inputStream()));
        video.close();
        assertEquals(0, fileCount(temp));
    }

    private static long crcOfGenerated(long size) throws IOException {
        return crc(MultipartBodies.generated(size));
    }

    private static long crc(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buf = new byte[64 * 1024];
        try (in) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                crc.update(buf, 0, n);
            }
        }
        return crc.getValue();
    }

    @Test
    void bodyThatEndsEarlyLeavesNoTemporaryFile() throws IOException {
        byte[] body = bytes(field("a", "x".repeat(100_000)) + DASH + "\r\nContent-Disposition: form-data; "
                + "name=\"b\"\r\n\r\n" + "y".repeat(100_000));
        HttpException e = assertThrows(HttpException.class, () -> parse(parser(10), new ByteArrayInputStream(body)));
        assertEquals("Multipart body ended before the closing boundary", e.getMessage());
        assertEquals(0, fileCount(temp), "both the finished part and the unfinished one are deleted");
    }

    /**
     * Checks, as the parser reads, that what it has read is already on disk but for one buffer's worth: proof that
     * the content is streamed through, not gathered in memory.
     */
    private static final class DiskWatchingStream extends java.io.FilterInputStream {
        private static final long SLACK = 2 * 64 * 1024;
        private final Path dir;
        private long read;
        private long checkedAt;

        DiskWatchingStream(InputStream in, Path dir) {
            super(in);
            this.dir = dir;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (read - checkedAt >= 1024 * 1024) {
                checkedAt = read;
                long onDisk = 0;
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        onDisk += Files.size(f);
                    }
                }
                assertTrue(read - onDisk <= SLACK, "read " + read + " bytes but only " + onDisk + " are on disk");
            }
            int n = super.read(b, off, len);
            read += Math.max(0, n);
            return n;
        }
    }

    /** Counts the bytes read through it. */
    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }
    }
}
