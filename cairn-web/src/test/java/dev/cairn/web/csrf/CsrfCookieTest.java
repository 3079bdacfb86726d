package dev.cairn.web.csrf;

import static dev.cairn.web.csrf.CsrfSite.SECRET;
import static dev.cairn.web.csrf.CsrfSite.formWith;
import static dev.cairn.web.csrf.CsrfSite.http;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.http.SetCookie;
import dev.cairn.web.WebApp;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The secret's life in its cookie: set only by a page that prints a token, renewed by each such page, replaced
 * when malformed or rotated, with the attributes the settings give it.
 */
class CsrfCookieTest {

    private static final Pattern TOKEN = Pattern.compile("[a-zA-Z0-9]{64}");

    @TempDir
    Path folder;

    private WebApp site(String... settings) {
        return CsrfSite.site(CsrfSite.settings(settings), folder);
    }

    private static SetCookie csrfCookie(dev.cairn.gateway.Response response) {
        List<String> lines = response.headers().all("Set-Cookie");
        assertEquals(1, lines.size(), lines::toString);
        return SetCookie.parse(lines.getFirst());
    }

    private static String tokenIn(dev.cairn.gateway.Response response) {
        Matcher matcher = TOKEN.matcher(CsrfSite.text(response));
        assertTrue(matcher.find(), () -> CsrfSite.text(response));
        return matcher.group();
    }

    @Test
    void aPageThatPrintsNoTokenSetsNoCookie() {
        var response = site().handle(http("GET", "/page/none/", ""));

        assertEquals(200, response.status());
        assertEquals(List.of(), response.headers().all("Set-Cookie"));
        assertNull(response.headers().first("Vary"));
    }

    @Test
    void aPageWithAFormSetsTheSecretWithDjangosDefaultsAndVariesOnCookie() {
        var response = site().handle(http("GET", "/page/form/", ""));

        SetCookie cookie = csrfCookie(response);
        assertEquals("csrftoken", cookie.name());
        assertTrue(cookie.value().matches("[a-zA-Z0-9]{32}"), cookie.value());
        assertEquals(365L * 24 * 3600, cookie.maxAge().toSeconds());
        assertEquals("/", cookie.path());
        assertEquals(SetCookie.SameSite.LAX, cookie.sameSite());
        assertEquals(false, cookie.secure());
        assertEquals(false, cookie.httpOnly());
        assertNull(cookie.domain());
        assertEquals("Cookie", response.headers().first("Vary"));
        assertEquals(cookie.value(), CsrfTokens.unmask(tokenIn(response)));
    }

    @Test
    void theSecretAClientHoldsIsKeptAndItsCookieRenewed() {
        var response = site().handle(http("GET", "/page/form/", "", "Cookie", "csrftoken=" + SECRET));

        assertEquals(SECRET, csrfCookie(response).value());
        assertEquals(SECRET, CsrfTokens.unmask(tokenIn(response)));
    }

