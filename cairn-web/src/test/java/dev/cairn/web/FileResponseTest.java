package dev.cairn.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.http.HttpDate;
import dev.cairn.web.routing.Routes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A file response as it leaves the site: conditional requests (RFC 9110 §13) and ranges (§14). */
class FileResponseTest {

    static final String CONTENT = "0123456789abcdefghij";
    static final Instant MODIFIED = Instant.parse("2025-02-03T04:05:06Z");
    static final String LAST_MODIFIED = HttpDate.format(MODIFIED);

    @TempDir
    Path temp;

    Path file;
    WebApp app;
    String etag;

    @BeforeEach
    void aTwentyByteFile() throws IOException {
        file = temp.resolve("report.txt");
        Files.writeString(file, CONTENT);
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
        app = Sites.app(Routes.path("file/", request -> Response.file(file)),
                Routes.path("missing/", request -> Response.file(temp.resolve("nope.txt"))),
                Routes.path("folder/", request -> Response.file(temp)),
                Routes.path("error-page/", request -> Response.file(file).status(404)));
        etag = Response.file(file).header("ETag");
    }

    private dev.cairn.gateway.Response get(String... headers) {
        return app.handle(Exchanges.get("/file/", headers));
    }

    static String body(dev.cairn.gateway.Response response) throws IOException {
        return new String(Sites.body(response), StandardCharsets.UTF_8);
    }

    @Test
    void aFileIsSentWholeWithItsTypeDateWeakETagAndRanges() throws IOException {
        var response = get();
        assertEquals(200, response.status());
        assertEquals(CONTENT, body(response));
        assertEquals("text/plain; charset=utf-8", response.headers().first("Content-Type"));
        assertEquals(LAST_MODIFIED, response.headers().first("Last-Modified"));
        assertEquals("bytes", response.headers().first("Accept-Ranges"));
        assertEquals("W/\"" + "0000000000000014" + "-" + String.format("%016x", MODIFIED.toEpochMilli()) + "\"",
                response.headers().first("ETag"));
        Response unsent = Response.file(file);
        assertEquals(file, unsent.file());
        assertNull(unsent.bytes());
    }

    static Stream<Arguments> ranges() {
        return Stream.of(
                Arguments.of("bytes=0-9", 206, "bytes 0-9/20", "0123456789"),
                Arguments.of("bytes=-5", 206, "bytes 15-19/20", "fghij"),
                Arguments.of("bytes=5-", 206, "bytes 5-19/20", "56789abcdefghij"),
                Arguments.of("bytes=19-19", 206, "bytes 19-19/20", "j"),
                Arguments.of("bytes=10-100", 206, "bytes 10-19/20", "abcdefghij"),
                Arguments.of("bytes=-100", 206, "bytes 0-19/20", CONTENT),
                Arguments.of("BYTES = 2-3", 200, null, CONTENT),
                Arguments.of("bytes= 2-3 ", 206, "bytes 2-3/20", "23"),
                Arguments.of("bytes=20-", 416, "bytes */20", ""),
                Arguments.of("bytes=20-25", 416, "bytes */20", ""),
                Arguments.of("bytes=100-200", 416, "bytes */20", ""),
                Arguments.of("bytes=-0", 416, "bytes */20", ""),
                Arguments.of("bytes=0-1,5-6", 200, null, CONTENT),
                Arguments.of("bytes=0-1, 30-40", 200, null, CONTENT),
                Arguments.of("bytes=5-2", 200, null, CONTENT),
                Arguments.of("bytes=abc", 200, null, CONTENT),
                Arguments.of("bytes=-", 200, null, CONTENT),
                Arguments.of("bytes=", 200, null, CONTENT),
                Arguments.of("bytes=1-2-3", 200, null, CONTENT),
                Arguments.of("bytes=+1-2", 200, null, CONTENT),
                Arguments.of("bytes=99999999999999999999-", 200, null, CONTENT),
                Arguments.of("items=0-1", 200, null, CONTENT),
                Arguments.of("0-1", 200, null, CONTENT));
    }

