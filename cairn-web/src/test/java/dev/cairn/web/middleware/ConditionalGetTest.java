package dev.cairn.web.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.http.SetCookie;
import dev.cairn.web.Exchanges;
import dev.cairn.web.Response;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Route;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** CommonMiddleware's conditional GET: ETags for bodies in memory, 304 and 412. */
class ConditionalGetTest {

    private static final String LAST_MODIFIED = "Wed, 21 Oct 2015 07:28:00 GMT";
    private static final String EARLIER = "Tue, 20 Oct 2015 07:28:00 GMT";
    /** A body long enough to be worth an ETag ({@link ConditionalGet#MIN_BODY_FOR_ETAG}). */
    private static final String PAGE = "page body, long enough that a 304 saves more than its ETag line costs";
    private static final String ETAG = etagOf(PAGE);

    private static List<Route<View>> routes() {
        return List.of(
                Routes.path("page/", request -> Response.text(PAGE), "page"),
                Routes.path("short/", request -> Response.text("x".repeat(ConditionalGet.MIN_BODY_FOR_ETAG - 1))),
                Routes.path("dated/", request -> Response.text(PAGE).header("Last-Modified", LAST_MODIFIED)),
                Routes.path("own-etag/", request -> Response.text(PAGE).header("ETag", "\"v1\"")),
                Routes.path("no-store/", request -> Response.text(PAGE).header("Cache-Control",
                        "private, no-store")),
                Routes.path("stream/", request -> Response.stream("text/plain", out -> out.write('x'))),
                Routes.path("created/", request -> Response.text(PAGE).status(201)),
                Routes.path("cached/", request -> Response.text(PAGE)
                        .header("Cache-Control", "max-age=60")
                        .header("Vary", "Cookie")
                        .header("Content-Location", "/cached/en/")
                        .header("Expires", LAST_MODIFIED)
                        .header("Last-Modified", LAST_MODIFIED)
                        .header("X-Custom", "dropped")
                        .header("Content-Language", "en")
                        .cookie(SetCookie.of("seen", "1"))));
    }

    private static WebApp site() {
        Settings settings = Sites.base().build();
        return Sites.site(settings, routes(), new CommonMiddleware(settings));
    }

    /** The CRC-32C and CRC-32 of the body, computed here independently of the middleware. */
    private static String etagOf(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        java.util.zip.CRC32C castagnoli = new java.util.zip.CRC32C();
        castagnoli.update(bytes);
        java.util.zip.CRC32 ieee = new java.util.zip.CRC32();
        ieee.update(bytes);
        return String.format("\"%08x%08x\"", castagnoli.getValue(), ieee.getValue());
    }

    static Stream<Arguments> preconditions() {
        return Stream.of(
                Arguments.of("no precondition", "GET", "/page/", new String[]{}, 200),
                Arguments.of("If-None-Match with the ETag", "GET", "/page/", new String[]{"If-None-Match", ETAG}, 304),
                Arguments.of("If-None-Match weak form matches weakly", "GET", "/page/",
                        new String[]{"If-None-Match", "W/" + ETAG}, 304),
                Arguments.of("If-None-Match in a list", "GET", "/page/",
                        new String[]{"If-None-Match", "\"other\", " + ETAG}, 304),
                Arguments.of("If-None-Match *", "GET", "/page/", new String[]{"If-None-Match", "*"}, 304),
                Arguments.of("If-None-Match another tag", "GET", "/page/", new String[]{"If-None-Match", "\"x\""},
                        200),
                Arguments.of("If-None-Match garbage", "GET", "/page/",
                        new String[]{"If-None-Match", "not an etag,,,\"unterminated"}, 200),
                Arguments.of("If-None-Match empty", "GET", "/page/", new String[]{"If-None-Match", ""}, 200),
                Arguments.of("HEAD with the ETag", "HEAD", "/page/", new String[]{"If-None-Match", ETAG}, 304),
                Arguments.of("POST is never conditional here", "POST", "/page/",
                        new String[]{"If-None-Match", ETAG}, 200),
                Arguments.of("If-Match with the ETag", "GET", "/page/", new String[]{"If-Match", ETAG}, 200),
                Arguments.of("If-Match another tag", "GET", "/page/", new String[]{"If-Match", "\"x\""}, 412),
                Arguments.of("If-Match garbage", "GET", "/page/", new String[]{"If-Match", "garbage"}, 412),
                Arguments.of("If-Match weak never matches strongly", "GET", "/page/",
                        new String[]{"If-Match", "W/" + ETAG}, 412),
                Arguments.of("If-Modified-Since the same second", "GET", "/dated/",
                        new String[]{"If-Modified-Since", LAST_MODIFIED}, 304),
                Arguments.of("If-Modified-Since earlier", "GET", "/dated/",
                        new String[]{"If-Modified-Since", EARLIER}, 200),
                Arguments.of("If-Modified-Since garbage", "GET", "/dated/",
                        new String[]{"If-Modified-Since", "yesterday-ish"}, 200),
                Arguments.of("If-None-Match wins over If-Modified-Since", "GET", "/dated/",
                        new String[]{"If-None-Match", "\"x\"", "If-Modified-Since", LAST_MODIFIED}, 200),
                Arguments.of("If-Unmodified-Since before the change", "GET", "/dated/",
                        new String[]{"If-Unmodified-Since", EARLIER}, 412),
                Arguments.of("If-Unmodified-Since the same second", "GET", "/dated/",
                        new String[]{"If-Unmodified-Since", LAST_MODIFIED}, 200),
                Arguments.of("the view's own ETag", "GET", "/own-etag/", new String[]{"If-None-Match", "\"v1\""},
                        304),
                Arguments.of("no-store gets no ETag to match", "GET", "/no-store/",
                        new String[]{"If-None-Match", "*"}, 200),
                Arguments.of("a stream is left alone", "GET", "/stream/", new String[]{"If-None-Match", "*"}, 200),
                Arguments.of("a 201 is left alone", "GET", "/created/", new String[]{"If-None-Match", "*"}, 201),
                Arguments.of("a 404 is left alone", "GET", "/nowhere/", new String[]{"If-None-Match", "*"}, 404));
    }

