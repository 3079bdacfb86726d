package dev.cairn.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.gateway.ResponseBody;
import dev.cairn.http.SetCookie;
import dev.cairn.web.routing.Routes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a view can answer: the factories, redirects, headers, cookies and htmx headers of a {@link Response}. */
class ResponseTest {

    /** The gateway response a site sends for a view's response. */
    private static dev.cairn.gateway.Response sent(Response response) {
        return Sites.app(Routes.path("", request -> response)).handle(Exchanges.get("/"));
    }

    /** A value JSON is written from. */
    public record Point(int x, int y) {}

    static Stream<Arguments> factories() {
        return Stream.of(
                Arguments.of(Response.html("<p>é</p>"), "text/html; charset=utf-8", "<p>é</p>"),
                Arguments.of(Response.text("plain é"), "text/plain; charset=utf-8", "plain é"),
                Arguments.of(Response.bytes(new byte[]{1, 2}, "application/x-thing"), "application/x-thing",
                        "\u0001\u0002"),
                Arguments.of(Response.json(new Point(1, 2)), "application/json", "{\"x\":1,\"y\":2}"),
                Arguments.of(Response.json(List.of("a", 1)), "application/json", "[\"a\",1]"),
                Arguments.of(Response.json(Map.of("k", "<v>")), "application/json", "{\"k\":\"<v>\"}"),
                Arguments.of(Response.json("text"), "application/json", "\"text\""),
                Arguments.of(Response.of(204), null, ""));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("factories")
    void factoriesSetTheTypeAndBody(Response response, String type, String body) {
        assertEquals(type, response.header("Content-Type"));
        assertEquals(body, response.text());
        assertEquals(body.isEmpty() ? 0 : body.getBytes(StandardCharsets.UTF_8).length, response.bytes().length);
        var sent = sent(response);
        assertEquals(response.status(), sent.status());
        assertEquals(body, Exchanges.text(sent));
    }

    @Test
    void aStreamIsWrittenWhenSentAndHasNoBytesHere() throws IOException {
        Response response = Response.stream("text/csv", out -> out.write("a,b\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("text/csv", response.header("Content-Type"));
        assertNull(response.bytes());
        assertNull(response.text());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertInstanceOf(ResponseBody.Streamed.class, response.body()).writer().writeTo(out);
        assertEquals("a,b\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void notModifiedIsAnEmpty304() {
        Response response = Response.notModified();
        assertEquals(304, response.status());
        assertEquals(0, response.bytes().length);
    }

    @ParameterizedTest(name = "status {0} is refused")
    @ValueSource(ints = {0, 99, 101, 600, -1})
    void aStatusOutsideTheRangeOrTheUpgradeIsRefused(int status) {
        assertEquals("a response status is 100-599 (not 101), not " + status,
                assertThrows(IllegalArgumentException.class, () -> Response.of(status)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Response.text("x").status(status));
    }

    @Test
    void theStatusCanBeChanged() {
        assertEquals(418, Response.text("teapot").status(418).status());
        assertEquals(100, Response.of(100).status());
        assertEquals(599, Response.of(599).status());
    }

    static Stream<Arguments> redirects() {
        return Stream.of(
                Arguments.of((Function<String, Response>) Response::redirect, 302),
                Arguments.of((Function<String, Response>) Response::permanentRedirect, 301),
                Arguments.of((Function<String, Response>) Response::seeOther, 303),
                Arguments.of((Function<String, Response>) l -> Response.redirect(l, 307), 307),
                Arguments.of((Function<String, Response>) l -> Response.redirect(l, 308), 308),
                Arguments.of((Function<String, Response>) l -> Response.redirect(l, 301), 301));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("redirects")
    void redirectsCarryTheirStatusAndLocation(Function<String, Response> factory, int status) {
        Response response = factory.apply("/next/?a=1");
        assertEquals(status, response.status());
        assertEquals("/next/?a=1", response.header("Location"));
        var sent = sent(response);
        assertEquals(status, sent.status());
        assertEquals("/next/?a=1", sent.headers().first("Location"));
    }

    @ParameterizedTest(name = "redirect status {0} is refused")
    @ValueSource(ints = {200, 300, 304, 305, 306, 309, 404})
    void aRedirectWithAnotherStatusIsRefused(int status) {
        assertEquals("a redirect status is 301, 302, 303, 307 or 308, not " + status,
                assertThrows(IllegalArgumentException.class, () -> Response.redirect("/", status)).getMessage());
    }

    @ParameterizedTest(name = "location {0} is refused")
    @ValueSource(strings = {"/a\r\nSet-Cookie: x=1", "/a\nb", "/a\rb"})
    void aLocationWithALineBreakIsRefused(String location) {
        assertEquals("a redirect location must not contain a line break",
                assertThrows(IllegalArgumentException.class, () -> Response.redirect(location)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Response.seeOther(location));
        assertThrows(IllegalArgumentException.class, () -> Response.redirect(location, 308));
    }

    @Test
    void aNullLocationIsRefused() {
        assertThrows(NullPointerException.class, () -> Response.redirect(null));
    }

    @Test
    void headersAreSetAddedAndRemoved() {
        Response response = Response.text("x");
        assertSame(response, response.header("X-One", "1").addHeader("X-Many", "a").addHeader("X-Many", "b"));
        assertEquals(List.of("a", "b"), response.headers().all("X-Many"));
        response.header("x-many", "c");
        assertEquals(List.of("c"), response.headers().all("X-Many"));
        response.removeHeader("X-ONE");
        assertNull(response.header("X-One"));
        assertEquals(List.of("c"), sent(response).headers().all("X-Many"));
    }

    static Stream<Arguments> hxHeaders() {
        return Stream.of(
                Arguments.of((Function<Response, Response>) r -> r.hxTrigger("saved"), "HX-Trigger", "saved"),
                Arguments.of((Function<Response, Response>) r -> r.hxTrigger("{\"saved\":{\"id\":1}}"), "HX-Trigger",
                        "{\"saved\":{\"id\":1}}"),
                Arguments.of((Function<Response, Response>) r -> r.hxRedirect("/login/"), "HX-Redirect", "/login/"),
                Arguments.of((Function<Response, Response>) Response::hxRefresh, "HX-Refresh", "true"),
                Arguments.of((Function<Response, Response>) r -> r.hxRetarget("#errors"), "HX-Retarget", "#errors"),
                Arguments.of((Function<Response, Response>) r -> r.hxReswap("outerHTML"), "HX-Reswap", "outerHTML"),
                Arguments.of((Function<Response, Response>) r -> r.hxPushUrl("/page/2/"), "HX-Push-Url", "/page/2/"),
                Arguments.of((Function<Response, Response>) r -> r.hxPushUrl("false"), "HX-Push-Url", "false"),
                Arguments.of((Function<Response, Response>) r -> r.hxLocation("/inbox/"), "HX-Location", "/inbox/"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("hxHeaders")
    void htmxResponseHeadersAreSet(Function<Response, Response> set, String header, String value) {
        Response response = Response.html("<p>");
        assertSame(response, set.apply(response));
        assertEquals(value, response.header(header));
        assertEquals(value, sent(response).headers().first(header));
    }

    @Test
    void anHtmxHeaderSetTwiceKeepsTheLastValue() {
        assertEquals(List.of("second"), Response.text("").hxTrigger("first").hxTrigger("second").headers().all(
                "HX-Trigger"));
    }

    @Test
    void everyCookieAttributeIsWrittenInOrder() {
        SetCookie cookie = SetCookie.builder("sid", "abc").expires(Instant.parse("2030-01-02T03:04:05Z"))
                .maxAge(Duration.ofHours(1)).domain("example.com").path("/app").secure(true).httpOnly(true)
                .sameSite(SetCookie.SameSite.LAX).partitioned(true).build();
        var sent = sent(Response.text("x").cookie(cookie));
        assertEquals(List.of("sid=abc; Expires=Wed, 02 Jan 2030 03:04:05 GMT; Max-Age=3600; Domain=example.com; "
                + "Path=/app; Secure; HttpOnly; SameSite=Lax; Partitioned"), sent.headers().all("Set-Cookie"));
    }

    @Test
    void aCookieOfTheSameNameDomainAndPathIsReplacedAndOthersKept() {
        Response response = Response.text("x")
                .cookie(SetCookie.of("a", "1"))
                .cookie(SetCookie.builder("a", "2").path("/app").build())
                .cookie(SetCookie.builder("a", "3").domain("example.com").build())
                .cookie(SetCookie.of("b", "1"))
                .cookie(SetCookie.of("a", "4"))
                .cookie(SetCookie.builder("a", "5").path("/app").build());
        assertEquals(List.of("a=3; Domain=example.com", "b=1", "a=4", "a=5; Path=/app"), response.cookies()
                .stream().map(SetCookie::toHeaderValue).toList());
        assertEquals(4, sent(response).headers().all("Set-Cookie").size());
        assertThrows(UnsupportedOperationException.class, () -> response.cookies().clear());
    }

    static Stream<Arguments> deletions() {
        return Stream.of(
                Arguments.of((Function<Response, Response>) r -> r.deleteCookie("sid"),
                        "sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"),
                Arguments.of((Function<Response, Response>) r -> r.deleteCookie("sid", "/app", null),
                        "sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/app"),
                Arguments.of((Function<Response, Response>) r -> r.deleteCookie("sid", null, "example.com"),
                        "sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Domain=example.com; Path=/"),
                Arguments.of((Function<Response, Response>) r -> r.deleteCookie("sid", "/a", "example.com"),
                        "sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Domain=example.com; Path=/a"),
                Arguments.of((Function<Response, Response>) r -> r.deleteCookie("__Host-sid"),
                        "__Host-sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; Secure"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("deletions")
    void deletingACookieSendsAnExpiredOneForTheSamePathAndDomain(Function<Response, Response> delete, String line) {
        assertEquals(List.of(line), sent(delete.apply(Response.text("x"))).headers().all("Set-Cookie"));
    }

    @Test
    void deletingACookieSetEarlierInTheSameResponseReplacesIt() {
        Response response = Response.text("x").cookie(SetCookie.builder("sid", "abc").path("/").build())
                .deleteCookie("sid");
        assertEquals(List.of("sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"),
                sent(response).headers().all("Set-Cookie"));
    }

    @Test
    void theBodyCanBeReplacedAndTheFileIsForgotten() {
        Response response = Response.text("x");
        byte[] bytes = "new".getBytes(StandardCharsets.UTF_8);
        response.body(ResponseBody.of(bytes));
        assertArrayEquals(bytes, response.bytes());
        response.body(new ResponseBody.File(Path.of("/tmp/x"), 0, 1));
        assertEquals(Path.of("/tmp/x"), response.file());
        response.body(ResponseBody.empty());
        assertNull(response.file());
        assertThrows(NullPointerException.class, () -> response.body(null));
    }

    @Test
    void theTemplateAndContextAreRememberedForTests() {
        Response response = Response.html("<p>").rendered("page.html", Map.of("a", 1));
        assertEquals("page.html", response.template());
        assertEquals(Map.of("a", 1), response.context());
        assertNull(Response.html("").template());
    }

    @Test
    void toStringShowsTheStatusAndHeaders() {
        assertEquals("Response[302, " + Response.redirect("/x").headers() + "]", Response.redirect("/x").toString());
    }
}
