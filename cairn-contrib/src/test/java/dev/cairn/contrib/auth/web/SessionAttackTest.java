package dev.cairn.contrib.auth.web;

import static dev.cairn.contrib.auth.AuthDatabases.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.contrib.auth.Auth;
import dev.cairn.contrib.auth.ModelBackend;
import dev.cairn.contrib.auth.User;
import dev.cairn.contrib.auth.Users;
import dev.cairn.contrib.sessions.DatabaseSessionStore;
import dev.cairn.test.Client;
import dev.cairn.test.TestResponse;
import dev.cairn.web.Response;
import dev.cairn.web.Urls;
import dev.cairn.web.WebApp;
import dev.cairn.web.sessions.SessionMiddleware;
import dev.cairn.web.sessions.SessionStore;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Attacks on logged-in sessions: a planted key, a stolen cookie after logout, a logout forged with a link, someone
 * else's session, a session made without the password's proof, and open redirects through {@code next=}.
 */
class SessionAttackTest extends AuthSiteTests {

    @Test
    void aSessionKeyPlantedBeforeLoginIsWorthNothingAfterIt() {
        on("sqlite", () -> {
            Users.createUser("ada", "", AuthSite.PASSWORD);
            SessionStore store = DatabaseSessionStore.create();
            String planted = store.create("{\"cart\":[1,2]}", Duration.ofHours(1));
            Client victim = site.client().cookie("sessionid", planted);
            site.logIn(victim, "ada", AuthSite.PASSWORD);
            String after = victim.cookie("sessionid");
            assertNotEquals(planted, after, "the login gave the session a new key");
            assertFalse(store.exists(planted), "the planted key was deleted");
            Client attacker = site.client().cookie("sessionid", planted);
            attacker.get("/whoami/").assertContains("anonymous");
            attacker.get("/private/").assertRedirects("/accounts/login/?next=%2Fprivate%2F");
            victim.get("/whoami/").assertContains("user=ada");
        });
    }

    @Test
    void aCookieCopiedBeforeLogoutLoadsNothingAfterIt() {
        on("sqlite", () -> {
            Users.createUser("ada", "", AuthSite.PASSWORD);
            Client ada = site.client();
            site.logIn(ada, "ada", AuthSite.PASSWORD);
            String stolen = ada.cookie("sessionid");
            TestResponse out = ada.post("/accounts/logout/", Map.of()).assertStatus(200).assertTemplateUsed(
                    "registration/logged_out.html");
            assertEquals(0L, out.cookie("sessionid").maxAge().toSeconds(), "the cookie is deleted");
            Client thief = site.client().cookie("sessionid", stolen);
            thief.get("/whoami/").assertContains("anonymous");
            thief.get("/private/").assertRedirects("/accounts/login/?next=%2Fprivate%2F");
            assertFalse(DatabaseSessionStore.create().exists(stolen));
        });
    }

    @Test
    void logoutByGetIsRefusedSoALinkOrImageCannotLogAnyoneOut() {
        on("sqlite", () -> {
            Users.createUser("ada", "", AuthSite.PASSWORD);
            Client ada = site.client();
            site.logIn(ada, "ada", AuthSite.PASSWORD);
            TestResponse refused = ada.get("/accounts/logout/").assertStatus(405);
            assertEquals("POST, OPTIONS", refused.header("Allow"));
            ada.get("/whoami/").assertContains("user=ada");
        });
    }

    @Test
    void loggingInAsSomeoneElseStartsAnEmptySession() {
        on("sqlite", () -> {
            Users.createUser("ada", "", AuthSite.PASSWORD);
            Users.createUser("bob", "", AuthSite.PASSWORD);
            Client shared = site.client();
            site.logIn(shared, "ada", AuthSite.PASSWORD);
            String adas = shared.cookie("sessionid");
            TestResponse bob = shared.post("/accounts/login/", Map.of("username", "bob", "password",
                    AuthSite.PASSWORD));
            assertEquals("flushed (another user was logged in)", bob.journey().stops("auth").stream().filter(
                    s -> s.event().equals("logged in")).findFirst().orElseThrow().facts().get("session"));
            assertNotEquals(adas, shared.cookie("sessionid"));
            assertFalse(DatabaseSessionStore.create().exists(adas), "ada's session is gone, not handed to bob");
            shared.get("/whoami/").assertContains("user=bob");
        });
    }

