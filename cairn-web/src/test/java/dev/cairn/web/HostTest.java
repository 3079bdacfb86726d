package dev.cairn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.gateway.RequestBody;
import dev.cairn.http.Headers;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code Host} validation against {@code ALLOWED_HOSTS}, and the absolute URIs built from the checked host. */
class HostTest {

    private static final String MALFORMED = "Invalid Host header: it is missing or malformed";

    private static Request request(Settings settings, String... headers) {
        return Sites.request(Sites.app(settings, List.of()), Exchanges.get("/", headers));
    }

    private static Settings allowing(boolean debug, String... hosts) {
        return Settings.builder().debug(debug).secretKey(Sites.SECRET_KEY).allowedHosts(hosts).build();
    }

    static Stream<Arguments> hosts() {
        return Stream.of(
                Arguments.of(List.of("example.com"), false, "example.com", "example.com"),
                Arguments.of(List.of("example.com"), false, "EXAMPLE.com:8000", "example.com:8000"),
                Arguments.of(List.of("example.com"), false, "example.com.", "example.com."),
                Arguments.of(List.of("Example.COM"), false, "example.com", "example.com"),
                Arguments.of(List.of(".example.com"), false, "www.example.com", "www.example.com"),
                Arguments.of(List.of(".example.com"), false, "a.b.example.com:443", "a.b.example.com:443"),
                Arguments.of(List.of(".example.com"), false, "example.com", "example.com"),
                Arguments.of(List.of("*"), false, "anything.test", "anything.test"),
                Arguments.of(List.of("a.test", "b.test"), false, "b.test", "b.test"),
                Arguments.of(List.of("192.0.2.7"), false, "192.0.2.7:8080", "192.0.2.7:8080"),
                Arguments.of(List.of("[2001:db8::1]"), false, "[2001:DB8::1]:443", "[2001:db8::1]:443"),
                Arguments.of(List.of("[2001:db8::1]"), false, "[2001:db8::1]", "[2001:db8::1]"),
                Arguments.of(List.of(), true, "localhost", "localhost"),
                Arguments.of(List.of(), true, "localhost:8000", "localhost:8000"),
                Arguments.of(List.of(), true, "app.localhost", "app.localhost"),
                Arguments.of(List.of(), true, "127.0.0.1:8000", "127.0.0.1:8000"),
                Arguments.of(List.of(), true, "[::1]:8000", "[::1]:8000"));
    }

    @ParameterizedTest(name = "ALLOWED_HOSTS {0} debug={1}: {2} is allowed")
    @MethodSource("hosts")
    void allowedHostsAreReturnedLowerCased(List<String> allowed, boolean debug, String host, String checked) {
        assertEquals(checked, request(allowing(debug, allowed.toArray(String[]::new)), "Host", host).host());
    }

    static Stream<Arguments> disallowed() {
        return Stream.of(
                Arguments.of(List.of("example.com"), false, "www.example.com", "www.example.com"),
                Arguments.of(List.of("example.com"), false, "example.com.evil.test", "example.com.evil.test"),
                Arguments.of(List.of(".example.com"), false, "badexample.com", "badexample.com"),
                Arguments.of(List.of(), true, "example.com", "example.com"),
                Arguments.of(List.of(), true, "127.0.0.2", "127.0.0.2"),
                Arguments.of(List.of("example.com"), true, "localhost", "localhost"),
                Arguments.of(List.of("[2001:db8::1]"), false, "[2001:db8::2]", "[2001:db8::2]"));
    }

    @ParameterizedTest(name = "ALLOWED_HOSTS {0} debug={1}: {2} is refused")
    @MethodSource("disallowed")
    void aHostNotAllowedIsRefusedSayingWhatToAdd(List<String> allowed, boolean debug, String host, String domain) {
        Request request = request(allowing(debug, allowed.toArray(String[]::new)), "Host", host);
        DisallowedHost error = assertThrows(DisallowedHost.class, request::host);
        assertEquals(400, error.status());
        assertEquals("Invalid Host header: '" + host.toLowerCase() + "'. You may need to add '" + domain
                + "' to ALLOWED_HOSTS.", error.getMessage());
    }

