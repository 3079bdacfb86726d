package dev.cairn.http;

import static dev.cairn.http.MultipartBodies.BOUNDARY;
import static dev.cairn.http.MultipartBodies.CLOSE;
import static dev.cairn.http.MultipartBodies.DASH;
import static dev.cairn.http.MultipartBodies.body;
import static dev.cairn.http.MultipartBodies.bytes;
import static dev.cairn.http.MultipartBodies.field;
import static dev.cairn.http.MultipartBodies.fileCount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each limit of {@link MultipartParser}: accepted up to it, refused one past it with its exact status. */
class MultipartLimitsTest {
    @TempDir
    Path temp;

    private List<Part> parse(MultipartParser parser, byte[] body) throws IOException, HttpException {
        return parser.parseAll(new ByteArrayInputStream(body), BOUNDARY);
    }

    private static String fields(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(field("f" + i, "v"));
        }
        return sb.toString();
    }

    @Test
    void partCountUpToTheLimitIsAccepted() throws IOException, HttpException {
        MultipartParser parser = MultipartParser.builder().maxParts(3).build();
        assertEquals(3, parse(parser, body(fields(3))).size());
    }

    @Test
    void onePartPastTheLimitIsA413() {
        MultipartParser parser = MultipartParser.builder().maxParts(3).build();
        HttpException e = assertThrows(HttpException.class, () -> parse(parser, body(fields(4))));
        assertEquals(413, e.status());
        assertEquals("Too many multipart parts", e.getMessage());
    }

    @Test
    void theDefaultPartLimitIsAThousand() throws IOException, HttpException {
        MultipartParser parser = MultipartParser.builder().build();
        assertEquals(1000, parse(parser, body(fields(1000))).size());
        HttpException e = assertThrows(HttpException.class, () -> parse(parser, body(fields(1001))));
        assertEquals("Too many multipart parts", e.getMessage());
    }

    @Test
    void partOfExactlyTheMaximumSizeIsAccepted() throws IOException, HttpException {
        MultipartParser parser = MultipartParser.builder().maxPartSize(10).build();
        assertEquals("0123456789", parse(parser, body(field("a", "0123456789"))).get(0).text());
    }

    @Test
    void partOneBytePastTheMaximumIsA413() {
        MultipartParser parser = MultipartParser.builder().maxPartSize(10).build();
        HttpException e = assertThrows(HttpException.class, () -> parse(parser, body(field("a", "0123456789X"))));
        assertEquals(413, e.status());
        assertEquals("Multipart part too large", e.getMessage());
    }

    @Test
    void partTooLargeOnDiskLeavesNoTemporaryFile() throws IOException {
        MultipartParser parser = MultipartParser.builder().memoryThreshold(100).maxPartSize(200 * 1024)
                .tempDirectory(temp).build();
        String big = "x".repeat(200 * 1024 + 1);
        HttpException e = assertThrows(HttpException.class,
                () -> parse(parser, body(field("ok", "y".repeat(1000)), field("big", big))));
        assertEquals("Multipart part too large", e.getMessage());
        assertEquals(0, fileCount(temp), "the first part's file and the failed part's file are both deleted");
    }

    @Test
    void bodyOfExactlyTheMaximumTotalIsAccepted() throws IOException, HttpException {
        byte[] body = body(field("a", "1"), field("b", "2"));
        MultipartParser parser = MultipartParser.builder().maxTotalSize(body.length).build();
        assertEquals(2, parse(parser, body).size());
    }

    @Test
    void bodyOneBytePastTheMaximumTotalIsA413() {
        byte[] body = body(field("a", "1"), field("b", "2"));
        MultipartParser parser = MultipartParser.builder().maxTotalSize(body.length - 1).build();
        HttpException e = assertThrows(HttpException.class, () -> parse(parser, body));
        assertEquals(413, e.status());
        assertEquals("Multipart body too large", e.getMessage());
    }

    @Test
    void preambleCountsTowardTheTotal() {
        byte[] body = bytes("p".repeat(1000) + "\r\n" + field("a", "1") + CLOSE);
        MultipartParser parser = MultipartParser.builder().maxTotalSize(1000).build();
        HttpException e = assertThrows(HttpException.class, () -> parse(parser, body));
        assertEquals("Multipart body too large", e.getMessage());
    }

    private static String partWithHeaderSection(int headerBytes) {
        String disposition = "Content-Disposition: form-data; name=\"a\"";
        String padding = "X-Pad: " + "p".repeat(headerBytes - disposition.length() - 2 - "X-Pad: ".length());
        String headers = disposition + "\r\n" + padding;
        assertEquals(headerBytes, headers.length());
        return DASH + "\r\n" + headers + "\r\n\r\nvalue\r\n";
    }

    @Test
    void headerSectionOfExactlyTheMaximumIsAccepted() throws IOException, HttpException {
        MultipartParser parser = MultipartParser.builder().maxHeaderSize(200).build();
        assertEquals("value", parse(parser, body(partWithHeaderSection(200))).get(0).text());
    }

    @Test
    void headerSectionOneBytePastTheMaximumIsA400() {
        MultipartParser parser = MultipartParser.builder().maxHeaderSize(200).build();
        HttpException e = assertThrows(HttpException.class, () -> parse(parser, body(partWithHeaderSection(201))));
        assertEquals(400, e.status());
        assertEquals("Multipart part headers too large", e.getMessage());
    }

    @Test
    void endlessHeaderSectionIsRefusedBeforeTheBodyEnds() {
        MultipartParser parser = MultipartParser.builder().maxHeaderSize(8 * 1024).build();
        byte[] body = bytes(DASH + "\r\nContent-Disposition: form-data; name=\"a\"\r\n"
                + "X-Pad: p\r\n".repeat(100_000));
        HttpException e = assertThrows(HttpException.class, () -> parse(parser, body));
        assertEquals("Multipart part headers too large", e.getMessage());
    }

    @Test
    void theDefaultHeaderLimitIsEightKibibytes() throws IOException, HttpException {
        MultipartParser parser = MultipartParser.builder().build();
        assertEquals(1, parse(parser, body(partWithHeaderSection(8 * 1024))).size());
        HttpException e = assertThrows(HttpException.class,
                () -> parse(parser, body(partWithHeaderSection(8 * 1024 + 1))));
        assertEquals("Multipart part headers too large", e.getMessage());
    }

    @Test
    void defaultsAreSafeForAPublicServer() {
        MultipartParser parser = MultipartParser.builder().build();
        assertEquals(64 * 1024, parser.memoryThreshold());
        assertEquals(1000, parser.maxParts());
        assertEquals(10L * 1024 * 1024, parser.maxPartSize());
        assertEquals(HttpLimits.DEFAULT.maxBodyBytes(), parser.maxTotalSize());
        assertEquals(8 * 1024, parser.maxHeaderSize());
        assertNull(parser.tempDirectory());
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of((UnaryOperator<MultipartParser.Builder>) b -> b.memoryThreshold(-1),
                        "memoryThreshold must be at least 0; got -1"),
                Arguments.of((UnaryOperator<MultipartParser.Builder>) b -> b.maxParts(0),
                        "maxParts must be at least 1; got 0"),
                Arguments.of((UnaryOperator<MultipartParser.Builder>) b -> b.maxPartSize(-1),
                        "maxPartSize must be at least 0; got -1"),
                Arguments.of((UnaryOperator<MultipartParser.Builder>) b -> b.maxTotalSize(0),
                        "maxTotalSize must be at least 1; got 0"),
                Arguments.of((UnaryOperator<MultipartParser.Builder>) b -> b.maxHeaderSize(0),
                        "maxHeaderSize must be at least 1; got 0"),
                Arguments.of((UnaryOperator<MultipartParser.Builder>) b -> b.maxHeaderSize(1024 * 1024 + 1),
                        "maxHeaderSize must be at most 1 MiB; got 1048577"));
    }

    @ParameterizedTest
    @MethodSource("badSettings")
    void impossibleLimitIsRefusedAtBuildTime(UnaryOperator<MultipartParser.Builder> setting, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> setting.apply(MultipartParser.builder()));
        assertEquals(message, e.getMessage());
    }

    @Test
    void aFailureClosesThePartsAlreadyRead() throws IOException {
        MultipartParser parser = MultipartParser.builder().memoryThreshold(0).maxParts(2).tempDirectory(temp)
                .build();
        assertThrows(HttpException.class, () -> parse(parser, body(fields(3))));
        assertEquals(0, fileCount(temp));
    }
}
