package dev.cairn.contrib.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.http.SetCookie;
import dev.cairn.journey.Journey;
import dev.cairn.test.Client;
import dev.cairn.test.MovingClock;
import dev.cairn.test.TestResponse;
import dev.cairn.web.sessions.SessionMiddleware;
import dev.cairn.web.sessions.SessionSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SessionMiddleware through the test client, on the signed-cookie store and the database store. */
class SessionMiddlewareTest {

    @RegisterExtension
    static final SessionDatabases DATABASES = SessionDatabases.sqlite();

    private final MovingClock clock = new MovingClock();

    /** The stores every test here runs on. */
    static List<String> stores() {
        return List.of("signed", "database");
    }

    private Client client(String kind, String... settings) {
        return Client.of(SessionSite.app(SessionSite.store(kind, DATABASES, clock), SessionSite.settings(settings),
                clock));
    }

    private static List<String> sessionStops(TestResponse response) {
        return response.journey().stops("session").stream().map(Journey.Stop::event).toList();
    }

    static Stream<Arguments> cookieFlags() {
        long twoWeeks = SessionSettings.DEFAULT_AGE.toSeconds();
        return Stream.of(
                // the settings, then the cookie's name, path, domain, Secure, HttpOnly, SameSite, Max-Age
                Arguments.of(new String[0], "sessionid", "/", null, false, true, SetCookie.SameSite.LAX, twoWeeks),
                Arguments.of(new String[]{"SESSION_COOKIE_NAME", "sid", "SESSION_COOKIE_PATH", "/put/",
                        "SESSION_COOKIE_DOMAIN", "localhost", "SESSION_COOKIE_AGE", "60"}, "sid", "/put/",
                        "localhost", false, true, SetCookie.SameSite.LAX, 60L),
                Arguments.of(new String[]{"SESSION_COOKIE_SECURE", "true", "SESSION_COOKIE_HTTPONLY", "false",
                        "SESSION_COOKIE_SAMESITE", "Strict"}, "sessionid", "/", null, true, false,
                        SetCookie.SameSite.STRICT, twoWeeks),
                Arguments.of(new String[]{"SESSION_COOKIE_SECURE", "true", "SESSION_COOKIE_SAMESITE", "None"},
                        "sessionid", "/", null, true, true, SetCookie.SameSite.NONE, twoWeeks),
                Arguments.of(new String[]{"SESSION_COOKIE_SAMESITE", "false"}, "sessionid", "/", null, false, true,
                        null, twoWeeks),
                Arguments.of(new String[]{"SESSION_EXPIRE_AT_BROWSER_CLOSE", "true"}, "sessionid", "/", null, false,
                        true, SetCookie.SameSite.LAX, null));
    }

    @ParameterizedTest
    @MethodSource
    void cookieFlags(String[] settings, String name, String path, String domain, boolean secure, boolean httpOnly,
            SetCookie.SameSite sameSite, Long maxAge) {
        for (String kind : stores()) {
            TestResponse response = client(kind, settings).get("/put/?name=user&value=ada").assertStatus(200);
            SetCookie cookie = response.cookie(name);
            assertNotNull(cookie, kind + ": " + response.headers());
            assertEquals(path, cookie.path(), kind);
            assertEquals(domain, cookie.domain(), kind);
            assertEquals(secure, cookie.secure(), kind);
            assertEquals(httpOnly, cookie.httpOnly(), kind);
            assertEquals(sameSite, cookie.sameSite(), kind);
            if (maxAge == null) {
                assertNull(cookie.maxAge(), "a browser-session cookie has no Max-Age");
                assertNull(cookie.expires(), "nor Expires");
            } else {
                assertEquals(Duration.ofSeconds(maxAge), cookie.maxAge(), kind);
                assertEquals(clock.instant().plusSeconds(maxAge), cookie.expires(), kind);
            }
        }
    }

    /** A request of a sequence, and what its response must do with the session cookie. */
    record Step(String path, boolean setsCookie, boolean varies, String body) {}

