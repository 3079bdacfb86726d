package dev.cairn.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.http.HttpDate;
import dev.cairn.http.PercentCodec;
import dev.cairn.http.SetCookie;
import dev.cairn.web.WebApp;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The client keeps cookies as a browser does (RFC 6265 §5.3) and sends them back as one does (§5.4). */
class CookieJarTest {

    private static final WebApp APP = Site.app();
    private static final String PAST = "Thu, 01 Jan 1970 00:00:00 GMT";

    /** Asks the echo view at {@code path} to send these Set-Cookie lines. */
    private static TestResponse set(Client client, String path, String... lines) {
        String query = Stream.of(lines).map(l -> "set=" + PercentCodec.encodeQueryComponent(l))
                .collect(Collectors.joining("&"));
        return client.get(path + (path.contains("?") ? "&" : "?") + query).assertStatus(200);
    }

    /** The Cookie header the echo view at {@code url} received, or null. */
    private static String sent(Client client, String url) {
        String line = client.get(url).assertStatus(200).text().lines().filter(l -> l.startsWith("cookie="))
                .findFirst().orElseThrow().substring("cookie=".length());
        return line.equals("null") ? null : line;
    }

    static Stream<Arguments> lifetimes() {
        return Stream.of(
                Arguments.of("a later cookie replaces an earlier", List.of("a=1; Path=/", "a=2; Path=/"), "a=2"),
                Arguments.of("Max-Age=0 deletes", List.of("a=1; Path=/", "a=; Max-Age=0; Path=/"), null),
                Arguments.of("a past Expires deletes", List.of("a=1; Path=/", "a=; Expires=" + PAST + "; Path=/"),
                        null),
                Arguments.of("Max-Age wins over a past Expires",
                        List.of("a=1; Path=/", "a=x; Max-Age=3600; Expires=" + PAST + "; Path=/"), "a=x"),
                Arguments.of("a deletion for another path leaves the cookie",
                        List.of("a=1; Path=/", "a=; Max-Age=0; Path=/echo"), "a=1"),
                Arguments.of("a deletion alone stores nothing", List.of("a=; Max-Age=0; Path=/"), null),
                Arguments.of("a cookie born expired is not stored", List.of("a=1; Expires=" + PAST + "; Path=/"),
                        null),
                Arguments.of("SetCookie.delete deletes", List.of("a=1; Path=/", SetCookie.delete("a").toHeaderValue()),
                        null),
                Arguments.of("longer paths go first", List.of("a=1; Path=/", "b=2; Path=/echo"), "b=2; a=1"),
                Arguments.of("one name on two paths is two cookies", List.of("a=1; Path=/", "a=2; Path=/echo"),
                        "a=2; a=1"),
                Arguments.of("equal paths go oldest first", List.of("b=2; Path=/", "a=1; Path=/"), "b=2; a=1"),
                Arguments.of("a replaced cookie keeps its place", List.of("a=1; Path=/", "b=2; Path=/", "a=3; Path=/"),
                        "a=3; b=2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lifetimes")
    void cookiesAreReplacedAndDeletedAsABrowserDoes(String rule, List<String> lines, String expected) {
        Client client = Client.of(APP);
        for (String line : lines) {
            set(client, "/echo/", line);
        }

        assertEquals(expected, sent(client, "/echo/x/"));
    }

    static Stream<Arguments> scopes() {
        return Stream.of(
                // where it was set, the Set-Cookie line, where the next request goes, the Cookie header there
                Arguments.of("/echo/", "a=1; Path=/", "/echo/anything/", "a=1"),
                Arguments.of("/echo/", "a=1; Path=/echo/area", "/echo/area", "a=1"),
                Arguments.of("/echo/", "a=1; Path=/echo/area", "/echo/area/inner", "a=1"),
                Arguments.of("/echo/", "a=1; Path=/echo/area/", "/echo/area/inner", "a=1"),
                Arguments.of("/echo/", "a=1; Path=/echo/area", "/echo/areas", null),
                Arguments.of("/echo/", "a=1; Path=/echo/area", "/echo/", null),
                Arguments.of("/echo/dir/page", "a=1", "/echo/dir/other", "a=1"),
                Arguments.of("/echo/dir/page", "a=1", "/echo/dir", "a=1"),
                Arguments.of("/echo/dir/page", "a=1", "/echo/other", null),
                Arguments.of("/echo/", "a=1", "/echo/x", "a=1"),
                Arguments.of("/echo/", "a=1; Path=relative", "/echo/x", "a=1"),
                Arguments.of("/echo/", "a=1; Path=/; Secure", "/echo/", null),
                Arguments.of("/echo/", "a=1; Path=/; Secure", "https://localhost/echo/", "a=1"),
                Arguments.of("https://localhost/echo/", "a=1; Path=/", "http://localhost/echo/", "a=1"),
                Arguments.of("/echo/", "a=1; Path=/", "http://localhost:8000/echo/", "a=1"),
                Arguments.of("/echo/", "a=1; Path=/", "http://127.0.0.1/echo/", null),
                Arguments.of("/echo/", "a=1; Path=/; Domain=localhost", "/echo/", "a=1"),
                Arguments.of("/echo/", "a=1; Path=/; Domain=.LocalHost", "/echo/", "a=1"),
                Arguments.of("/echo/", "a=1; Path=/; Domain=example.com", "/echo/", null),
                Arguments.of("http://testserver/echo/", "a=1; Path=/; Domain=server", "http://testserver/echo/",
                        null));
    }

    @ParameterizedTest(name = "set at {0}: {1}; sent to {2}: {3}")
    @MethodSource("scopes")
    void cookiesGoBackOnlyWhereTheirPathDomainAndSecureAllow(String setAt, String line, String url,
            String expected) {
        Client client = Client.of(APP);
        set(client, setAt, line);

        assertEquals(expected, sent(client, url));
    }

    static Stream<Arguments> domains() {
        return Stream.of(
                Arguments.of("example.com", "example.com", true),
                Arguments.of("www.example.com", "example.com", true),
                Arguments.of("a.b.example.com", "example.com", true),
                Arguments.of("badexample.com", "example.com", false),
                Arguments.of("example.com", "www.example.com", false),
                Arguments.of("10.0.0.1", "10.0.0.1", true),
                Arguments.of("10.0.0.1", "0.0.1", false),
                Arguments.of("[::1]", "[::1]", true));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @MethodSource("domains")
    void aHostMatchesItsDomainAndNamesUnderItButAnAddressOnlyItself(String host, String domain, boolean matches) {
        assertEquals(matches, CookieJar.domainMatches(host, domain));
    }

    static Stream<Arguments> defaultPaths() {
        return Stream.of(
                Arguments.of("http://h", "/"),
                Arguments.of("http://h/", "/"),
                Arguments.of("http://h/page", "/"),
                Arguments.of("http://h/a/", "/a"),
                Arguments.of("http://h/a/b/page?x=/y/", "/a/b"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("defaultPaths")
    void aCookieWithoutPathGetsTheDirectoryOfTheRequest(String url, String expected) {
        assertEquals(expected, CookieJar.defaultPath(URI.create(url)));
    }

    @Test
    void aViewSetsACookieAndAnotherReadsIt() {
        Client client = Client.of(APP);

        assertEquals("no flavor", client.get("/flavor/").text());
        TestResponse set = client.get("/flavor/set/?value=oat");

        assertEquals("oat", set.cookie("flavor").value());
        assertEquals(true, set.cookie("flavor").httpOnly());
        assertEquals("flavor is oat", client.get("/flavor/").text());
        assertEquals("oat", client.cookie("flavor"));
    }

    @Test
    void aCookieSetByTheTestIsSentAsIfAResponseHadSetIt() {
        Client client = Client.of(APP).cookie("flavor", "rye");

        assertEquals("flavor is rye", client.get("/flavor/").text());
        assertEquals("flavor is rye", client.get("http://localhost:9000/flavor/").text());
        assertEquals(List.of("flavor=rye; Path=/"), client.cookies().stream().map(SetCookie::toHeaderValue).toList());
    }

    @Test
    void clearCookiesForgetsThemAll() {
        Client client = Client.of(APP).cookie("a", "1").cookie("b", "2");

        client.clearCookies();

        assertEquals(List.of(), client.cookies());
        assertNull(sent(client, "/echo/"));
    }

    @Test
    void cookiesListsEachWithTheScopeTheJarGaveIt() {
        Client client = Client.of(APP);
        set(client, "/echo/dir/page", "a=1", "b=2; Domain=localhost; Path=/; Secure; HttpOnly");

        assertEquals(List.of("a=1; Path=/echo/dir", "b=2; Domain=localhost; Path=/; Secure; HttpOnly"),
                client.cookies().stream().map(SetCookie::toHeaderValue).toList());
        assertEquals("1", client.cookie("a"));
        assertNull(client.cookie("missing"));
    }

    @Test
    void aResponsesCookiesAreOnlyTheOnesItSet() {
        Client client = Client.of(APP).cookie("old", "1");

        TestResponse response = set(client, "/echo/", "a=1; Path=/", "b=2; Max-Age=0");

        assertEquals(List.of("a", "b"), response.cookies().stream().map(SetCookie::name).toList());
        assertNull(response.cookie("old"));
        assertEquals(Duration.ZERO, response.cookie("b").maxAge());
    }

    @Test
    void aCookieExpiresWhenItsMaxAgeRunsOut() {
        MovingClock clock = new MovingClock(Instant.parse("2026-01-01T00:00:00Z"));
        Client client = Client.of(APP, clock);
        set(client, "/echo/", "short=1; Max-Age=60; Path=/", "dated=1; Path=/; Expires="
                + HttpDate.format(clock.instant().plusSeconds(120)), "session=1; Path=/");

        clock.advance(Duration.ofSeconds(59));
        assertEquals("short=1; dated=1; session=1", sent(client, "/echo/"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals("dated=1; session=1", sent(client, "/echo/"));
        clock.advance(Duration.ofSeconds(60));
        assertEquals("session=1", sent(client, "/echo/"));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("a=1; SameSite=None", "Cookie 'a' has SameSite=None, which requires Secure: browsers "
                        + "reject it otherwise (RFC 6265bis §4.1.2.7); call secure(true)"),
                Arguments.of("__Host-a=1; Path=/", "Cookie '__Host-a' has a __Secure- or __Host- prefix, which "
                        + "requires Secure (RFC 6265bis §4.1.3); call secure(true)"),
                Arguments.of("no pair", "Set-Cookie has no name=value pair before its attributes (RFC 6265 §5.2 "
                        + "step 2)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aSetCookieABrowserWouldDropFailsTheTestNamingTheRule(String line, String rule) {
        var e = assertThrows(AssertionError.class, () -> set(Client.of(APP), "/echo/", line));

        assertEquals("The response to http://localhost/echo/?set=" + PercentCodec.encodeQueryComponent(line)
                + " sent a Set-Cookie a browser would drop: " + rule, e.getMessage());
    }
}