    @Test
    void theLastHostThatPassedIsRememberedWithoutLettingAnotherThrough() {
        AllowedHosts hosts = AllowedHosts.of(List.of("example.com"), false);
        assertEquals("example.com", hosts.check("Example.COM"));
        assertEquals("example.com", hosts.check("Example.COM"), "the same host, answered from memory");
        assertThrows(DisallowedHost.class, () -> hosts.check("evil.example"));
        assertThrows(DisallowedHost.class, () -> hosts.check("example.com/evil"));
        assertEquals("example.com:8000", hosts.check("example.com:8000"));
        assertEquals("example.com", hosts.check("Example.COM"));
    }

    @Test
    void noAllowedHostsOutOfDebugAllowNothing() {
        // A site cannot be built this way (hosts.E001), but the rule itself must not fall back to the debug hosts.
        AllowedHosts none = AllowedHosts.of(List.of(), false);
        assertEquals(List.of(), none.patterns());
        assertFalse(none.allows("localhost"));
        assertThrows(DisallowedHost.class, () -> none.check("localhost"));
    }

    static Stream<String> malformed() {
        return Stream.of("", "exa mple.com", "example.com:abc", "example.com:123456", "user@example.com",
                "example.com/evil", "[::1", "::1", "<script>", "example.com, other.com", "exa_mple.com",
                "example.com:", "caf\u00e9.com");
    }

    @ParameterizedTest(name = "Host \"{0}\" is malformed")
    @MethodSource("malformed")
    void aMalformedHostIsRefusedWithoutRepeatingIt(String host) {
        DisallowedHost error = assertThrows(DisallowedHost.class, () -> request(allowing(false, "*"), "Host", host)
                .host());
        assertEquals(MALFORMED, error.getMessage());
    }

    @Test
    void aRequestWithoutHostIsRefused() {
        var exchange = new dev.cairn.gateway.Request("GET", "/", "HTTP/1.0", Headers.empty(), RequestBody.empty(),
                "http", "127.0.0.1", Exchanges.get("/").connection());
        DisallowedHost error = assertThrows(DisallowedHost.class, () -> Sites.request(exchange).host());
        assertEquals(MALFORMED, error.getMessage());
    }

    static Stream<Arguments> forwarded() {
        return Stream.of(
                Arguments.of("true", "proxy.example.com", "proxy.example.com"),
                Arguments.of("true", " proxy.example.com ", "proxy.example.com"),
                Arguments.of("true", null, "example.com"),
                Arguments.of("false", "proxy.example.com", "example.com"),
                Arguments.of(null, "proxy.example.com", "example.com"));
    }

    @ParameterizedTest(name = "USE_X_FORWARDED_HOST={0}, X-Forwarded-Host {1}: {2}")
    @MethodSource("forwarded")
    void xForwardedHostIsTrustedOnlyWhenTurnedOn(String use, String forwardedHost, String host) {
        Settings.Builder settings = Sites.settings("example.com", "proxy.example.com");
        if (use != null) {
            settings.set(Settings.USE_X_FORWARDED_HOST, use);
        }
        String[] headers = forwardedHost == null
                ? new String[]{"Host", "example.com"}
                : new String[]{"Host", "example.com", "X-Forwarded-Host", forwardedHost};
        assertEquals(host, request(settings.build(), headers).host());
    }

    @Test
    void aForwardedHostIsCheckedLikeAnyOther() {
        Settings settings = Sites.settings("example.com").set(Settings.USE_X_FORWARDED_HOST, "true").build();
        assertThrows(DisallowedHost.class, () -> request(settings, "Host", "example.com", "X-Forwarded-Host",
                "evil.test").host());
        assertThrows(DisallowedHost.class, () -> request(settings, "Host", "example.com", "X-Forwarded-Host",
                "example.com, evil.test").host());
    }