    @Test
    void maskedTokensDifferPerResponseYetEachVerifies() {
        WebApp app = site();
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            tokens.add(tokenIn(app.handle(http("GET", "/page/form/", "", "Cookie", "csrftoken=" + SECRET))));
        }
        assertEquals(5, tokens.size(), "a fresh mask for every response");
        for (String token : tokens) {
            var posted = app.handle(http("POST", "/form/", formWith(token), "Cookie", "csrftoken=" + SECRET));
            assertEquals("form taken: Ada", CsrfSite.text(posted));
        }
    }

    @Test
    void oneResponseHasOneTokenHoweverOftenItIsPrinted() {
        var response = site().handle(http("GET", "/token/", ""));
        String token = CsrfSite.text(response);

        assertTrue(TOKEN.matcher(token).matches(), token);
        assertEquals(csrfCookie(response).value(), CsrfTokens.unmask(token));
    }

    @Test
    void aMalformedCookieIsReplacedEvenOnTheRefusal() {
        var response = site().handle(http("POST", "/form/", formWith(CsrfTokens.mask(SECRET)), "Cookie",
                "csrftoken=tooshort"));

        assertEquals(403, response.status());
        String fresh = csrfCookie(response).value();
        assertTrue(fresh.matches("[a-zA-Z0-9]{32}"), fresh);
    }

    @Test
    void aRefusedRequestWithAGoodCookieSetsNoCookie() {
        var response = site().handle(http("POST", "/form/", "name=Ada", "Cookie", "csrftoken=" + SECRET));

        assertEquals(403, response.status());
        assertEquals(List.of(), response.headers().all("Set-Cookie"));
    }

    @Test
    void rotatingGivesANewSecretAndTokensOfTheOldOneStopWorking() {
        WebApp app = site();
        String before = CsrfTokens.mask(SECRET);
        var login = app.handle(http("POST", "/login/", formWith(before), "Cookie", "csrftoken=" + SECRET));

        assertEquals("rotated", CsrfSite.text(login));
        String after = csrfCookie(login).value();
        assertNotEquals(SECRET, after);
        var stale = app.handle(http("POST", "/form/", formWith(before), "Cookie", "csrftoken=" + after));
        assertEquals(403, stale.status());
        var fresh = app.handle(http("POST", "/form/", formWith(CsrfTokens.mask(after)), "Cookie", "csrftoken="
                + after));
        assertEquals(200, fresh.status());
    }

    static Stream<Arguments> cookieSettings() {
        return Stream.of(
                Arguments.of(CsrfMiddleware.CSRF_COOKIE_NAME, "xsrf", "xsrf="),
                Arguments.of(CsrfMiddleware.CSRF_COOKIE_AGE, "3600", "Max-Age=3600"),
                Arguments.of(CsrfMiddleware.CSRF_COOKIE_DOMAIN, ".example.com", "Domain=.example.com"),
                Arguments.of(CsrfMiddleware.CSRF_COOKIE_PATH, "/app/", "Path=/app/"),
                Arguments.of(CsrfMiddleware.CSRF_COOKIE_SECURE, "true", "; Secure"),
                Arguments.of(CsrfMiddleware.CSRF_COOKIE_HTTPONLY, "true", "; HttpOnly"),
                Arguments.of(CsrfMiddleware.CSRF_COOKIE_SAMESITE, "Strict", "SameSite=Strict"));
    }

    @ParameterizedTest(name = "{0}={1} gives {2}")
    @MethodSource
    void cookieSettings(String key, String value, String expected) {
        var response = site(key, value).handle(http("GET", "/page/form/", ""));

        String line = response.headers().first("Set-Cookie");
        assertTrue(line.contains(expected), line);
    }

    @Test
    void sameSiteFalseLeavesTheAttributeOut() {
        var response = site(CsrfMiddleware.CSRF_COOKIE_SAMESITE, "false").handle(http("GET", "/page/form/", ""));

        assertTrue(!response.headers().first("Set-Cookie").contains("SameSite"), response.headers()::toString);
    }

    @Test
    void aRenamedCookieIsTheOneRead() {
        WebApp app = site(CsrfMiddleware.CSRF_COOKIE_NAME, "xsrf");

        assertEquals(403, app.handle(http("POST", "/form/", formWith(SECRET), "Cookie", "csrftoken=" + SECRET))
                .status());
        assertEquals(200, app.handle(http("POST", "/form/", formWith(SECRET), "Cookie", "xsrf=" + SECRET)).status());
    }

    @Test
    void aRenamedHeaderIsTheOneRead() {
        WebApp app = site(CsrfMiddleware.CSRF_HEADER_NAME, "X-XSRF-TOKEN");
        String cookie = "csrftoken=" + SECRET;

        assertEquals(403, app.handle(http("PUT", "/api/", "", "Cookie", cookie, "X-CSRFToken", SECRET)).status());
        assertEquals(200, app.handle(http("PUT", "/api/", "", "Cookie", cookie, "X-XSRF-Token", SECRET)).status());
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of(CsrfMiddleware.CSRF_COOKIE_AGE, "a year", "CSRF_COOKIE_AGE must be an integer, not 'a "
                        + "year'"),
                Arguments.of(CsrfMiddleware.CSRF_COOKIE_AGE, "0", "CSRF_COOKIE_AGE must be a number of seconds above "
                        + "0, not 0"),
                Arguments.of(CsrfMiddleware.CSRF_COOKIE_SECURE, "perhaps", "CSRF_COOKIE_SECURE must be true or false, "
                        + "not 'perhaps'"),
                Arguments.of(CsrfMiddleware.CSRF_COOKIE_HTTPONLY, "2", "CSRF_COOKIE_HTTPONLY must be true or false, "
                        + "not '2'"),
                Arguments.of(CsrfMiddleware.CSRF_USE_SESSIONS, "maybe", "CSRF_USE_SESSIONS must be true or false, "
                        + "not 'maybe'"),
                Arguments.of(CsrfMiddleware.CSRF_COOKIE_SAMESITE, "sometimes", "CSRF_COOKIE_SAMESITE must be Lax, "
                        + "Strict, None or false, not 'sometimes'"),
                Arguments.of(CsrfMiddleware.CSRF_COOKIE_SAMESITE, "None", "The CSRF cookie cannot be set as the "
                        + "CSRF_COOKIE_* settings say: Cookie 'csrftoken' has SameSite=None, which requires Secure: "
                        + "browsers reject it otherwise (RFC 6265bis §4.1.2.7); call secure(true)"),
                Arguments.of(CsrfMiddleware.CSRF_COOKIE_NAME, "csrf token", "The CSRF cookie cannot be set as the "
                        + "CSRF_COOKIE_* settings say: Cookie name must be a token (RFC 6265 §4.1.1, RFC 9110 §5.6.2): "
                        + "found 0x20 at index 4"),
                Arguments.of(CsrfMiddleware.CSRF_HEADER_NAME, "X CSRF", "CSRF_HEADER_NAME must be a header name of "
                        + "letters, digits and hyphens, not 'X CSRF'"),
                Arguments.of(CsrfMiddleware.CSRF_HEADER_NAME, "X-CSRF'Token", "CSRF_HEADER_NAME must be a header "
                        + "name of letters, digits and hyphens, not 'X-CSRF'Token'"),
                Arguments.of(CsrfMiddleware.CSRF_TRUSTED_ORIGINS, "example.com", "CSRF_TRUSTED_ORIGINS holds "
                        + "'example.com', which is not an origin: write scheme://host[:port] with no path, such as "
                        + "https://example.com, or https://*.example.com for a domain and its subdomains"));
    }

    @ParameterizedTest(name = "{0}=[{1}]")
    @MethodSource
    void badSettings(String key, String value, String message) {
        Settings settings = CsrfSite.settings(key, value);
        var error = assertThrows(SettingsException.class, () -> new CsrfMiddleware(settings));

        assertEquals(message, error.getMessage());
    }

    @Test
    void aSameSiteNoneCookieIsFineWhenSecure() {
        var response = site(CsrfMiddleware.CSRF_COOKIE_SAMESITE, "None", CsrfMiddleware.CSRF_COOKIE_SECURE, "true")
                .handle(http("GET", "/page/form/", ""));

        assertTrue(response.headers().first("Set-Cookie").contains("SameSite=None"), response.headers()::toString);
    }
}
