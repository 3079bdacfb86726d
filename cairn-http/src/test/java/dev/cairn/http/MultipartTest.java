package dev.cairn.http;

import static dev.cairn.http.MultipartBodies.BOUNDARY;
import static dev.cairn.http.MultipartBodies.CLOSE;
import static dev.cairn.http.MultipartBodies.DASH;
import static dev.cairn.http.MultipartBodies.body;
import static dev.cairn.http.MultipartBodies.bytes;
import static dev.cairn.http.MultipartBodies.field;
import static dev.cairn.http.MultipartBodies.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The multipart/form-data format: parts, their headers, and malformed bodies (RFC 7578, RFC 2046 §5.1). */
class MultipartTest {
    private static final String ENDED = "Multipart body ended before the closing boundary";
    private static final String NO_CRLF = "Multipart boundary not followed by CRLF";
    private static final String BAD_HEADER = "Malformed multipart part header";
    private static final String NO_NAME = "Multipart part without a form-data name";

    private final MultipartParser parser = MultipartParser.builder().build();

    private List<Part> parse(byte[] body) throws IOException, HttpException {
        return parser.parseAll(new ByteArrayInputStream(body), BOUNDARY);
    }

    private Part only(String octets) throws IOException, HttpException {
        List<Part> parts = parse(bytes(octets));
        assertEquals(1, parts.size());
        return parts.get(0);
    }

    @Test
    void fieldsAreReadInOrderWithTheirText() throws IOException, HttpException {
        List<Part> parts = parse(body(field("a", "1"), field("b", "two words"), field("a", "3")));
        assertEquals(List.of("a", "b", "a"), parts.stream().map(Part::name).toList());
        assertEquals("two words", parts.get(1).text());
        assertEquals("3", parts.get(2).text());
        Part a = parts.get(0);
        assertFalse(a.isFile());
        assertNull(a.filename());
        assertEquals("text/plain", a.contentType());
        assertEquals(1, a.size());
        assertTrue(a.inMemory());
    }

    @Test
    void fileHasItsFilenameTypeAndBytes() throws IOException, HttpException {
        Part p = only(file("upload", "notes.txt", "application/octet-stream", "\u0000\u0001\r\n\u00FF") + CLOSE);
        assertTrue(p.isFile());
        assertEquals("notes.txt", p.filename());
        assertEquals("application/octet-stream", p.contentType());
        assertEquals(5, p.size());
        assertEquals(List.of((byte) 0, (byte) 1, (byte) 13, (byte) 10, (byte) 0xFF), toList(p.bytes()));
    }

    private static List<Byte> toList(byte[] b) {
        Byte[] boxed = new Byte[b.length];
        for (int i = 0; i < b.length; i++) {
            boxed[i] = b[i];
        }
        return List.of(boxed);
    }

    static Stream<Arguments> dispositions() {
        return Stream.of(
                Arguments.of("form-data; name=\"f\"; filename=\"a.txt\"", "f", "a.txt"),
                Arguments.of("form-data; name=f; filename=a.txt", "f", "a.txt"),
                Arguments.of("Form-Data ; NAME=\"f\" ; FileName=\"a.txt\"", "f", "a.txt"),
                Arguments.of("form-data; name=\"f\"; filename=\"\"", "f", ""),
                Arguments.of("form-data; name=\"f\"; filename*=UTF-8''na%C3%AFve%20file.txt", "f",
                        "na\u00EFve file.txt"),
                Arguments.of("form-data; name=\"f\"; filename=\"naive.txt\"; filename*=utf-8'en'na%C3%AFve.txt", "f",
                        "na\u00EFve.txt"),
                Arguments.of("form-data; name=\"f\"; filename*=ISO-8859-1''caf%E9.txt", "f", "caf\u00E9.txt"),
                Arguments.of("form-data; name=\"f\"; filename=\"plain.txt\"; filename*=UTF-8''bad%C3", "f",
                        "plain.txt"),
                Arguments.of("form-data; name=\"f\"; filename=\"plain.txt\"; filename*=KOI8-R''x", "f", "plain.txt"),
                Arguments.of("form-data; name=\"f\"; filename=\"plain.txt\"; filename*=\"UTF-8''a b\"", "f",
                        "plain.txt"),
                Arguments.of("form-data; name=\"f\"; filename=\"plain.txt\"; filename*=noquotes", "f", "plain.txt"),
                Arguments.of("form-data; name=\"f\"; filename=\"caf\u00C3\u00A9.txt\"", "f", "caf\u00E9.txt"),
                Arguments.of("form-data; name=\"f\"; filename=\"caf\u00E9.txt\"", "f", "caf\u00E9.txt"),
                Arguments.of("form-data; name=\"f\"; filename=\"C:\\dir\\a.txt\"", "f", "C:\\dir\\a.txt"),
                Arguments.of("form-data; name=\"f\"; filename=\"say \\\"hi\\\".txt\"", "f", "say \"hi\".txt"),
                Arguments.of("form-data; name=\"f\"; filename=\"a;b.txt\"", "f", "a;b.txt"),
                Arguments.of("form-data; name=\"f\"; filename=\"a%22b.txt\"", "f", "a%22b.txt"),
                Arguments.of("form-data; name=\"\u00C3\u00BC\"", "\u00FC", null),
                Arguments.of("form-data; name=\"\"", "", null),
                Arguments.of("form-data; size; name=\"f\"", "f", null));
    }