    @Test
    void loggingInRenewsTheCsrfSecret() {
        on("sqlite", () -> {
            Users.createUser("ada", "", AuthSite.PASSWORD);
            Client client = site.client();
            client.get("/accounts/login/").assertStatus(200);
            String before = client.cookie("csrftoken");
            assertNotNull(before, "the login page printed a token, so the secret was set");
            site.logIn(client, "ada", AuthSite.PASSWORD);
            assertNotEquals(before, client.cookie("csrftoken"));
        });
    }

    @Test
    void aSessionNamingAUserWithoutThePasswordsProofIsFlushed() {
        on("sqlite", () -> {
            User ada = Users.createUser("ada", "", AuthSite.PASSWORD);
            SessionStore store = DatabaseSessionStore.create();
            String forged = store.create("{\"_auth_user_id\":" + ada.pk() + ",\"_auth_user_backend\":\"ModelBackend\""
                    + ",\"_auth_user_hash\":\"made-up\"}", Duration.ofHours(1));
            TestResponse page = site.client().cookie("sessionid", forged).get("/whoami/");
            page.assertContains("anonymous");
            assertTrue(page.journey().stops("auth").getFirst().facts().get("reason").toString().contains(
                    "changed since this session logged in; flushed"));
            assertFalse(store.exists(forged));
        });
    }

    @Test
    void aUserMadeInactiveIsLoggedOutOnTheirNextRequest() {
        on("sqlite", () -> {
            User ada = Users.createUser("ada", "", AuthSite.PASSWORD);
            Client client = site.client();
            site.logIn(client, "ada", AuthSite.PASSWORD);
            ada.isActive = false;
            ada.save();
            TestResponse page = client.get("/whoami/");
            page.assertContains("anonymous");
            assertEquals("user " + ada.pk() + " is gone or inactive", page.journey().stops("auth").getFirst().facts()
                    .get("reason"));
        });
    }

    @Test
    void aSessionFromABackendNoLongerConfiguredIsAnonymous() {
        on("sqlite", () -> {
            Users.createUser("ada", "", AuthSite.PASSWORD);
            Client client = site.client();
            site.logIn(client, "ada", AuthSite.PASSWORD);
            Auth other = Auth.builder().backend(new dev.cairn.contrib.auth.AllowAllUsersModelBackend()).build();
            WebApp app = WebApp.builder().settings(site.settings).middleware(new SessionMiddleware(
                    DatabaseSessionStore.create(), site.settings)).middleware(new AuthenticationMiddleware(other))
                    .routes(Urls.path("whoami/", request -> Response.text(request.user().toString()))).build();
            TestResponse page = Client.of(app).cookie("sessionid", client.cookie("sessionid")).get("/whoami/");
            assertEquals("AnonymousUser", page.text());
            assertEquals("backend ModelBackend is not in AUTHENTICATION_BACKENDS", page.journey().stops("auth")
                    .getFirst().facts().get("reason"));
        });
    }

    @Test
    void aRotatedSecretKeyKeepsSessionsLoggedInAndRenewsTheirProof() {
        on("sqlite", () -> {
            User ada = Users.createUser("ada", "", AuthSite.PASSWORD);
            Client client = site.client();
            site.logIn(client, "ada", AuthSite.PASSWORD);
            String key = client.cookie("sessionid");
            AuthSite rotated = AuthSite.create("SECRET_KEY", "a-new-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
                    "SECRET_KEY_FALLBACKS", AuthSite.SECRET_KEY);
            Client same = rotated.client().cookie("sessionid", key);
            same.get("/whoami/").assertContains("user=ada");
            assertNotEquals(key, same.cookie("sessionid"), "the proof was renewed under a new key");
            String renewed = same.cookie("sessionid");
            AuthSite only = AuthSite.create("SECRET_KEY", "a-new-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz");
            only.client().cookie("sessionid", renewed).get("/whoami/").assertContains("user=ada");
            assertEquals(ada.pk(), User.objects.get("username", "ada").pk());
        });
    }

    @Test
    void withoutSessionMiddlewareEveryRequestFailsSayingWhatToAdd() {
        on("sqlite", () -> {
            WebApp app = WebApp.builder().settings(site.settings).middleware(new AuthenticationMiddleware(Auth
                    .builder().backend(new ModelBackend()).build())).routes(Urls.path("",
                            request -> Response.text(
                                    "unreachable")))
                    .build();
            TestResponse page = Client.of(app).get("/");
            page.assertStatus(500);
            page.assertContains("AuthenticationMiddleware needs SessionMiddleware above it", 500);
        });
    }

