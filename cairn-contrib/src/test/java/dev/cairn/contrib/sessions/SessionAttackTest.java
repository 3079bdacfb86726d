package dev.cairn.contrib.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.http.SetCookie;
import dev.cairn.test.Client;
import dev.cairn.test.MovingClock;
import dev.cairn.test.TestResponse;
import dev.cairn.web.Response;
import dev.cairn.web.WebApp;
import dev.cairn.web.sessions.SessionStore;
import dev.cairn.web.sessions.SignedCookieSessionStore;
import dev.cairn.web.signing.JsonSigner;
import dev.cairn.web.signing.Signer;
import dev.cairn.web.signing.SigningKeys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Attacks on sessions, each tried against every store it applies to: fixation with a chosen or a planted key,
 * tampered, forged and expired signed cookies, garbage cookies, a key stolen before logout, and a write racing a
 * logout.
 */
class SessionAttackTest {

    @RegisterExtension
    static final SessionDatabases DATABASES = SessionDatabases.sqlite();

    private final MovingClock clock = new MovingClock();
    private RedisSessionStore redis;

    @AfterEach
    void closeRedis() {
        if (redis != null) {
            redis.close();
        }
    }

    static List<String> stores() {
        return List.of("signed", "database", "redis");
    }

    /** The stores that keep sessions on the server, where a deleted session is gone for every copy of its key. */
    static List<String> serverStores() {
        return List.of("database", "redis");
    }

    private SessionStore store(String kind) {
        SessionStore store = SessionSite.store(kind, DATABASES, clock);
        if (store instanceof RedisSessionStore opened) {
            redis = opened;
        }
        return store;
    }

