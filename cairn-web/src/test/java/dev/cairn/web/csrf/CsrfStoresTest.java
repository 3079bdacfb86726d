package dev.cairn.web.csrf;

import static dev.cairn.web.csrf.CsrfSite.SECRET;
import static dev.cairn.web.csrf.CsrfSite.formWith;
import static dev.cairn.web.csrf.CsrfSite.http;
import static dev.cairn.web.csrf.CsrfSite.https;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.Middleware;
import dev.cairn.web.SessionValues;
import dev.cairn.web.WebApp;
import dev.cairn.web.settings.Settings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The secret kept in the session ({@code CSRF_USE_SESSIONS}), and the Referer trusted across subdomains that share
 * the cookie's (or the session cookie's) domain.
 */
class CsrfStoresTest {

    @TempDir
    Path folder;

    /** One visitor's session, as a session middleware would load it. */
    static final class MapSession implements SessionValues {
        final Map<String, Object> values = new HashMap<>();
        int writes;

        @Override
        public Object get(String name) {
            return values.get(name);
        }

        @Override
        public Object put(String name, Object value) {
            writes++;
            return values.put(name, value);
        }

        @Override
        public Object remove(String name) {
            return values.remove(name);
        }
    }

    /** Puts the one session on every request, as a session middleware above CSRF would. */
    static Middleware sessions(MapSession session) {
        return (request, next) -> next.proceed(request.attribute(SessionValues.ATTRIBUTE, session));
    }

    private WebApp sessionSite(MapSession session, String... more) {
        Settings settings = CsrfSite.settings(Stream.concat(Stream.of(CsrfMiddleware.CSRF_USE_SESSIONS, "true"),
                Stream.of(more)).toArray(String[]::new));
        return CsrfSite.site(settings, folder, sessions(session), new CsrfMiddleware(settings));
    }

    @Test
    void theSecretIsKeptInTheSessionAndNoCookieIsSet() {
        MapSession session = new MapSession();
        var page = sessionSite(session).handle(http("GET", "/page/form/", ""));

        assertEquals(List.of(), page.headers().all("Set-Cookie"));
        String secret = (String) session.get(SessionSecretStore.KEY);
        assertTrue(secret.matches("[a-zA-Z0-9]{32}"), secret);
        Matcher token = Pattern.compile("value=\"([a-zA-Z0-9]{64})\"").matcher(CsrfSite.text(page));
        assertTrue(token.find(), CsrfSite.text(page));
        assertEquals(secret, CsrfTokens.unmask(token.group(1)));
    }

    @Test
    void aFormPostedBackWithItsTokenPassesAndACookieSecretDoesNot() {
        MapSession session = new MapSession();
        session.values.put(SessionSecretStore.KEY, SECRET);
        WebApp app = sessionSite(session);

        assertEquals(200, app.handle(http("POST", "/form/", formWith(CsrfTokens.mask(SECRET)))).status());
        var cookieOnly = app.handle(http("POST", "/form/", formWith(CsrfSite.OTHER_SECRET), "Cookie", "csrftoken="
                + CsrfSite.OTHER_SECRET));
        assertEquals(403, cookieOnly.status());
    }

    @Test
    void withTheRealSessionMiddlewareTheSecretTravelsInTheSessionCookie() {
        Settings settings = CsrfSite.settings(CsrfMiddleware.CSRF_USE_SESSIONS, "true");
        WebApp app = CsrfSite.site(settings, folder, new dev.cairn.web.sessions.SessionMiddleware(
                dev.cairn.web.sessions.SignedCookieSessionStore.create(settings), settings),
                new CsrfMiddleware(
                        settings));
        var page = app.handle(http("GET", "/page/form/", ""));
        String cookie = page.headers().all("Set-Cookie").stream().filter(c -> c.startsWith("sessionid="))
                .findFirst().orElseThrow().split(";")[0];
        assertTrue(page.headers().all("Set-Cookie").stream().noneMatch(c -> c.startsWith("csrftoken=")));
        Matcher token = Pattern.compile("value=\"([a-zA-Z0-9]{64})\"").matcher(CsrfSite.text(page));
        assertTrue(token.find(), CsrfSite.text(page));

        assertEquals(200, app.handle(http("POST", "/form/", formWith(token.group(1)), "Cookie", cookie)).status());
        assertEquals(403, app.handle(http("POST", "/form/", formWith(CsrfTokens.mask(CsrfSite.OTHER_SECRET)),
                "Cookie", cookie)).status(), "a token of another secret");
        assertEquals(403, app.handle(http("POST", "/form/", formWith(token.group(1)))).status(), "no session");
    }