    @ParameterizedTest(name = "{0}: {1} {2} -> {4}")
    @MethodSource("preconditions")
    void preconditionsAreAnsweredForBodiesInMemory(String why, String method, String target, String[] headers,
            int status) {
        var response = site().handle(Exchanges.exchange(method, target, new byte[0], headers));

        assertEquals(status, response.status());
        if (status == 304 || status == 412) {
            assertEquals(0, Sites.body(response).length);
            assertNull(response.headers().first("Content-Type"));
        }
    }

    @Test
    void aBodyInMemoryGetsItsTwoChecksumsAsAStrongETag() {
        var response = site().handle(Exchanges.get("/page/"));

        assertEquals(ETAG, response.headers().first("ETag"));
        assertEquals(18, ETAG.length());
        assertEquals(PAGE, Exchanges.text(response));
    }

    static Stream<Arguments> withoutETag() {
        return Stream.of(
                Arguments.of("/no-store/", null),
                Arguments.of("/short/", null),
                Arguments.of("/stream/", null),
                Arguments.of("/own-etag/", "\"v1\""),
                Arguments.of("/nowhere/", null));
    }

    @ParameterizedTest(name = "{0} has ETag {1}")
    @MethodSource("withoutETag")
    void onlyA200InMemoryWithoutNoStoreOrItsOwnTagGetsOne(String target, String etag) {
        assertEquals(etag, site().handle(Exchanges.get(target)).headers().first("ETag"));
    }

    @Test
    void aHeadGetsTheSameETagAsAGet() {
        var head = site().handle(Exchanges.exchange("HEAD", "/page/", new byte[0]));

        assertEquals(ETAG, head.headers().first("ETag"));
    }

    @Test
    void a304KeepsTheCachingFieldsAndCookiesAndDropsTheBodysFields() {
        var response = site().handle(Exchanges.get("/cached/", "If-None-Match", etagOf(PAGE)));

        assertEquals(304, response.status());
        assertEquals("max-age=60", response.headers().first("Cache-Control"));
        assertEquals("Cookie", response.headers().first("Vary"));
        assertEquals("/cached/en/", response.headers().first("Content-Location"));
        assertEquals(LAST_MODIFIED, response.headers().first("Expires"));
        assertEquals(LAST_MODIFIED, response.headers().first("Last-Modified"));
        assertEquals(ETAG, response.headers().first("ETag"));
        assertNull(response.headers().first("X-Custom"));
        assertNull(response.headers().first("Content-Language"));
        assertNull(response.headers().first("Content-Type"));
        assertEquals(List.of("seen=1"), response.headers().all("Set-Cookie").stream()
                .map(c -> c.split(";")[0]).toList());
    }

    static Stream<Arguments> noStore() {
        return Stream.of(
                Arguments.of(null, false),
                Arguments.of("no-store", true),
                Arguments.of("private, NO-STORE", true),
                Arguments.of("max-age=0,no-store", true),
                Arguments.of("no-cache", false),
                Arguments.of("max-age=60", false),
                Arguments.of("-", false));
    }

    @ParameterizedTest(name = "Cache-Control {0}: no-store {1}")
    @MethodSource("noStore")
    void noStoreIsFoundAnywhereInCacheControl(String cacheControl, boolean noStore) {
        assertEquals(noStore, ConditionalGet.noStore(cacheControl));
    }

    @Test
    void theJourneyRecordsTheETagAndThe304() {
        var journey = Sites.journeyOf(site(), Exchanges.get("/page/", "If-None-Match", ETAG));

        assertEquals(List.of("CommonMiddleware: etag added", "CommonMiddleware: not modified"),
                Sites.decisions(journey));
        assertEquals(ETAG, Sites.facts(journey, "not modified").get("etag"));
    }

    @Test
    void differentBodiesGetDifferentTags() {
        assertFalse(ConditionalGet.etag(new byte[]{1}).equals(ConditionalGet.etag(new byte[]{2})));
        assertEquals("\"0000000000000000\"", ConditionalGet.etag(new byte[0]));
        // The standard check values of CRC-32C (e3069283) and CRC-32 (cbf43926) for "123456789".
        assertEquals("\"e3069283cbf43926\"", ConditionalGet.etag("123456789".getBytes(StandardCharsets.US_ASCII)));
    }
}
