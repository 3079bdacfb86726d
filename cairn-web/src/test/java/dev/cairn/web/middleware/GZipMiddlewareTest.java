package dev.cairn.web.middleware;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.ResponseBody;
import dev.cairn.web.Exchanges;
import dev.cairn.web.Response;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Gzip for clients that accept it, of responses worth compressing. */
class GZipMiddlewareTest {

    private static final String PAGE = "<p>Cairn stacks stones, one on another, to mark a path.</p>\n".repeat(20);
    private static final byte[] NOISE = noise(1000);

    @TempDir
    Path folder;

    private static byte[] noise(int length) {
        byte[] bytes = new byte[length];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static WebApp site(Supplier<Response> view, dev.cairn.web.Middleware... below) {
        Settings settings = Sites.base().build();
        dev.cairn.web.Middleware[] stack = new dev.cairn.web.Middleware[below.length + 1];
        stack[0] = new GZipMiddleware(settings);
        System.arraycopy(below, 0, stack, 1, below.length);
        return Sites.site(settings, List.of(Routes.<View>path("", request -> view.get())), stack);
    }

    private static dev.cairn.gateway.Response get(Supplier<Response> view, String... headers) {
        return site(view).handle(Exchanges.get("/", headers));
    }

    static Stream<Arguments> responses() {
        return Stream.of(
                Arguments.of("an HTML page", (Supplier<Response>) () -> Response.html(PAGE), true, true),
                Arguments.of("JSON", (Supplier<Response>) () -> Response.json(Map.of("text", PAGE)), true, true),
                Arguments.of("a +json type", (Supplier<Response>) () -> Response.bytes(bytes(PAGE),
                        "application/vnd.api+json"), true, true),
                Arguments.of("a +xml type", (Supplier<Response>) () -> Response.bytes(bytes(PAGE),
                        "application/atom+xml; charset=utf-8"), true, true),
                Arguments.of("SVG", (Supplier<Response>) () -> Response.bytes(bytes(PAGE), "image/svg+xml"), true,
                        true),
                Arguments.of("JavaScript", (Supplier<Response>) () -> Response.bytes(bytes(PAGE),
                        "application/javascript"), true, true),
                Arguments.of("XML", (Supplier<Response>) () -> Response.bytes(bytes(PAGE), "application/xml"), true,
                        true),
                Arguments.of("text in capitals", (Supplier<Response>) () -> Response.bytes(bytes(PAGE),
                        "TEXT/CSS"), true, true),
                Arguments.of("exactly 200 bytes", (Supplier<Response>) () -> Response.text("a".repeat(200)), true,
                        true),
                Arguments.of("199 bytes", (Supplier<Response>) () -> Response.text("a".repeat(199)), false, false),
                Arguments.of("an image", (Supplier<Response>) () -> Response.bytes(bytes(PAGE), "image/png"), false,
                        false),
                Arguments.of("octet-stream", (Supplier<Response>) () -> Response.bytes(bytes(PAGE),
                        "application/octet-stream"), false, false),
                Arguments.of("json look-alike", (Supplier<Response>) () -> Response.bytes(bytes(PAGE),
                        "application/jsonp"), false, false),
                Arguments.of("no type", (Supplier<Response>) () -> Response.of(200).body(ResponseBody.of(
                        bytes(PAGE))), false, false),
                Arguments.of("a 206", (Supplier<Response>) () -> Response.html(PAGE).status(206), false, false),
                Arguments.of("a 404", (Supplier<Response>) () -> Response.html(PAGE).status(404), false, false),
                Arguments.of("already encoded", (Supplier<Response>) () -> Response.html(PAGE).header(
                        "Content-Encoding", "br"), false, false),
                Arguments.of("noise that gzip cannot shrink", (Supplier<Response>) () -> Response.bytes(NOISE,
                        "text/plain"), false, true));
    }

    @ParameterizedTest(name = "{0}: gzipped {2}, varies {3}")
    @MethodSource("responses")
    void compressibleResponsesAreGzippedForAClientThatAcceptsIt(String what, Supplier<Response> view,
            boolean gzipped, boolean varies) {
        var plain = get(view);
        var response = get(view, "Accept-Encoding", "gzip, deflate, br");

        assertEquals(gzipped ? "gzip" : plain.headers().first("Content-Encoding"),
                response.headers().first("Content-Encoding"));
        assertEquals(varies ? "Accept-Encoding" : null, response.headers().first("Vary"));
        byte[] body = Sites.body(response);
        assertArrayEquals(Sites.body(plain), gzipped ? Sites.gunzip(body) : body);
        if (gzipped) {
            assertTrue(body.length < Sites.body(plain).length, "compressed is smaller");
        }
    }

    @Test
    void aClientThatDoesNotAcceptGzipGetsTheBodyAsItIsWithVary() {
        var response = get(() -> Response.html(PAGE), "Accept-Encoding", "gzip;q=0, identity");

        assertNull(response.headers().first("Content-Encoding"));
        assertEquals("Accept-Encoding", response.headers().first("Vary"));
        assertEquals(PAGE, Exchanges.text(response));
    }

    @Test
    void aClientThatSaysNothingGetsTheBodyAsItIs() {
        var response = get(() -> Response.html(PAGE));

        assertNull(response.headers().first("Content-Encoding"));
        assertEquals(PAGE, Exchanges.text(response));
    }

    @Test
    void aStreamedBodyIsCompressedOnTheFlyAndFlushesAsItGoes() {
        var response = get(() -> Response.stream("text/html; charset=utf-8", out -> {
            out.write(bytes(PAGE));
            out.flush();
            out.write(bytes("the end"));
        }), "Accept-Encoding", "gzip");

        assertEquals("gzip", response.headers().first("Content-Encoding"));
        assertEquals("Accept-Encoding", response.headers().first("Vary"));
        assertEquals(PAGE + "the end", new String(Sites.gunzip(Sites.body(response)), StandardCharsets.UTF_8));
    }

    @Test
    void aStreamedBodyThatClosesItsStreamStillEndsWell() {
        var response = get(() -> Response.stream("text/plain", out -> {
            out.write(bytes("short"));
            out.close();
        }), "Accept-Encoding", "gzip");

        assertEquals("short", new String(Sites.gunzip(Sites.body(response)), StandardCharsets.UTF_8));
    }

    @Test
    void aShortStreamIsStillCompressedSinceItsLengthIsUnknown() {
        var response = get(() -> Response.stream("text/plain", out -> out.write('x')), "Accept-Encoding", "gzip");

        assertEquals("gzip", response.headers().first("Content-Encoding"));
        assertArrayEquals(new byte[]{'x'}, Sites.gunzip(Sites.body(response)));
    }

    @Test
    void aStreamOfAnImageIsLeftAlone() {
        var response = get(() -> Response.stream("image/png", out -> out.write(NOISE)), "Accept-Encoding", "gzip");

        assertNull(response.headers().first("Content-Encoding"));
        assertArrayEquals(NOISE, Sites.body(response));
    }

    @Test
    void aFileIsLeftAloneForItsPrecompressedVariants() throws IOException {
        Path file = Files.writeString(folder.resolve("page.html"), PAGE);
        var response = get(() -> Response.file(file), "Accept-Encoding", "gzip");

        assertNull(response.headers().first("Content-Encoding"));
        assertNull(response.headers().first("Vary"));
        assertTrue(response.body() instanceof ResponseBody.File);
    }

    static Stream<Arguments> etags() {
        return Stream.of(
                Arguments.of("\"abc\"", "W/\"abc\""),
                Arguments.of("W/\"abc\"", "W/\"abc\""));
    }

    @ParameterizedTest(name = "ETag {0} becomes {1}")
    @MethodSource("etags")
    void aStrongETagBecomesWeakSinceTheBytesDiffer(String etag, String sent) {
        var response = get(() -> Response.html(PAGE).header("ETag", etag), "Accept-Encoding", "gzip");

        assertEquals(sent, response.headers().first("ETag"));
    }

    @Test
    void anUncompressedResponseKeepsItsStrongETag() {
        var response = get(() -> Response.html(PAGE).header("ETag", "\"abc\""));

        assertEquals("\"abc\"", response.headers().first("ETag"));
    }

    static Stream<Arguments> varies() {
        return Stream.of(
                Arguments.of("Cookie", "Cookie, Accept-Encoding"),
                Arguments.of("Cookie, accept-encoding", "Cookie, accept-encoding"),
                Arguments.of("*", "*"));
    }

    @ParameterizedTest(name = "Vary: {0} becomes {1}")
    @MethodSource("varies")
    void varyIsMergedWithWhatTheViewSaid(String vary, String merged) {
        var response = get(() -> Response.html(PAGE).header("Vary", vary), "Accept-Encoding", "gzip");

        assertEquals(List.of(merged), response.headers().all("Vary"));
    }

    @Test
    void severalVaryLinesBecomeOne() {
        var response = get(() -> Response.html(PAGE).addHeader("Vary", "Cookie").addHeader("Vary", "Origin"),
                "Accept-Encoding", "gzip");

        assertEquals(List.of("Cookie, Origin, Accept-Encoding"), response.headers().all("Vary"));
    }

    @Test
    void aConditionalGetBelowMatchesTheWeakenedTag() {
        WebApp app = site(() -> Response.html(PAGE), new CommonMiddleware(Sites.base().build()));
        String etag = app.handle(Exchanges.get("/", "Accept-Encoding", "gzip")).headers().first("ETag");

        var again = app.handle(Exchanges.get("/", "Accept-Encoding", "gzip", "If-None-Match", etag));

        assertTrue(etag.startsWith("W/\""), etag);
        assertEquals(304, again.status());
        assertNull(again.headers().first("Content-Encoding"));
    }

    @Test
    void theJourneyRecordsTheSizes() {
        var journey = Sites.journeyOf(site(() -> Response.html(PAGE)), Exchanges.get("/", "Accept-Encoding",
                "gzip"));

        Map<String, Object> facts = Sites.facts(journey, "compressed");
        assertEquals((long) PAGE.length(), facts.get("bytes"));
        assertTrue((Long) facts.get("gzipped") < PAGE.length());
    }

    @Test
    void theJourneyRecordsWhyNot() {
        var journey = Sites.journeyOf(site(() -> Response.html(PAGE)), Exchanges.get("/", "Accept-Encoding",
                "br"));

        assertEquals("client does not accept gzip", Sites.facts(journey, "not compressed").get("reason"));
    }

    @Test
    void theJourneyRecordsTheSizesOfAStreamOnceWritten() {
        WebApp app = site(() -> Response.stream("text/plain", out -> out.write(bytes(PAGE))));
        var journey = dev.cairn.journey.Journey.begin("stream");
        journey.carry(() -> Sites.body(app.handle(Exchanges.get("/", "Accept-Encoding", "gzip"))));

        Map<String, Object> facts = Sites.facts(journey, "compressed stream");
        assertEquals((long) PAGE.length(), facts.get("bytes"));
        assertTrue((Long) facts.get("gzipped") < PAGE.length());
    }

    @Test
    void compressingManyBodiesReusesDeflatersAndStaysCorrect() {
        for (int i = 0; i < 200; i++) {
            byte[] input = bytes(PAGE + i);
            assertArrayEquals(input, Sites.gunzip(Gzip.compress(input)));
        }
    }

    static Stream<Arguments> tooSmallToShrink() {
        return Stream.of(Arguments.of(0), Arguments.of(1), Arguments.of(18), Arguments.of(19));
    }

    @ParameterizedTest(name = "{0} bytes cannot shrink")
    @MethodSource("tooSmallToShrink")
    void aBodyTooSmallForTheGzipFramingIsNotCompressed(int length) {
        assertNull(Gzip.compress(new byte[length]));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
