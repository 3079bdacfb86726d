package dev.cairn.web.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cairn.web.Exchanges;
import dev.cairn.web.Response;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The host check on the way in: a bad Host is a 400 and the view never runs. */
class AllowedHostsMiddlewareTest {

    private final AtomicInteger views = new AtomicInteger();

    private WebApp site(Settings settings) {
        View view = request -> {
            views.incrementAndGet();
            return Response.text("host " + request.host());
        };
        return Sites.site(settings, List.of(Routes.path("", view)), new AllowedHostsMiddleware());
    }

    private static Settings hosts(String allowed) {
        return Sites.base().set(Settings.ALLOWED_HOSTS, allowed).build();
    }

    /** Debug with no hosts set: the debug defaults apply (and a per-process key signs). */
    private static final Settings DEBUG = Settings.builder().debug(true).build();

    static Stream<Arguments> hosts() {
        return Stream.of(
                Arguments.of("an allowed host", hosts("example.com"), "example.com", 200),
                Arguments.of("an allowed host with a port", hosts("example.com"), "example.com:8000", 200),
                Arguments.of("in capitals", hosts("example.com"), "EXAMPLE.COM", 200),
                Arguments.of("with a trailing dot", hosts("example.com"), "example.com.", 200),
                Arguments.of("a second allowed host", hosts("example.com, www.example.org"), "www.example.org", 200),
                Arguments.of("another host", hosts("example.com"), "evil.example", 400),
                Arguments.of("a subdomain of an exact host", hosts("example.com"), "www.example.com", 400),
                Arguments.of("a subdomain pattern's subdomain", hosts(".example.com"), "www.example.com", 200),
                Arguments.of("a subdomain pattern's deep subdomain", hosts(".example.com"), "a.b.example.com", 200),
                Arguments.of("a subdomain pattern's own domain", hosts(".example.com"), "example.com", 200),
                Arguments.of("a look-alike of a subdomain pattern", hosts(".example.com"), "badexample.com", 400),
                Arguments.of("a wildcard", hosts("*"), "anything.example", 200),
                Arguments.of("an empty Host", hosts("example.com"), "", 400),
                Arguments.of("a Host with a path", hosts("example.com"), "example.com/evil", 400),
                Arguments.of("a Host with a space", hosts("example.com"), "exa mple.com", 400),
                Arguments.of("a Host with credentials", hosts("example.com"), "user@example.com", 400),
                Arguments.of("a non-numeric port", hosts("example.com"), "example.com:http", 400),
                Arguments.of("an unclosed IPv6 literal", hosts("*"), "[::1", 400),
                Arguments.of("a Host with a line break", hosts("*"), "example.com\r\nX: y", 400),
                Arguments.of("a wildcard still refuses the malformed", hosts("*"), "<script>", 400),
                Arguments.of("debug allows localhost", DEBUG, "localhost", 200),
                Arguments.of("debug allows localhost with a port", DEBUG, "localhost:8000", 200),
                Arguments.of("debug allows a localhost subdomain", DEBUG, "app.localhost", 200),
                Arguments.of("debug allows 127.0.0.1", DEBUG, "127.0.0.1:8000", 200),
                Arguments.of("debug allows [::1]", DEBUG, "[::1]:8000", 200),
                Arguments.of("debug allows nothing else", DEBUG, "example.com", 400));
    }

    @ParameterizedTest(name = "{0}: Host [{2}] -> {3}")
    @MethodSource("hosts")
    void theHostIsCheckedBeforeTheView(String why, Settings settings, String host, int status) {
        var response = site(settings).handle(Exchanges.get("/", "Host", host));

        assertEquals(status, response.status());
        assertEquals(status == 200 ? 1 : 0, views.get());
        // The debug page may show the host (escaped) to help; a production page never does.
        if (status == 400 && !host.isEmpty() && !settings.debug()) {
            assertFalse(Exchanges.text(response).contains(host), "the page never repeats the host");
        }
    }

    @Test
    void aRequestWithoutHostIsRefused() {
        var response = site(hosts("*")).handle(Sites.bare("/"));

        assertEquals(400, response.status());
        assertEquals(0, views.get());
    }

    static Stream<Arguments> forwarded() {
        return Stream.of(
                Arguments.of("trusted, the forwarded host is checked", "true", "internal", "example.com", 200),
                Arguments.of("trusted, a bad forwarded host is refused", "true", "example.com", "evil.example", 400),
                Arguments.of("trusted, without the header the Host is checked", "true", "example.com", null, 200),
                Arguments.of("untrusted, the forwarded host is ignored", "false", "example.com", "evil.example", 200),
                Arguments.of("untrusted, a forwarded host cannot rescue", "false", "internal", "example.com", 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forwarded")
    void xForwardedHostIsUsedOnlyWhenTrusted(String why, String trusted, String host, String forwarded, int status) {
        Settings settings = Sites.base().set(Settings.ALLOWED_HOSTS, "example.com")
                .set(Settings.USE_X_FORWARDED_HOST, trusted).build();
        var exchange = forwarded == null
                ? Exchanges.get("/", "Host", host)
                : Exchanges.get("/", "Host", host, "X-Forwarded-Host", forwarded);

        assertEquals(status, site(settings).handle(exchange).status());
    }

    @Test
    void theJourneyRecordsTheAllowedHost() {
        var journey = Sites.journeyOf(site(hosts("example.com")), Exchanges.get("/", "Host", "Example.com:80"));

        assertEquals("example.com:80", Sites.facts(journey, "host allowed").get("host"));
    }

    @Test
    void theJourneyRecordsTheRefusalWithItsReason() {
        var journey = Sites.journeyOf(site(hosts("example.com")), Exchanges.get("/", "Host", "evil.example"));

        assertEquals("Invalid Host header: 'evil.example'. You may need to add 'evil.example' to ALLOWED_HOSTS.",
                Sites.facts(journey, "host refused").get("reason"));
    }
}