    @ParameterizedTest(name = "Range: {0} is {1} {2}")
    @MethodSource("ranges")
    void rangesAreAnsweredWithOnePartOrTheWholeFile(String range, int status, String contentRange, String body)
            throws IOException {
        var response = get("Range", range);
        assertEquals(status, response.status());
        assertEquals(contentRange, response.headers().first("Content-Range"));
        assertEquals(body, body(response));
        if (status == 416) {
            assertNull(response.headers().first("Content-Type"), "an empty 416 body is no text/plain");
        }
    }

    static Stream<Arguments> ifRanges() {
        return Stream.of(
                Arguments.of("the Last-Modified date", LAST_MODIFIED, 206),
                Arguments.of("an older date", HttpDate.format(MODIFIED.minusSeconds(10)), 200),
                Arguments.of("a later date", HttpDate.format(MODIFIED.plusSeconds(10)), 200),
                Arguments.of("the weak ETag, which a range never trusts", "WEAK", 200),
                Arguments.of("another ETag", "\"other\"", 200),
                Arguments.of("a malformed value", "yesterday", 200));
    }

    @ParameterizedTest(name = "If-Range with {0} is {2}")
    @MethodSource("ifRanges")
    void ifRangeKeepsTheRangeOnlyWhileTheValidatorHolds(String what, String ifRange, int status) throws IOException {
        var response = get("Range", "bytes=0-3", "If-Range", ifRange.equals("WEAK") ? etag : ifRange);
        assertEquals(status, response.status());
        assertEquals(status == 206 ? "0123" : CONTENT, body(response));
    }

    @Test
    void aStrongETagSetByTheViewMakesIfRangeMatch() throws IOException {
        WebApp strong = Sites.app(Routes.path("f/", request -> Response.file(file).header("ETag", "\"v1\"")));
        var matching = strong.handle(Exchanges.get("/f/", "Range", "bytes=0-3", "If-Range", "\"v1\""));
        assertEquals(206, matching.status());
        assertEquals("0123", body(matching));
        var stale = strong.handle(Exchanges.get("/f/", "Range", "bytes=0-3", "If-Range", "\"v0\""));
        assertEquals(200, stale.status());
    }

