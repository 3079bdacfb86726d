package dev.cairn.http;

import static dev.cairn.http.MultipartBodies.BOUNDARY;
import static dev.cairn.http.MultipartBodies.body;
import static dev.cairn.http.MultipartBodies.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an application does with a {@link Part} once the parser has read it. */
class PartTest {
    @TempDir
    Path temp;

    private Part part(String value, int threshold) throws IOException, HttpException {
        MultipartParser parser = MultipartParser.builder().memoryThreshold(threshold).tempDirectory(temp).build();
        return parser.parseAll(new ByteArrayInputStream(body(field("f", value))), BOUNDARY).get(0);
    }

    @Test
    void bytesAreACopyTheCallerMayChange() throws IOException, HttpException {
        Part p = part("abc", 64);
        byte[] first = p.bytes();
        first[0] = 'X';
        assertEquals("abc", new String(p.bytes(), StandardCharsets.US_ASCII));
        assertNotSame(first, p.bytes());
    }

    @Test
    void textIsDecodedInTheGivenCharset() throws IOException, HttpException {
        Part p = part("caf\u00C3\u00A9", 64);
        assertEquals("caf\u00E9", p.text());
        assertEquals("caf\u00C3\u00A9", p.text(StandardCharsets.ISO_8859_1));
    }

    @Test
    void malformedUtf8BecomesReplacementChars() throws IOException, HttpException {
        assertEquals("a\uFFFDb", part("a\u00FFb", 64).text());
    }

    @Test
    void inputStreamCanBeOpenedManyTimes() throws IOException, HttpException {
        for (int threshold : new int[]{0, 64}) {
            Part p = part("again", threshold);
            for (int i = 0; i < 3; i++) {
                try (var in = p.inputStream()) {
                    assertEquals("again", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
                }
            }
            p.close();
        }
    }

    @Test
    void moveOntoAnExistingFileFailsAndKeepsThePart() throws IOException, HttpException {
        Path target = Files.writeString(temp.resolve("taken.txt"), "old");
        Part inMemory = part("new", 64);
        assertThrows(FileAlreadyExistsException.class, () -> inMemory.moveTo(target));
        assertEquals("new", inMemory.text());
        Part onDisk = part("new", 0);
        assertThrows(FileAlreadyExistsException.class, () -> onDisk.moveTo(target));
        assertEquals("new", onDisk.text());
        assertTrue(Files.exists(onDisk.path()));
        assertEquals("old", Files.readString(target));
    }

    @Test
    void movedFileIsNotDeletedByClose() throws IOException, HttpException {
        Part p = part("keep me", 0);
        Path target = temp.resolve("kept.txt");
        p.moveTo(target);
        p.close();
        assertEquals("keep me", Files.readString(target));
    }

    @Test
    void deletingTheFileBehindThePartsBackStillLetsItClose() throws IOException, HttpException {
        Part p = part("gone", 0);
        Files.delete(p.path());
        p.close();
        assertThrows(IllegalStateException.class, p::path);
    }

    @Test
    void headersAndTypeAreThoseOfThePart() throws IOException, HttpException {
        Part p = part("x", 64);
        assertEquals("form-data; name=\"f\"", p.headers().first("Content-Disposition"));
        assertEquals("text/plain", p.contentType());
        assertFalse(p.isFile());
    }
}