    private WebApp site(String kind) {
        return SessionSite.app(store(kind), SessionSite.settings(), clock);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aKeyTheAttackerChoseIsNotAdopted(String kind) {
        WebApp site = site(kind);
        String chosen = "attackerchoseth1skey000000000000";
        Client victim = Client.of(site).cookie("sessionid", chosen);
        victim.get("/put/?name=theme&value=dark").assertStatus(200);
        assertNotEquals(chosen, victim.cookie("sessionid"), "even a plain write gets a key the site made");
        Client attacker = Client.of(site).cookie("sessionid", chosen);
        assertEquals("null", attacker.get("/peek/?name=theme").text(), "the chosen key loads nothing");
        victim.get("/login/?user=ada").assertStatus(200);
        assertEquals("null", attacker.get("/peek/").text(), "nor after the login");
        assertEquals("ada", victim.get("/peek/").text());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aRealKeyPlantedBeforeLoginIsWorthNothingAfter(String kind) {
        WebApp site = site(kind);
        Client attacker = Client.of(site);
        attacker.get("/put/?name=theme&value=dark");
        String planted = attacker.cookie("sessionid");
        Client victim = Client.of(site).cookie("sessionid", planted);
        victim.get("/login/?user=ada");
        assertNotEquals(planted, victim.cookie("sessionid"), "login moved the session to a new key");
        assertEquals("null", attacker.get("/peek/").text(), "the attacker's key does not carry the login");
    }

    @ParameterizedTest
    @MethodSource("serverStores")
    void aKeyStolenBeforeLogoutLoadsNothingAfter(String kind) {
        WebApp site = site(kind);
        Client victim = Client.of(site);
        victim.get("/login/?user=ada");
        Client thief = Client.of(site).cookie("sessionid", victim.cookie("sessionid"));
        assertEquals("ada", thief.get("/peek/").text(), "a stolen key works while the session lives");
        victim.get("/logout/");
        assertEquals("null", thief.get("/peek/").text(), "and not after the logout");
        thief.get("/put/?name=user&value=mallory");
        assertEquals("null", victim.get("/peek/").text(), "nor can the thief bring the victim's session back");
    }

    @Test
    void aSignedCookieCopiedBeforeLogoutStillLoadsUntilItExpiresAsDocumented() {
        WebApp site = site("signed");
        Client victim = Client.of(site);
        victim.get("/login/?user=ada");
        Client copy = Client.of(site).cookie("sessionid", victim.cookie("sessionid"));
        victim.get("/logout/");
        assertEquals("ada", copy.get("/peek/").text(), "nothing on the server can revoke it (replay)");
        clock.advance(Duration.ofDays(14));
        assertEquals("null", copy.get("/peek/").text(), "until its age is up");
    }

    @ParameterizedTest
    @MethodSource("serverStores")
    void aWriteRacingALogoutIsRefusedAndDoesNotReviveTheSession(String kind) {
        SessionStore store = store(kind);
        WebApp site = SessionSite.app(store, SessionSite.settings(), clock);
        Client browser = Client.of(site);
        browser.get("/login/?user=ada");
        String key = browser.cookie("sessionid");
        WebApp racing = WebApp.builder().settings(SessionSite.settings())
                .middleware(new dev.cairn.web.sessions.SessionMiddleware(store, SessionSite.settings()))
                .routes(dev.cairn.web.Urls.path("write/", request -> {
                    request.session().get("user");
                    store.delete(key); // the logout in another tab, while this request runs
                    request.session().put("cart", "tea");
                    return Response.text("written");
                })).build();
        TestResponse response = Client.of(racing).cookie("sessionid", key).get("/write/");
        assertEquals(400, response.status());
        assertTrue(response.text().contains("session was deleted"), response.text());
        assertEquals(SessionStore.Outcome.UNKNOWN, store.load(key).outcome());
    }

    /** Ways to change a signed session cookie without the key. */
    static Stream<Arguments> tamperedCookies() {
        SignedCookieSessionStore real = SignedCookieSessionStore.create(new SigningKeys(SessionSite.SECRET_KEY, List
                .of()), java.time.Clock.systemUTC());
        String ada = real.create("{\"user\":\"ada\"}", Duration.ofDays(1));
        String bob = real.create("{\"user\":\"bob\",\"padding\":\"bob\"}", Duration.ofDays(1));
        String payload = ada.substring(0, ada.indexOf(':'));
        String rest = ada.substring(ada.indexOf(':'));
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"a\":1209600,\"d\":{\"user\":\"root\"}}"
                        .getBytes(StandardCharsets.UTF_8));
        return Stream.of(
                Arguments.of("a character of the signature changed", ada.substring(0, ada.length() - 1) + (ada
                        .endsWith("a") ? "b" : "a")),
                Arguments.of("another session's payload with this signature", bob.substring(0, bob.indexOf(':'))
                        + rest),
                Arguments.of("a forged payload with this signature", forged + rest),
                Arguments.of("the timestamp moved forward", payload + ":" + Long.toString(Long.MAX_VALUE / 2, 36)
                        + rest.substring(rest.indexOf(':', 1))),
                Arguments.of("the signature cut off", payload + rest.substring(0, rest.lastIndexOf(':'))),
                Arguments.of("signed with another key", SignedCookieSessionStore.create(new SigningKeys(
                        "another-site-key-0123456789-abcdefghijklmnopqrstuvwxyz", List.of()),
                        java.time.Clock
                                .systemUTC())
                        .create("{\"user\":\"ada\"}", Duration.ofDays(1))),
                Arguments.of("a signed cookie of the site under the session's name", Signer.of(SessionSite.SECRET_KEY,
                        "cookie:sessionid").sign(payload)),
                Arguments.of("signed JSON of the site that is not a session", JsonSigner.of(Signer.of(
                        SessionSite.SECRET_KEY, SignedCookieSessionStore.SALT)).dumps(Map.of("user", "root"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void tamperedCookies(String why, String cookie) {
        Client client = Client.of(site("signed")).cookie("sessionid", cookie);
        TestResponse response = client.get("/peek/");
        assertEquals(200, response.status(), why);
        assertEquals("null", response.text(), why + ": the session is empty");
        String outcome = String.valueOf(response.journey().stops("session").getFirst().facts().get("outcome"));
        assertTrue(outcome.equals("tampered"), why + ": " + outcome);
        SetCookie deleted = response.cookie("sessionid");
        assertEquals(Duration.ZERO, deleted.maxAge(), "the bad cookie is deleted");
    }

    @Test
    void anExpiredSignedCookieGivesAnEmptySession() {
        Client client = Client.of(site("signed"));
        client.get("/login/?user=ada");
        clock.advance(Duration.ofDays(14));
        TestResponse response = client.get("/peek/");
        assertEquals("null", response.text());
        assertEquals("expired", response.journey().stops("session").getFirst().facts().get("outcome"));
    }

    static Stream<Arguments> garbage() {
        return stores().stream().flatMap(kind -> Stream.of("", "garbage", "a:b:c", ":::", ".", "\"quoted\"",
                "x".repeat(3_000), "0".repeat(32), "%00%0d%0a", "..%2F..%2Fetc%2Fpasswd", "eyJ1c2VyIjoicm9vdCJ9")
                .map(value -> Arguments.of(kind, value)));
    }

    @ParameterizedTest
    @MethodSource
    void garbage(String kind, String cookie) {
        Client client = Client.of(site(kind)).cookie("sessionid", cookie);
        TestResponse read = client.get("/peek/");
        assertEquals(200, read.status(), "never a 500");
        assertEquals("null", read.text());
        client.cookie("sessionid", cookie);
        client.get("/put/?name=user&value=ada").assertStatus(200);
        assertNotEquals(cookie, client.cookie("sessionid"), "a write gets a key the site made");
        assertEquals("ada", client.get("/peek/").text());
    }
}