    static Stream<Arguments> conditionals() {
        return Stream.of(
                Arguments.of("If-None-Match", "ETAG", 304),
                Arguments.of("If-None-Match", "STRONG-FORM", 304),
                Arguments.of("If-None-Match", "\"x\", ETAG", 304),
                Arguments.of("If-None-Match", "*", 304),
                Arguments.of("If-None-Match", "\"x\"", 200),
                Arguments.of("If-Modified-Since", LAST_MODIFIED, 304),
                Arguments.of("If-Modified-Since", HttpDate.format(MODIFIED.plusSeconds(3600)), 304),
                Arguments.of("If-Modified-Since", HttpDate.format(MODIFIED.minusSeconds(1)), 200),
                Arguments.of("If-Modified-Since", "garbage", 200),
                Arguments.of("If-Match", "\"x\"", 412),
                Arguments.of("If-Match", "ETAG", 412),
                Arguments.of("If-Match", "*", 200),
                Arguments.of("If-Unmodified-Since", HttpDate.format(MODIFIED.minusSeconds(1)), 412),
                Arguments.of("If-Unmodified-Since", LAST_MODIFIED, 200));
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @MethodSource("conditionals")
    void preconditionsAreEvaluatedAgainstTheFilesValidators(String header, String value, int status)
            throws IOException {
        String resolved = value.replace("STRONG-FORM", etag.substring(2)).replace("ETAG", etag);
        var response = get(header, resolved);
        assertEquals(status, response.status());
        assertEquals(status == 200 ? CONTENT : "", body(response));
        if (status == 304) {
            assertEquals(etag, response.headers().first("ETag"));
            assertEquals(LAST_MODIFIED, response.headers().first("Last-Modified"));
            assertNull(response.headers().first("Content-Type"));
        }
    }

    @Test
    void ifNoneMatchWinsOverIfModifiedSince() {
        assertEquals(200, get("If-None-Match", "\"x\"", "If-Modified-Since", LAST_MODIFIED).status());
        assertEquals(304, get("If-None-Match", etag, "If-Modified-Since", HttpDate.format(MODIFIED.minusSeconds(
                60))).status());
    }

    @Test
    void aNotModifiedAnswerBeatsARange() {
        assertEquals(304, get("If-None-Match", etag, "Range", "bytes=0-3").status());
    }

    @Test
    void aMatchingETagOnAnUnsafeMethodIs412AndRangesAreForGetAndHead() throws IOException {
        WebApp any = Sites.app(Routes.path("f/", request -> Response.file(file)));
        assertEquals(412, any.handle(Exchanges.exchange("POST", "/f/", new byte[0], "If-None-Match", etag)).status());
        var post = any.handle(Exchanges.exchange("POST", "/f/", new byte[0], "Range", "bytes=0-3"));
        assertEquals(200, post.status());
        assertEquals(CONTENT, body(post));
        var head = any.handle(Exchanges.exchange("HEAD", "/f/", new byte[0], "Range", "bytes=0-3"));
        assertEquals(206, head.status());
        assertEquals("bytes 0-3/20", head.headers().first("Content-Range"));
    }

    @Test
    void aFileResponseWithAnotherStatusIsSentAsItIs() throws IOException {
        var response = app.handle(Exchanges.get("/error-page/", "Range", "bytes=0-3", "If-None-Match", etag));
        assertEquals(404, response.status());
        assertEquals(CONTENT, body(response));
    }

    @Test
    void aMissingFileOrAFolderIs404() {
        assertEquals(404, app.handle(Exchanges.get("/missing/")).status());
        assertEquals(404, app.handle(Exchanges.get("/folder/")).status());
        HttpError error = assertThrows(HttpError.class, () -> Response.file(temp.resolve("nope.txt")));
        assertEquals(404, error.status());
        assertEquals("No such file: nope.txt", error.getMessage());
    }

    @Test
    void anEmptyFileHasNoSatisfiableRange() throws IOException {
        Path empty = temp.resolve("empty.bin");
        Files.write(empty, new byte[0]);
        WebApp site = Sites.app(Routes.path("e/", request -> Response.file(empty)));
        var whole = site.handle(Exchanges.get("/e/"));
        assertEquals(200, whole.status());
        assertEquals("application/octet-stream", whole.headers().first("Content-Type"));
        for (String range : List.of("bytes=0-", "bytes=-1", "bytes=0-0")) {
            var response = site.handle(Exchanges.get("/e/", "Range", range));
            assertEquals(416, response.status(), range);
            assertEquals("bytes */0", response.headers().first("Content-Range"));
        }
    }

    static Stream<Arguments> byteRanges() {
        return Stream.of(
                Arguments.of("bytes=0-9", 100L, new long[]{0, 9}),
                Arguments.of("bytes=90-", 100L, new long[]{90, 99}),
                Arguments.of("bytes=-10", 100L, new long[]{90, 99}),
                Arguments.of("bytes=99-1000", 100L, new long[]{99, 99}),
                Arguments.of("bytes=100-", 100L, new long[0]),
                Arguments.of("bytes=-0", 100L, new long[0]),
                Arguments.of("bytes=0-", 0L, new long[0]),
                Arguments.of("bytes=9-0", 100L, null),
                Arguments.of("bytes=0-1,2-3", 100L, null),
                Arguments.of("pages=1-2", 100L, null),
                Arguments.of("bytes=1234567890123456789-", 100L, null));
    }

    @ParameterizedTest(name = "{0} of {1} bytes")
    @MethodSource("byteRanges")
    void byteRangesParseToASpanNothingOrTheWhole(String header, long size, long[] span) {
        long[] parsed = ByteRange.parse(header, size);
        if (span == null) {
            assertNull(parsed);
        } else {
            assertArrayEquals(span, parsed);
        }
    }

    @Test
    void theDatesAreWholeSecondsSoASubSecondMtimeStillMatches() throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED.plusMillis(750)));
        var response = get("If-Modified-Since", LAST_MODIFIED);
        assertEquals(304, response.status());
        assertTrue(response.headers().first("ETag").startsWith("W/\""));
    }
}
