package dev.cairn.web.staticfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.http.HttpDate;
import dev.cairn.journey.Journey;
import dev.cairn.web.Exchanges;
import dev.cairn.web.Sites;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Static files served through a site, with every header a browser and a cache rely on. */
class StaticFilesViewTest {

    static final String CSS = "body { color: rebeccapurple }\n";
    static final Instant MODIFIED = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path temp;

    Path root;
    StaticFinder finder;
    WebApp app;

    @BeforeEach
    void aStaticFolderWithACompressedStylesheet() throws IOException {
        root = temp.resolve("static");
        write(root.resolve("css/app.css"), CSS.getBytes(StandardCharsets.UTF_8));
        write(root.resolve("css/app.css.gz"), gzip(CSS));
        write(root.resolve("css/app.css.br"), "brotli bytes".getBytes(StandardCharsets.UTF_8));
        write(root.resolve("js/plain.js"), "console.log(1)".getBytes(StandardCharsets.UTF_8));
        write(root.resolve(".env"), "SECRET=1".getBytes(StandardCharsets.UTF_8));
        write(temp.resolve("secret.txt"), "outside the root".getBytes(StandardCharsets.UTF_8));
        finder = StaticFinder.of(FileSystemSource.of(root));
        app = Sites.app(Sites.settings().build(), StaticRoutes.of(Sites.settings().build(), finder));
    }

    static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private dev.cairn.gateway.Response get(String target, String... headers) {
        return app.handle(Exchanges.get(target, headers));
    }

    private StaticFile css() {
        return finder.find("css/app.css").orElseThrow();
    }

    @Test
    void aFileIsServedWithItsTypeValidatorsAndNoCacheInDebug() throws IOException {
        var response = get("/static/css/app.css");
        assertEquals(200, response.status());
        assertEquals(CSS, new String(Sites.body(response), StandardCharsets.UTF_8));
        assertEquals("text/css; charset=utf-8", response.headers().first("Content-Type"));
        assertEquals(css().etag(), response.headers().first("ETag"));
        assertFalse(response.headers().first("ETag").startsWith("W/"), "a content hash is a strong validator");
        assertEquals(HttpDate.format(MODIFIED), response.headers().first("Last-Modified"));
        assertEquals("no-cache", response.headers().first("Cache-Control"));
        assertEquals("Accept-Encoding", response.headers().first("Vary"));
        assertEquals("bytes", response.headers().first("Accept-Ranges"));
        assertNull(response.headers().first("Content-Encoding"));
    }

    @Test
    void aFileWithoutCompressedSiblingsDoesNotVary() {
        var response = get("/static/js/plain.js", "Accept-Encoding", "gzip, br");
        assertEquals(200, response.status());
        assertEquals("text/javascript; charset=utf-8", response.headers().first("Content-Type"));
        assertNull(response.headers().first("Vary"));
        assertNull(response.headers().first("Content-Encoding"));
    }

    static Stream<Arguments> acceptEncodings() {
        return Stream.of(
                Arguments.of(List.of(), null),
                Arguments.of(List.of("gzip"), "gzip"),
                Arguments.of(List.of("gzip, deflate, br"), "br"),
                Arguments.of(List.of("br;q=0, gzip"), "gzip"),
                Arguments.of(List.of("x-gzip"), "gzip"),
                Arguments.of(List.of("deflate"), null),
                Arguments.of(List.of("*"), "br"),
                Arguments.of(List.of("identity"), null),
                Arguments.of(List.of("identity;q=0"), null),
                Arguments.of(List.of("gzip", "br"), "br"));
    }

    @ParameterizedTest(name = "Accept-Encoding {0} gets {1}")
    @MethodSource("acceptEncodings")
    void theBestCompressedSiblingTheClientAcceptsIsSent(List<String> accept, String coding) throws IOException {
        String[] headers = accept.stream().flatMap(a -> Stream.of("Accept-Encoding", a)).toArray(String[]::new);
        var response = get("/static/css/app.css", headers);
        assertEquals(200, response.status());
        assertEquals(coding, response.headers().first("Content-Encoding"));
        Encoding encoding = coding == null ? Encoding.IDENTITY : coding.equals("br") ? Encoding.BROTLI : Encoding.GZIP;
        assertEquals(css().etag(encoding), response.headers().first("ETag"));
        assertEquals("text/css; charset=utf-8", response.headers().first("Content-Type"));
        assertEquals("Accept-Encoding", response.headers().first("Vary"));
        Path sent = encoding == Encoding.IDENTITY ? css().path() : css().variant(encoding).orElseThrow().path();
        assertEquals(Arrays.toString(Files.readAllBytes(sent)), Arrays.toString(Sites.body(response)));
    }