    static Stream<Arguments> nextTargets() {
        return Stream.of(
                Arguments.of("/private/", "/private/"),
                Arguments.of("/whoami/?tab=1", "/whoami/?tab=1"),
                Arguments.of("http://localhost/private/", "http://localhost/private/"),
                Arguments.of("//evil.com", "/accounts/profile/"),
                Arguments.of("///evil.com", "/accounts/profile/"),
                Arguments.of("https://evil.com/", "/accounts/profile/"),
                Arguments.of("http://localhost@evil.com/", "/accounts/profile/"),
                Arguments.of("/\\evil.com", "/accounts/profile/"),
                Arguments.of("\\\\evil.com", "/accounts/profile/"),
                Arguments.of("javascript:alert(document.cookie)", "/accounts/profile/"),
                Arguments.of("/\t/evil.com", "/accounts/profile/"),
                Arguments.of("https://testserver/", "/accounts/profile/"),
                Arguments.of("%2F%2Fevil.com", "%2F%2Fevil.com"));
    }

    @ParameterizedTest(name = "next={0} → {1}")
    @MethodSource("nextTargets")
    void loginFollowsNextOnlyOnThisSite(String next, String location) {
        on("sqlite", () -> {
            Users.createUser("ada", "", AuthSite.PASSWORD);
            TestResponse response = site.client().post("/accounts/login/", Map.of("username", "ada", "password",
                    AuthSite.PASSWORD, "next", next));
            assertEquals(302, response.status());
            assertEquals(location, response.header("Location"));
        });
    }

    static Stream<Arguments> encodedNextTargets() {
        return Stream.of(
                Arguments.of("%2F%2Fevil.com", "/accounts/profile/"),
                Arguments.of("%2f%2fevil.com%2f", "/accounts/profile/"),
                Arguments.of("%5C%5Cevil.com", "/accounts/profile/"),
                Arguments.of("%2F%09%2Fevil.com", "/accounts/profile/"),
                Arguments.of("https%3A%2F%2Fevil.com", "/accounts/profile/"),
                Arguments.of("%252F%252Fevil.com", "%2F%2Fevil.com"),
                Arguments.of("%2Fprivate%2F", "/private/"));
    }

    @ParameterizedTest(name = "?next={0} → {1}")
    @MethodSource("encodedNextTargets")
    void encodedTargetsInTheQueryAreCheckedOnceDecoded(String rawNext, String location) {
        on("sqlite", () -> {
            Users.createUser("ada", "", AuthSite.PASSWORD);
            TestResponse response = site.client().post("/accounts/login/?next=" + rawNext, Map.of("username", "ada",
                    "password", AuthSite.PASSWORD));
            assertEquals(location, response.header("Location"));
        });
    }

    @Test
    void theLoginPageNeverCarriesAnUnsafeTargetIntoItsForm() {
        on("sqlite", () -> {
            site.client().get("/accounts/login/?next=https://evil.com/").assertContains(
                    "<input type=\"hidden\" name=\"next\" value=\"\">").assertNotContains("evil.com");
            site.client().get("/accounts/login/?next=/private/").assertContains(
                    "<input type=\"hidden\" name=\"next\" value=\"/private/\">");
        });
    }

    @Test
    void logoutFollowsOnlyASafeNextAndOtherwiseShowsTheLoggedOutPage() {
        on("sqlite", () -> {
            Users.createUser("ada", "", AuthSite.PASSWORD);
            Client client = site.client();
            site.logIn(client, "ada", AuthSite.PASSWORD);
            client.post("/accounts/logout/?next=//evil.com", Map.of()).assertStatus(200).assertTemplateUsed(
                    "registration/logged_out.html");
            site.logIn(client, "ada", AuthSite.PASSWORD);
            client.post("/accounts/logout/", Map.of("next", "/whoami/")).assertRedirects("/whoami/", 302);
            AuthSite configured = AuthSite.create("LOGOUT_REDIRECT_URL", "login");
            Client other = configured.client();
            configured.logIn(other, "ada", AuthSite.PASSWORD);
            other.post("/accounts/logout/", Map.of()).assertRedirects("/accounts/login/", 302);
        });
    }

    @Test
    void theLoginRedirectCanBeARouteName() {
        on("sqlite", () -> {
            Users.createUser("ada", "", AuthSite.PASSWORD);
            AuthSite named = AuthSite.create("LOGIN_REDIRECT_URL", "whoami");
            named.client().post("/accounts/login/", Map.of("username", "ada", "password", AuthSite.PASSWORD))
                    .assertRedirects("/whoami/", 302);
        });
    }
}