    @Test
    void aDisallowedHostIsAnswered400ThroughTheSite() {
        WebApp app = Sites.app(Sites.settings("example.com").build(), List.of(Routes.path("", r -> Response.text(r
                .absoluteUri()))));
        assertEquals(400, app.handle(Exchanges.get("/", "Host", "evil.test")).status());
        var ok = app.handle(Exchanges.get("/", "Host", "example.com"));
        assertEquals("http://example.com/", Exchanges.text(ok));
    }

    @Test
    void theAllowedHostsAreLowerCasedAndDebugDefaultsApplyOnlyWhenEmpty() {
        assertEquals(List.of("example.com"), AllowedHosts.of(List.of("EXAMPLE.com"), false).patterns());
        assertEquals(List.of(".localhost", "127.0.0.1", "[::1]"), AllowedHosts.of(List.of(), true).patterns());
        assertEquals(List.of(), AllowedHosts.of(List.of(), false).patterns());
        assertEquals(List.of("a.test"), AllowedHosts.of(List.of("a.test"), true).patterns());
    }

    static Stream<Arguments> absolute() {
        return Stream.of(
                Arguments.of("/a/b?x=1", "", "http://localhost:8000/a/b?x=1"),
                Arguments.of("/a/b?x=1", "c", "http://localhost:8000/a/c"),
                Arguments.of("/a/b?x=1", "../c", "http://localhost:8000/c"),
                Arguments.of("/a/b?x=1", "../../../c", "http://localhost:8000/c"),
                Arguments.of("/a/b?x=1", "/d?e=1", "http://localhost:8000/d?e=1"),
                Arguments.of("/a/b?x=1", "/./d/../e", "http://localhost:8000/e"),
                Arguments.of("/a/b?x=1", "?page=2", "http://localhost:8000/a/b?page=2"),
                Arguments.of("/a/b?x=1", "#top", "http://localhost:8000/a/b?x=1#top"),
                Arguments.of("/a/b?x=1", "https://other.example/x", "https://other.example/x"),
                Arguments.of("/a/b?x=1", "//cdn.example/x", "http://cdn.example/x"),
                Arguments.of("/a/b", "mailto:a@example.com", "mailto:a@example.com"),
                Arguments.of("/a/b", "/with space/é", "http://localhost:8000/with%20space/%C3%A9"),
                Arguments.of("/a|b/c", "d", "http://localhost:8000/a%7Cb/d"),
                Arguments.of("/caf\u00c3\u00a9/", "x", "http://localhost:8000/caf%C3%A9/x"),
                Arguments.of("/a/b", "50%", "http://localhost:8000/a/50%25"),
                Arguments.of("/a%zz/b", "c", "http://localhost:8000/a%25zz/c"));
    }

    @ParameterizedTest(name = "{1} from {0} is {2}")
    @MethodSource("absolute")
    void aLocationIsResolvedAgainstTheRequestAsRfc3986Says(String target, String location, String uri) {
        Request request = Sites.request(Exchanges.get(target, "Host", "localhost:8000"));
        assertEquals(uri, request.absoluteUri(location));
    }

    @Test
    void theAbsoluteUriHasTheSchemeTheCheckedHostAndTheRawTarget() {
        assertEquals("http://localhost:8000/caf%C3%A9/?q=a+b", Sites.request(Exchanges.get("/caf%C3%A9/?q=a+b",
                "Host", "LOCALHOST:8000")).absoluteUri());
        var https = new dev.cairn.gateway.Request("GET", "/x", "HTTP/1.1", Headers.of("Host", "localhost"),
                RequestBody.empty(), "https", "127.0.0.1", Exchanges.get("/").connection());
        Request secure = Sites.request(https);
        assertEquals("https://localhost/x", secure.absoluteUri());
        assertEquals("https://localhost/y", secure.absoluteUri("y"));
        assertEquals(true, secure.isSecure());
    }

    @Test
    void anAbsoluteUriIsNeverBuiltFromADisallowedHost() {
        Request request = Sites.request(Exchanges.get("/", "Host", "evil.test"));
        assertThrows(DisallowedHost.class, request::absoluteUri);
        assertThrows(DisallowedHost.class, () -> request.absoluteUri("/x"));
    }
}