    @Test
    void headIsAnsweredWithTheSameHead() {
        var get = get("/static/css/app.css", "Accept-Encoding", "gzip");
        var head = app.handle(Exchanges.exchange("HEAD", "/static/css/app.css", new byte[0], "Accept-Encoding",
                "gzip"));
        assertEquals(200, head.status());
        assertEquals(get.headers(), head.headers());
    }

    @ParameterizedTest(name = "{0} is 405")
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
    void onlyGetAndHeadAreAnswered(String method) {
        var response = app.handle(Exchanges.exchange(method, "/static/css/app.css", new byte[0]));
        assertEquals(405, response.status());
        assertEquals("GET, HEAD", response.headers().first("Allow"));
    }

    @Test
    void theCurrentETagIsAnswered304KeepingValidatorsAndCachingHeaders() throws IOException {
        var response = get("/static/css/app.css", "If-None-Match", css().etag());
        assertEquals(304, response.status());
        assertEquals(0, Sites.body(response).length);
        assertEquals(css().etag(), response.headers().first("ETag"));
        assertEquals("no-cache", response.headers().first("Cache-Control"));
        assertEquals("Accept-Encoding", response.headers().first("Vary"));
        assertEquals(HttpDate.format(MODIFIED), response.headers().first("Last-Modified"));
        assertNull(response.headers().first("Content-Type"));
    }

    @Test
    void theETagOfTheCompressedCopyIsAnsweredOnlyForThatCoding() {
        String gzipTag = css().etag(Encoding.GZIP);
        var gzip = get("/static/css/app.css", "If-None-Match", gzipTag, "Accept-Encoding", "gzip");
        assertEquals(304, gzip.status());
        assertNull(gzip.headers().first("Content-Encoding"));
        var identity = get("/static/css/app.css", "If-None-Match", gzipTag);
        assertEquals(200, identity.status());
    }