    @Test
    void anUnchangedSecretIsNotWrittenToTheSessionAgain() {
        MapSession session = new MapSession();
        session.values.put(SessionSecretStore.KEY, SECRET);
        WebApp app = sessionSite(session);

        app.handle(http("GET", "/page/form/", ""));
        app.handle(http("GET", "/page/htmx/", ""));
        assertEquals(0, session.writes);
        app.handle(http("POST", "/login/", formWith(SECRET)));
        assertEquals(1, session.writes, "rotation writes the new secret");
    }

    @Test
    void withoutASessionMiddlewareTheSiteSaysWhatIsMissing() {
        Settings settings = CsrfSite.settings(CsrfMiddleware.CSRF_USE_SESSIONS, "true", Settings.DEBUG, "true");
        var response = CsrfSite.site(settings, folder).handle(http("POST", "/form/", formWith(SECRET)));

        assertEquals(500, response.status());
        assertTrue(CsrfSite.text(response).contains("CSRF_USE_SESSIONS keeps its data in the session, but this "
                + "request has none: put the session middleware above the middleware that uses it"),
                CsrfSite.text(response));
    }

    @Test
    void aStoreGivenInCodeIsUsed() {
        MapSession session = new MapSession();
        Settings settings = CsrfSite.settings();
        CsrfMiddleware csrf = CsrfMiddleware.builder(settings).store(new SessionSecretStore()).build();
        CsrfSite.site(settings, folder, sessions(session), csrf).handle(http("GET", "/page/form/", ""));

        assertTrue(session.values.containsKey(SessionSecretStore.KEY), session.values::toString);
    }

    static Stream<Arguments> sharedDomains() {
        return Stream.of(
                Arguments.of("no cookie domain: another subdomain is another host", List.of(), "www.example.com",
                        "https://shop.example.com/", 403),
                Arguments.of("the cookie's domain covers a sibling", List.of(CsrfMiddleware.CSRF_COOKIE_DOMAIN,
                        ".example.com"), "www.example.com", "https://shop.example.com/", 200),
                Arguments.of("the cookie's domain itself", List.of(CsrfMiddleware.CSRF_COOKIE_DOMAIN,
                        ".example.com"), "www.example.com", "https://example.com/", 200),
                Arguments.of("the cookie's domain does not cover another site", List.of(
                        CsrfMiddleware.CSRF_COOKIE_DOMAIN, ".example.com"), "www.example.com",
                        "https://evil-example.com/", 403),
                Arguments.of("an unusual port must match the request's", List.of(CsrfMiddleware.CSRF_COOKIE_DOMAIN,
                        ".example.com"), "www.example.com:8443", "https://shop.example.com:8443/", 200),
                Arguments.of("a Referer without the unusual port", List.of(CsrfMiddleware.CSRF_COOKIE_DOMAIN,
                        ".example.com"), "www.example.com:8443", "https://shop.example.com/", 403),
                Arguments.of("port 443 is no unusual port", List.of(CsrfMiddleware.CSRF_COOKIE_DOMAIN,
                        ".example.com"), "www.example.com:443", "https://shop.example.com/", 200),
                Arguments.of("with sessions, the session cookie's domain", List.of(CsrfMiddleware.CSRF_USE_SESSIONS,
                        "true", "SESSION_COOKIE_DOMAIN", ".example.com"), "www.example.com",
                        "https://shop.example.com/", 200),
                Arguments.of("with sessions, the CSRF cookie's domain is not used", List.of(
                        CsrfMiddleware.CSRF_USE_SESSIONS, "true", CsrfMiddleware.CSRF_COOKIE_DOMAIN, ".example.com"),
                        "www.example.com", "https://shop.example.com/", 403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void sharedDomains(String what, List<String> keysAndValues, String host, String referer, int status) {
        MapSession session = new MapSession();
        session.values.put(SessionSecretStore.KEY, SECRET);
        Settings settings = CsrfSite.settings(keysAndValues.toArray(String[]::new));
        WebApp app = CsrfSite.site(settings, folder, sessions(session), new CsrfMiddleware(settings));

        var response = app.handle(https("POST", "/form/", formWith(SECRET), "Host", host, "Referer", referer,
                "Cookie", "csrftoken=" + SECRET));

        assertEquals(status, response.status(), () -> CsrfSite.text(response));
    }
}