    static Stream<Arguments> saving() {
        return Stream.of(
                Arguments.of("a view that never touches the session", new String[0], List.of(
                        new Step("/untouched/", false, false, "no session used"))),
                Arguments.of("reading an empty session", new String[0], List.of(
                        new Step("/peek/", false, true, "null"))),
                Arguments.of("writing, then reading, then not touching", new String[0], List.of(
                        new Step("/put/?name=user&value=ada", true, true, "put"),
                        new Step("/peek/", false, true, "ada"),
                        new Step("/untouched/", false, false, "no session used"),
                        new Step("/peek/", false, true, "ada"))),
                Arguments.of("writing the same value again still saves", new String[0], List.of(
                        new Step("/put/?name=user&value=ada", true, true, "put"),
                        new Step("/put/?name=user&value=ada", true, true, "put"))),
                Arguments.of("SESSION_SAVE_EVERY_REQUEST", new String[]{"SESSION_SAVE_EVERY_REQUEST", "true"},
                        List.of(new Step("/untouched/", false, false, "no session used"),
                                new Step("/put/?name=user&value=ada", true, true, "put"),
                                new Step("/peek/", true, true, "ada"),
                                new Step("/untouched/", true, false, "no session used"))),
                Arguments.of("a failing view's writes are not saved", new String[0], List.of(
                        new Step("/put/?name=user&value=ada", true, true, "put"),
                        new Step("/boom/", false, true, null),
                        new Step("/peek/", false, true, "ada"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void saving(String why, String[] settings, List<Step> steps) {
        for (String kind : stores()) {
            Client client = client(kind, settings);
            for (Step step : steps) {
                TestResponse response = client.get(step.path());
                String where = kind + ", " + why + ", " + step.path();
                assertEquals(step.setsCookie(), response.cookie("sessionid") != null, where);
                assertEquals(step.varies(), response.headers().containsToken("Vary", "Cookie"), where);
                if (step.body() != null) {
                    assertEquals(step.body(), response.text(), where);
                } else {
                    assertEquals(500, response.status(), where);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aViewThatNeverTouchesTheSessionCostsNoStoreAccess(String kind) {
        Client client = client(kind);
        client.get("/put/?name=user&value=ada");
        TestResponse response = client.get("/untouched/");
        assertEquals(List.of("unchanged"), sessionStops(response));
        assertEquals("not accessed", response.journey().stops("session").getFirst().facts().get("reason"));
        assertTrue(response.journey().stops("db").isEmpty(), "no statement: " + response.journey().stops("db"));
        assertFalse(client.get("/peek/").journey().stops("session").isEmpty());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anEmptiedSessionLosesItsCookieAndItsStoredData(String kind) {
        Client client = client(kind);
        client.get("/put/?name=user&value=ada");
        String key = client.cookie("sessionid");
        TestResponse cleared = client.get("/clear/");
        SetCookie deletion = cleared.cookie("sessionid");
        assertEquals(Duration.ZERO, deletion.maxAge(), "the cookie is deleted");
        assertEquals("/", deletion.path(), "where it was set");
        assertNull(client.cookie("sessionid"));
        assertEquals(List.of("loaded", "deleted"), sessionStops(cleared));
        if (kind.equals("database")) {
            assertFalse(StoredSession.objects.filter("sessionKey", key).exists(), "no empty row is kept");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aSessionExpiresByAge(String kind) {
        Client client = client(kind, "SESSION_COOKIE_AGE", "600");
        client.get("/put/?name=user&value=ada");
        String cookie = client.cookie("sessionid");
        clock.advance(Duration.ofSeconds(599));
        assertEquals("ada", client.get("/peek/").text(), "live until its age is up");
        clock.advance(Duration.ofSeconds(1));
        TestResponse expired = client.get("/peek/");
        assertEquals("null", expired.text(), "a session at its age is empty");
        assertEquals("expired", expired.journey().stops("session").getFirst().facts().get("outcome"));
        assertEquals(Duration.ZERO, expired.cookie("sessionid").maxAge(), "and its stale cookie is deleted");
        client.cookie("sessionid", cookie);
        client.get("/put/?name=user&value=bob");
        assertNotEquals(cookie, client.cookie("sessionid"), "a write after expiry starts a new session");
    }

    @ParameterizedTest
    @MethodSource("stores")
    void savingRestartsTheAge(String kind) {
        Client client = client(kind, "SESSION_COOKIE_AGE", "600");
        client.get("/put/?name=user&value=ada");
        clock.advance(Duration.ofSeconds(500));
        client.get("/put/?name=cart&value=tea");
        clock.advance(Duration.ofSeconds(500));
        assertEquals("ada", client.get("/peek/").text(), "600 s after the last save, not the first");
    }

    static Stream<Arguments> expiries() {
        return Stream.of(
                // what the view sets, the settings' SESSION_EXPIRE_AT_BROWSER_CLOSE, the cookie's Max-Age
                Arguments.of("300", "false", Duration.ofSeconds(300)),
                Arguments.of("300", "true", Duration.ofSeconds(300)),
                Arguments.of("0", "false", null),
                Arguments.of("default", "true", null),
                Arguments.of("default", "false", SessionSettings.DEFAULT_AGE));
    }

    @ParameterizedTest
    @MethodSource
    void expiries(String seconds, String atBrowserClose, Duration maxAge) {
        for (String kind : stores()) {
            Client client = client(kind, "SESSION_EXPIRE_AT_BROWSER_CLOSE", atBrowserClose);
            SetCookie cookie = client.get("/expiry/?seconds=" + seconds).cookie("sessionid");
            assertEquals(maxAge, cookie.maxAge(), kind);
            assertEquals(maxAge == null ? null : clock.instant().plus(maxAge), cookie.expires(), kind);
            SetCookie again = client.get("/put/?name=cart&value=tea").cookie("sessionid");
            assertEquals(maxAge, again.maxAge(), kind + ": the expiry the session chose holds on the next save");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aSessionThatChoseAShortAgeEndsThen(String kind) {
        Client client = client(kind);
        client.get("/expiry/?seconds=60");
        clock.advance(Duration.ofSeconds(61));
        assertEquals("null", client.get("/peek/").text());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void loginMovesTheSessionToANewKeyAndTheOldOneLoadsNothing(String kind) {
        Client client = client(kind);
        client.get("/put/?name=cart&value=tea");
        String before = client.cookie("sessionid");
        TestResponse login = client.get("/login/?user=ada");
        String after = client.cookie("sessionid");
        assertNotEquals(before, after);
        assertEquals(List.of("loaded", "cycled", "saved"), sessionStops(login));
        assertEquals("ada", client.get("/peek/").text());
        assertEquals("tea", client.get("/peek/?name=cart").text(), "the cart survives the login");
        if (kind.equals("database")) {
            Client old = client(kind).cookie("sessionid", before);
            assertEquals("null", old.get("/peek/").text(), "the key from before the login loads nothing");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void logoutDeletesTheCookieAndTheData(String kind) {
        Client client = client(kind);
        client.get("/login/?user=ada");
        String key = client.cookie("sessionid");
        TestResponse logout = client.get("/logout/");
        assertEquals(Duration.ZERO, logout.cookie("sessionid").maxAge());
        assertEquals(List.of("loaded", "flushed", "deleted"), sessionStops(logout));
        assertEquals("null", client.get("/peek/").text());
        if (kind.equals("database")) {
            assertFalse(StoredSession.objects.filter("sessionKey", key).exists());
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theJourneyTellsWhichStoreLoadedWhatAndWhatBecameOfIt(String kind) {
        Client client = client(kind);
        Map<String, Object> created = client.get("/put/?name=user&value=ada").journey().stops("session").getLast()
                .facts();
        String store = kind.equals("signed") ? "SignedCookieSessionStore" : "DatabaseSessionStore";
        assertEquals(store, created.get("store"));
        assertEquals(true, created.get("created"));
        String key = client.cookie("sessionid");
        assertEquals(key.substring(0, 6) + "\u2026", created.get("key"), "the key is cut short");
        Map<String, Object> loaded = client.get("/peek/").journey().stops("session").getFirst().facts();
        assertEquals(Map.of("store", store, "key", key.substring(0, 6) + "\u2026", "outcome", "found"), without(
                loaded, "detail"));
        Journey.Stop unchanged = client.get("/peek/").journey().stops("session").getLast();
        assertEquals("unchanged", unchanged.event());
        assertEquals("not modified", unchanged.facts().get("reason"));
        assertFalse(client.get("/peek/").journey().toString().contains("sessionid=" + key),
                "the journey never shows the cookie's value whole");
    }

    @org.junit.jupiter.api.Test
    void aSignedCookieTooLargeForABrowserIsRefusedWithAnErrorThatSaysWhatToDo() {
        Client signed = client("signed");
        signed.get("/big/?size=2500").assertStatus(200);
        assertTrue(signed.cookies().getFirst().toHeaderValue().length() <= SessionMiddleware.MAX_COOKIE_BYTES);
        TestResponse tooBig = signed.get("/big/?size=5000");
        assertEquals(500, tooBig.status());
        assertTrue(tooBig.text().contains("The session cookie would be "), tooBig.text());
        assertTrue(tooBig.text().contains("over the 4096 a browser keeps, so the session would be lost: keep less in "
                + "the session, or keep sessions on the server (DatabaseSessionStore or RedisSessionStore) instead "
                + "of in SignedCookieSessionStore"), "the message says what to do");
        assertNull(tooBig.cookie("sessionid"), "no cookie a browser would drop is sent");
        client("database").get("/big/?size=100000").assertStatus(200);
    }

    @org.junit.jupiter.api.Test
    void aViewThatUsesTheSessionWithoutTheMiddlewareGetsAnErrorNamingIt() {
        dev.cairn.web.WebApp bare = dev.cairn.web.WebApp.builder().settings(SessionSite.settings()).routes(
                dev.cairn.web.Urls.path("peek/", request -> dev.cairn.web.Response.text(String.valueOf(request
                        .session().get("user")))))
                .build();
        TestResponse response = Client.of(bare).get("/peek/");
        assertEquals(500, response.status());
        assertTrue(response.text().contains("request.session() needs SessionMiddleware"), response.text());
    }

    private static Map<String, Object> without(Map<String, Object> facts, String name) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(facts);
        copy.remove(name);
        return copy;
    }
}
