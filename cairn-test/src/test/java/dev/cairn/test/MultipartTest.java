package dev.cairn.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.http.MultipartParser;
import dev.cairn.http.Part;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A form is written byte for byte as a browser writes it, and cairn-http reads back what was written. */
class MultipartTest {

    @Test
    void aFormIsWrittenAsRfc7578Says() {
        Multipart.Body body = Multipart.of()
                .field("title", "Hi")
                .file("doc", "a.txt", "text/plain", "abc".getBytes(StandardCharsets.UTF_8))
                .encode("XyZ");

        assertEquals("multipart/form-data; boundary=XyZ", body.contentType());
        assertEquals("--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n"
                + "\r\n"
                + "Hi\r\n"
                + "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"doc\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n"
                + "\r\n"
                + "abc\r\n"
                + "--XyZ--\r\n", new String(body.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyFormIsOnlyTheCloseDelimiter() {
        assertEquals("--b--\r\n", new String(Multipart.of().encode("b").bytes(), StandardCharsets.US_ASCII));
    }

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("plain", "plain"),
                Arguments.of("say \"hi\"", "say %22hi%22"),
                Arguments.of("two\r\nlines", "two%0D%0Alines"),
                Arguments.of("café ☃", "café ☃"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void namesAndFileNamesAreEscapedAsHtmlDoesAndReadBackByTheParser(String name, String received) throws Exception {
        Multipart.Body body = Multipart.of().file(name, name, "application/octet-stream", new byte[]{7}).encode();

        List<Part> parts = MultipartParser.builder().build().parseAll(new ByteArrayInputStream(body.bytes()),
                MultipartParser.boundary(body.contentType()));

        assertEquals(1, parts.size());
        assertEquals(received, parts.getFirst().name());
        assertEquals(received, parts.getFirst().filename());
    }

    @Test
    void eachEncodingDrawsAFreshRandomBoundary() {
        Multipart form = Multipart.of().field("a", "1");

        String first = form.encode().contentType();
        String second = form.encode().contentType();

        assertTrue(first.matches("multipart/form-data; boundary=----CairnFormBoundary[0-9a-f]{24}"), first);
        assertNotEquals(first, second);
    }

    @Test
    void theBoundaryNeverOccursInAPart() {
        Multipart.Body probe = Multipart.of().encode();
        String boundary = probe.contentType().substring(probe.contentType().indexOf('=') + 1);
        // A part that holds a boundary just drawn cannot hold every boundary the next draws could give.
        Multipart form = Multipart.of().field("trap", boundary);

        for (int i = 0; i < 50; i++) {
            Multipart.Body body = form.encode();
            String used = body.contentType().substring(body.contentType().indexOf('=') + 1);
            assertNotEquals(boundary, used);
        }
    }

    @Test
    void formsAreImmutable() {
        Multipart empty = Multipart.of();
        Multipart one = empty.field("a", "1");

        assertEquals("--b--\r\n", new String(empty.encode("b").bytes(), StandardCharsets.US_ASCII));
        assertTrue(new String(one.encode("b").bytes(), StandardCharsets.US_ASCII).contains("name=\"a\""));
    }

    @Test
    void aContentTypeWithALineBreakIsRefused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Multipart.of().file("f", "x", "text/plain\r\nX-Evil: 1", new byte[0]));
        assertEquals("The content type of f must not contain a line break", e.getMessage());
    }
}
