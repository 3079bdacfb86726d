package dev.cairn.contrib.auth.web;

import static dev.cairn.contrib.auth.AuthDatabases.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.contrib.auth.AuthDatabases;
import dev.cairn.contrib.auth.User;
import dev.cairn.contrib.auth.Users;
import dev.cairn.contrib.auth.views.LoginForm;
import dev.cairn.journey.Journey;
import dev.cairn.test.Client;
import dev.cairn.test.TestResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The login page as people and attackers use it: the form, wrong passwords, unknown users, guessing fast. */
class LoginViewTest extends AuthSiteTests {

    private static Map<String, String> credentials(String username, String password) {
        return Map.of("username", username, "password", password);
    }

    @Test
    void theLoginPageShowsTheForm() {
        on("sqlite", () -> {
            TestResponse page = site.client().get("/accounts/login/").assertStatus(200).assertTemplateUsed(
                    "registration/login.html");
            page.assertContains("<input type=\"text\" name=\"username\" id=\"id_username\" value=\"\" required>");
            page.assertContains("<input type=\"password\" name=\"password\" id=\"id_password\" value=\"\" required>");
            page.assertContains("name=\"csrfmiddlewaretoken\"");
            page.assertContains("<a href=\"/accounts/password_reset/\">");
        });
    }

    @Test
    void aRightPasswordLogsInAndTheUserIsKnownOnLaterRequests() {
        on("sqlite", () -> {
            Users.createUser("ada", "ada@example.com", AuthSite.PASSWORD);
            Client client = site.client();
            Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            client.post("/accounts/login/", credentials("ada", AuthSite.PASSWORD)).assertRedirects(
                    "/accounts/profile/", 302);
            client.get("/whoami/").assertContains("user=ada email=ada@example.com add_book=false");
            client.get("/private/").assertContains("private to ada");
            Instant lastLogin = User.objects.get("username", "ada").lastLogin;
            assertNotNull(lastLogin);
            assertFalse(lastLogin.isBefore(before), "last login set at this login: " + lastLogin);
        });
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithDjangosMessageAndLogsNobodyIn() {
        on("sqlite", () -> {
            Users.createUser("ada", "", AuthSite.PASSWORD);
            Client client = site.client();
            TestResponse page = client.post("/accounts/login/", credentials("ada", "correct horse battery stapler"));
            page.assertStatus(200).assertTemplateUsed("registration/login.html");
            page.assertContains("Please enter a correct username and password. Note that both fields may be "
                    + "case-sensitive.");
            page.assertContains("value=\"ada\"").assertNotContains("stapler");
            client.get("/whoami/").assertContains("anonymous");
        });
    }

    @Test
    void anUnknownUsernameRunsTheHasherAsAWrongPasswordDoesAndGetsTheSameAnswer() {
        on("sqlite", () -> {
            Users.createUser("ada", "", AuthSite.PASSWORD);
            int encodes = site.hasher.encodes.get();
            int verifies = site.hasher.verifies.get();
            String unknown = site.client().post("/accounts/login/", credentials("nobody", "guess")).text();
            assertEquals(encodes + 1, site.hasher.encodes.get(), "the dummy hash ran for the missing user");
            assertEquals(verifies, site.hasher.verifies.get());
            String wrong = site.client().post("/accounts/login/", credentials("ada", "guess")).text();
            assertEquals(verifies + 1, site.hasher.verifies.get(), "the real hash was checked for ada");
            assertEquals(unknown.replaceAll("value=\"[^\"]*\"", ""), wrong.replaceAll("value=\"[^\"]*\"", ""),
                    "the same page for both, but for the username typed and the CSRF token");
        });
    }

    @Test
    void missingFieldsAreRefusedWithoutAnAttempt() {
        on("sqlite", () -> {
            int runs = site.hasher.runs();
            TestResponse page = site.client().post("/accounts/login/", Map.of("username", "ada"));
            page.assertStatus(200).assertContains("This field is required.");
            assertEquals(runs, site.hasher.runs());
        });
    }

    @Test
    void bruteForceThroughTheLoginPageIsLockedWith429AndLockedGuessesAreNeverHashed() {
        on("sqlite", () -> {
            Users.createUser("ada", "", AuthSite.PASSWORD);
            Client client = site.client();
            client.post("/accounts/login/", credentials("ada", "guess 1")).assertStatus(200);
            client.post("/accounts/login/", credentials("ada", "guess 2")).assertStatus(200);
            client.post("/accounts/login/", credentials("ada", "guess 3")).assertStatus(200);
            int runs = site.hasher.runs();
            TestResponse locked = client.post("/accounts/login/", credentials("ada", AuthSite.PASSWORD));
            locked.assertStatus(429).assertTemplateUsed("registration/login.html");
            assertEquals("1", locked.header("Retry-After"));
            locked.assertContains("Too many failed login attempts. Try again in 1 second.", 429);
            assertEquals(runs, site.hasher.runs(), "the right password was not even checked while locked");
            client.get("/whoami/").assertContains("anonymous");
            site.clock.advance(Duration.ofSeconds(1));
            site.logIn(client, "ada", AuthSite.PASSWORD);
            client.get("/whoami/").assertContains("user=ada");
        });
    }

    @Test
    void theWaitDoublesWithEachFailureAfterALock() {
        on("sqlite", () -> {
            Users.createUser("ada", "", AuthSite.PASSWORD);
            Client client = site.client();
            List<String> waits = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                client.post("/accounts/login/", credentials("ada", "guess " + i)).assertStatus(200);
            }
            for (int lock = 0; lock < 3; lock++) {
                TestResponse locked = client.post("/accounts/login/", credentials("ada", "again"));
                waits.add(locked.header("Retry-After"));
                site.clock.advance(Duration.ofSeconds(Long.parseLong(locked.header("Retry-After"))));
                client.post("/accounts/login/", credentials("ada", "still wrong"));
            }
            assertEquals(List.of("1", "2", "4"), waits);
        });
    }