    @ParameterizedTest
    @MethodSource("dispositions")
    void contentDispositionGivesNameAndFilename(String disposition, String name, String filename)
            throws IOException, HttpException {
        Part p = only(DASH + "\r\nContent-Disposition: " + disposition + "\r\n\r\nx\r\n" + CLOSE);
        assertEquals(name, p.name());
        assertEquals(filename, p.filename());
    }

    @Test
    void headersAreKeptAndLookedUpCaseInsensitively() throws IOException, HttpException {
        Part p = only(DASH + "\r\ncontent-disposition: form-data; name=\"a\"\r\nCONTENT-TYPE:text/csv; charset=utf-8"
                + "\r\nX-Extra:  \tspaced\t \r\n\r\nx\r\n" + CLOSE);
        assertEquals("text/csv; charset=utf-8", p.contentType());
        assertEquals("spaced", p.headers().first("x-extra"));
        assertEquals(3, p.headers().size());
    }

    @Test
    void contentMayHoldAnythingButTheDelimiter() throws IOException, HttpException {
        String tricky = "\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1) + "\r\nx" + DASH + "\r\n-\r\n--\r\n";
        assertEquals(tricky, only(field("a", tricky) + CLOSE).text(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void emptyContentIsAnEmptyPart() throws IOException, HttpException {
        Part p = only(field("empty", "") + CLOSE);
        assertEquals(0, p.size());
        assertEquals("", p.text());
    }

    @Test
    void preambleAndEpilogueAreIgnored() throws IOException, HttpException {
        byte[] body = bytes("This is the preamble.\r\nIt is ignored.\r\n" + field("a", "1") + DASH
                + "--\r\nThis is the epilogue, not even read.");
        List<Part> parts = parse(body);
        assertEquals(1, parts.size());
        assertEquals("1", parts.get(0).text());
    }

    @Test
    void transportPaddingAfterABoundaryIsAllowed() throws IOException, HttpException {
        String body = DASH + " \t \r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n" + DASH + "\t\r\n"
                + "Content-Disposition: form-data; name=\"b\"\r\n\r\n2\r\n" + DASH + "--  \r\n";
        assertEquals(List.of("a", "b"), parse(bytes(body)).stream().map(Part::name).toList());
    }

    @Test
    void closeDelimiterWithoutCrlfEndsTheBody() throws IOException, HttpException {
        assertEquals(1, parse(bytes(field("a", "1") + DASH + "--")).size());
    }

    @Test
    void bodyWithOnlyTheCloseDelimiterHasNoParts() throws IOException, HttpException {
        assertEquals(List.of(), parse(bytes(CLOSE)));
    }

    @Test
    void readerReturnsNullAfterTheLastPartAndAfterClose() throws IOException, HttpException {
        MultipartReader reader = parser.reader(new ByteArrayInputStream(body(field("a", "1"))), BOUNDARY);
        assertEquals("a", reader.next().name());
        assertNull(reader.next());
        assertNull(reader.next());
        reader.close();
        assertNull(reader.next());
    }

    static Stream<Arguments> malformed() {
        String disposition = "Content-Disposition: form-data; name=\"a\"\r\n";
        return Stream.of(
                Arguments.of("", ENDED),
                Arguments.of("no boundary anywhere", ENDED),
                Arguments.of(DASH, ENDED),
                Arguments.of(DASH + "\r", ENDED),
                Arguments.of(DASH + "\r\n" + disposition, ENDED),
                Arguments.of(DASH + "\r\n" + disposition + "\r\nvalue", ENDED),
                Arguments.of(DASH + "\r\n" + disposition + "\r\nvalue\r\n", ENDED),
                Arguments.of(field("a", "1"), ENDED),
                Arguments.of(field("a", "1") + DASH + "-", ENDED),
                Arguments.of(DASH + "X\r\n" + disposition + "\r\n1\r\n" + CLOSE, NO_CRLF),
                Arguments.of(DASH + "\n" + disposition + "\r\n1\r\n" + CLOSE, NO_CRLF),
                Arguments.of(DASH + "\r" + disposition + "\r\n1\r\n" + CLOSE, NO_CRLF),
                Arguments.of(DASH + "  x\r\n" + disposition + "\r\n1\r\n" + CLOSE, NO_CRLF),
                Arguments.of(DASH + " ".repeat(300) + "\r\n" + disposition + "\r\n1\r\n" + CLOSE, NO_CRLF),
                Arguments.of(field("a", "1") + DASH + "-x", NO_CRLF),
                Arguments.of(DASH + "\r\nContent-Disposition form-data; name=a\r\n\r\n1\r\n" + CLOSE, BAD_HEADER),
                Arguments.of(DASH + "\r\nContent-Disposition : form-data; name=a\r\n\r\n1\r\n" + CLOSE, BAD_HEADER),
                Arguments.of(DASH + "\r\n: form-data; name=a\r\n\r\n1\r\n" + CLOSE, BAD_HEADER),
                Arguments.of(DASH + "\r\n" + disposition + " folded\r\n\r\n1\r\n" + CLOSE, BAD_HEADER),
                Arguments.of(DASH + "\r\nContent-Disposition: form-data; name=a\nX: y\r\n\r\n1\r\n" + CLOSE,
                        BAD_HEADER),
                Arguments.of(DASH + "\r\nContent-Disposition: form-data; name=a\rX: y\r\n\r\n1\r\n" + CLOSE,
                        BAD_HEADER),
                Arguments.of(DASH + "\r\n" + disposition + "X: a\u0000b\r\n\r\n1\r\n" + CLOSE, BAD_HEADER),
                Arguments.of(DASH + "\r\nContent-Type: text/plain\r\n\r\n1\r\n" + CLOSE,
                        "Multipart part without Content-Disposition"),
                Arguments.of(DASH + "\r\n\r\n1\r\n" + CLOSE, "Multipart part without Content-Disposition"),
                Arguments.of(DASH + "\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\n1\r\n" + CLOSE, NO_NAME),
                Arguments.of(DASH + "\r\nContent-Disposition: form-data\r\n\r\n1\r\n" + CLOSE, NO_NAME),
                Arguments.of(DASH + "\r\nContent-Disposition: form-data; filename=\"a\"\r\n\r\n1\r\n" + CLOSE,
                        NO_NAME),
                Arguments.of(DASH + "\r\nContent-Disposition: form-data; name=\"a\r\n\r\n1\r\n" + CLOSE,
                        "Malformed multipart Content-Disposition"),
                Arguments.of(DASH + "\r\nContent-Disposition: form-data; name=\"a\"x\r\n\r\n1\r\n" + CLOSE,
                        "Malformed multipart Content-Disposition"),
                Arguments.of(DASH + "\r\nContent-Disposition: form-data; name=a b\r\n\r\n1\r\n" + CLOSE,
                        "Malformed multipart Content-Disposition"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedBodyIsA400WithAPreciseMessage(String body, String message) {
        HttpException e = assertThrows(HttpException.class, () -> parse(bytes(body)));
        assertEquals(400, e.status());
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedBodyFailsTheSameWayWhenReadOneByteAtATime(String body, String message) {
        HttpException e = assertThrows(HttpException.class, () -> parser.parseAll(
                MultipartBodies.oneByteAtATime(new ByteArrayInputStream(bytes(body))), BOUNDARY));
        assertEquals(message, e.getMessage());
    }

    @Test
    void readerThatFailedRefusesToContinue() throws IOException, HttpException {
        byte[] body = bytes(field("a", "1") + DASH + "\r\nX: y\r\n\r\n2\r\n" + CLOSE);
        MultipartReader reader = parser.reader(new ByteArrayInputStream(body), BOUNDARY);
        assertEquals("1", reader.next().text());
        assertThrows(HttpException.class, reader::next);
        IllegalStateException e = assertThrows(IllegalStateException.class, reader::next);
        assertEquals("MultipartReader failed earlier; the body cannot be read further", e.getMessage());
    }

    @Test
    void readerRefusesAnInvalidBoundary() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parser.reader(new ByteArrayInputStream(new byte[0]), "bad\rboundary"));
        assertEquals("Not a valid RFC 2046 boundary; take it from MultipartParser.boundary", e.getMessage());
    }
}