    static Stream<Arguments> conditionals() {
        return Stream.of(
                Arguments.of("If-Modified-Since", HttpDate.format(MODIFIED), 304),
                Arguments.of("If-Modified-Since", HttpDate.format(MODIFIED.plusSeconds(60)), 304),
                Arguments.of("If-Modified-Since", HttpDate.format(MODIFIED.minusSeconds(1)), 200),
                Arguments.of("If-Modified-Since", "not a date", 200),
                Arguments.of("If-None-Match", "\"something-else\"", 200),
                Arguments.of("If-None-Match", "*", 304),
                Arguments.of("If-Match", "\"something-else\"", 412),
                Arguments.of("If-Unmodified-Since", HttpDate.format(MODIFIED.minusSeconds(60)), 412),
                Arguments.of("If-Unmodified-Since", HttpDate.format(MODIFIED), 200));
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @MethodSource("conditionals")
    void conditionalRequestsAreAnswered(String header, String value, int status) {
        assertEquals(status, get("/static/css/app.css", header, value).status());
    }

    @Test
    void ifMatchWithTheCurrentETagProceeds() {
        assertEquals(200, get("/static/css/app.css", "If-Match", css().etag()).status());
    }

    static Stream<Arguments> ranges() {
        return Stream.of(
                Arguments.of("bytes=0-3", 206, "bytes 0-3/30", "body"),
                Arguments.of("bytes=-6", 206, "bytes 24-29/30", "ple }\n"),
                Arguments.of("bytes=5-", 206, "bytes 5-29/30", "{ color: rebeccapurple }\n"),
                Arguments.of("bytes=29-100", 206, "bytes 29-29/30", "\n"),
                Arguments.of("bytes=30-", 416, "bytes */30", ""),
                Arguments.of("bytes=0-1,4-5", 200, null, CSS),
                Arguments.of("bytes=x-y", 200, null, CSS));
    }

    @ParameterizedTest(name = "Range {0} is {1} {2}")
    @MethodSource("ranges")
    void rangesOfAStaticFileAreServed(String range, int status, String contentRange, String body) throws IOException {
        var response = get("/static/css/app.css", "Range", range);
        assertEquals(status, response.status());
        assertEquals(contentRange, response.headers().first("Content-Range"));
        assertEquals(body, new String(Sites.body(response), StandardCharsets.UTF_8));
    }

    @Test
    void ifRangeWithTheStrongETagKeepsTheRangeAndAStaleOneGetsTheWholeFile() throws IOException {
        var current = get("/static/css/app.css", "Range", "bytes=0-3", "If-Range", css().etag());
        assertEquals(206, current.status());
        assertEquals("body", new String(Sites.body(current), StandardCharsets.UTF_8));
        var stale = get("/static/css/app.css", "Range", "bytes=0-3", "If-Range", "\"an-older-version\"");
        assertEquals(200, stale.status());
        assertEquals(CSS, new String(Sites.body(stale), StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} is 404")
    @ValueSource(strings = {
            "/static/missing.css",
            "/static/css/",
            "/static/css",
            "/static/../secret.txt",
            "/static/css/../../secret.txt",
            "/static/%2e%2e/secret.txt",
            "/static/css/%2E%2E/%2E%2E/secret.txt",
            "/static/css/..%2f..%2fsecret.txt",
            "/static//etc/passwd",
            "/static/%2Fetc%2Fpasswd",
            "/static/css%5capp.css",
            "/static/css/app.css%00",
            "/static/css/app.css%00.png",
            "/static/.env",
            "/static/css/app.css%2500",
            "/static/C:/Windows/win.ini"})
    void unknownNamesAndEscapesAre404(String target) {
        var response = get(target);
        assertEquals(404, response.status());
        assertFalse(Exchanges.text(response).contains("outside the root"));
    }

    @Test
    void aMalformedEscapeIsABadRequestNotAServerError() {
        assertEquals(400, get("/static/%zz.css").status());
        assertEquals(400, get("/static/%C0%AF..%C0%AFsecret.txt").status());
    }

    @Test
    void aFileNamedForItsOwnContentIsCachedForever() throws IOException {
        String hashed = css().hashedName();
        write(root.resolve(hashed), CSS.getBytes(StandardCharsets.UTF_8));
        var response = get("/static/" + hashed);
        assertEquals(200, response.status());
        assertEquals("public, max-age=31536000, immutable", response.headers().first("Cache-Control"));
    }

    @Test
    void aNameWithSomeoneElsesHashIsNotCachedForever() throws IOException {
        write(root.resolve("css/app.deadbeef.css"), CSS.getBytes(StandardCharsets.UTF_8));
        assertEquals("no-cache", get("/static/css/app.deadbeef.css").headers().first("Cache-Control"));
    }

    static Stream<Arguments> hashedNames() {
        String hash = "3f2a9c1e" + "0".repeat(56);
        return Stream.of(
                Arguments.of("css/app.3f2a9c1e.css", hash, true),
                Arguments.of("LICENSE.3f2a9c1e", hash, true),
                Arguments.of("js/htmx.min.3f2a9c1e.js", hash, true),
                Arguments.of("css/app.3f2a9c1f.css", hash, false),
                Arguments.of("css/app.3F2A9C1E.css", hash, false),
                Arguments.of("css/app.3f2a9c1.css", hash, false),
                Arguments.of("css/app.css", hash, false),
                Arguments.of("3f2a9c1e", hash, false),
                Arguments.of("3f2a9c1e.d/app.css", hash, false));
    }

    @ParameterizedTest(name = "{0} carries its own hash: {2}")
    @MethodSource("hashedNames")
    void aNameCarriesItsOwnHashOnlyWhenTheDigitsAreTheContents(String name, String hash, boolean carries) {
        StaticFile file = new StaticFile(name, Path.of(name), 1, MODIFIED, hash, "text/plain", List.of());
        assertEquals(carries, StaticFilesView.carriesOwnHash(name, file));
    }

    @Test
    void aRouteWithoutANameArgumentIsAMistakeAnswered500() {
        WebApp wrong = Sites.app(Routes.path("files/<path:file>", StaticFilesView.of(finder), "files"));
        assertEquals(500, wrong.handle(Exchanges.get("/files/css/app.css")).status());
    }

    @Test
    void theJourneyRecordsTheFileAndCodingServed() throws Exception {
        Journey journey = Journey.begin("static-1");
        journey.carry(() -> get("/static/css/app.css", "Accept-Encoding", "gzip"));
        Journey.Stop served = journey.stops("staticfiles").getFirst();
        assertEquals("css/app.css", served.facts().get("name"));
        assertEquals("gzip", served.facts().get("encoding"));
        assertTrue(served.facts().get("path").toString().endsWith("app.css.gz"));
    }

    @Test
    void theFirstSourceThatHasANameWins() throws IOException {
        Path project = temp.resolve("project");
        write(project.resolve("css/app.css"), "the project's".getBytes(StandardCharsets.UTF_8));
        StaticFinder both = StaticFinder.of(FileSystemSource.of(project), FileSystemSource.of(root));
        Settings settings = Sites.settings().build();
        WebApp site = Sites.app(settings, StaticRoutes.of(settings, both));
        assertEquals("the project's", new String(Sites.body(site.handle(Exchanges.get("/static/css/app.css"))),
                StandardCharsets.UTF_8));
        assertEquals(200, site.handle(Exchanges.get("/static/js/plain.js")).status());
    }
}