    @Test
    void theThrottleCountsByAddressSoSprayingManyAccountsIsLockedToo() {
        on("sqlite", () -> {
            Client client = site.client();
            for (String name : List.of("ann", "ben", "cat")) {
                client.post("/accounts/login/", credentials(name, "Summer2026!")).assertStatus(200);
            }
            TestResponse locked = client.post("/accounts/login/", credentials("dan", "Summer2026!"));
            locked.assertStatus(429);
        });
    }

    @Test
    void theLockMessageRoundsUpToWholeSeconds() {
        assertEquals("Too many failed login attempts. Try again in 2 seconds.", LoginForm.lockedMessage(
                new dev.cairn.contrib.auth.LoginOutcome.Locked(Duration.ofMillis(1_200), "account")));
        assertEquals(1, LoginForm.retryAfterSeconds(new dev.cairn.contrib.auth.LoginOutcome.Locked(Duration.ofMillis(
                10), "address")));
    }

    @Test
    void anInactiveUserCannotLogIn() {
        on("sqlite", () -> {
            User ada = Users.createUser("ada", "", AuthSite.PASSWORD);
            ada.isActive = false;
            ada.save();
            site.client().post("/accounts/login/", credentials("ada", AuthSite.PASSWORD)).assertStatus(200)
                    .assertContains(LoginForm.INVALID_LOGIN);
        });
    }

    @Test
    void theJourneyShowsWhoLoggedInAndWhoEachLaterRequestIs() {
        on("sqlite", () -> {
            User ada = Users.createUser("ada", "", AuthSite.PASSWORD);
            Client client = site.client();
            Journey login = client.post("/accounts/login/", credentials("ada", AuthSite.PASSWORD)).journey();
            Map<String, Object> loggedIn = facts(login, "logged in");
            assertEquals("ada", loggedIn.get("user"));
            assertEquals("ModelBackend", loggedIn.get("backend"));
            assertEquals("new key", loggedIn.get("session"));
            Map<String, Object> found = facts(client.get("/whoami/").journey(), "request user");
            assertEquals(Map.of("user", "ada", "id", ada.pk(), "backend", "ModelBackend"), found);
            Map<String, Object> nobody = facts(site.client().get("/whoami/").journey(), "request user");
            assertEquals(Map.of("user", "anonymous", "reason", "nobody logged in"), nobody);
        });
    }

    @Test
    void aPageThatNeverAsksWhoTheUserIsLoadsNoSessionAndDoesNotVaryOnCookie() {
        on("sqlite", () -> {
            Users.createUser("ada", "", AuthSite.PASSWORD);
            Client client = site.client();
            site.logIn(client, "ada", AuthSite.PASSWORD);
            TestResponse page = client.get("/untouched/");
            page.assertContains("nobody asked who");
            assertTrue(page.journey().stops("auth").isEmpty(), page.journey().stops("auth").toString());
            assertNull(page.header("Vary"));
            assertTrue(client.get("/whoami/").header("Vary").contains("Cookie"));
        });
    }

    private static Map<String, Object> facts(Journey journey, String event) {
        return journey.stops("auth").stream().filter(stop -> stop.event().equals(event)).findFirst().orElseThrow(
                () -> new AssertionError("no '" + event + "' in " + journey.stops("auth"))).facts();
    }

    static List<String> databases() {
        return AuthDatabases.labels();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void loggingInAndOutWorksOnEachDatabase(String label) {
        on(label, () -> {
            Users.createUser("ada", "ada@example.com", AuthSite.PASSWORD);
            Client client = site.client();
            site.logIn(client, "ada", AuthSite.PASSWORD);
            client.get("/whoami/").assertContains("user=ada");
            String key = client.cookie("sessionid");
            client.post("/accounts/logout/", Map.of()).assertStatus(200);
            assertNotEquals(key, client.cookie("sessionid"));
            client.get("/whoami/").assertContains("anonymous");
        });
    }
}
