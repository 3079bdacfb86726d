package dev.cairn.contrib.auth.web;

import static dev.cairn.contrib.auth.AuthDatabases.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.contrib.auth.User;
import dev.cairn.contrib.auth.Users;
import dev.cairn.contrib.auth.views.PasswordResetConfirmView;
import dev.cairn.contrib.auth.views.PasswordResetView;
import dev.cairn.test.Client;
import dev.cairn.test.TestResponse;
import dev.cairn.web.mail.EmailMessage;
import dev.cairn.web.mail.MailException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Password reset by email as people and attackers use it: the link, its single use and expiry, no telling who has an
 * account, and no link pointing at a host a forged header named.
 */
class PasswordResetTest extends AuthSiteTests {

    private static final Pattern LINK = Pattern.compile("(https?)://([^/\\s]+)(/accounts/reset/[^/\\s]+/[^/\\s]+/)");
    private static final String NEW_PASSWORD = "a brand new passphrase";

    private static TestResponse ask(Client client, String email) {
        return client.post("/accounts/password_reset/", Map.of("email", email));
    }

    /** The link of the only message in the outbox: scheme, host, path. */
    private Matcher link() {
        assertEquals(1, site.mail.outbox().size(), site.mail.outbox().toString());
        Matcher link = LINK.matcher(site.mail.outbox().getFirst().body());
        assertTrue(link.find(), site.mail.outbox().getFirst().body());
        return link;
    }

    private static Map<String, String> passwords(String first, String second) {
        return Map.of("new_password1", first, "new_password2", second);
    }

    @Test
    void aKnownAddressGetsALinkOnThisSite() {
        on("sqlite", () -> {
            Users.createUser("ada", "ada@example.com", AuthSite.PASSWORD);
            site.client().get("/accounts/password_reset/").assertTemplateUsed("registration/password_reset_form.html")
                    .assertContains("name=\"email\"");
            ask(site.client(), "ada@example.com").assertRedirects("/accounts/password_reset/done/", 302);
            EmailMessage message = site.mail.outbox().getFirst();
            assertEquals("Password reset on localhost", message.subject());
            assertEquals("site@example.com", message.from());
            assertEquals(List.of("ada@example.com"), message.to());
            Matcher link = link();
            assertEquals("http", link.group(1));
            assertEquals("localhost", link.group(2));
            assertTrue(message.body().contains("Your username, in case you’ve forgotten: ada"), message.body());
            site.client().get("/accounts/password_reset/done/").assertContains("We’ve emailed you instructions");
        });
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        on("sqlite", () -> {
            Users.createUser("ada", "ada@example.com", AuthSite.PASSWORD);
            TestResponse known = ask(site.client(), "ada@example.com");
            TestResponse unknown = ask(site.client(), "nobody@example.com");
            assertEquals(known.status(), unknown.status());
            assertEquals(known.header("Location"), unknown.header("Location"));
            assertEquals(known.text(), unknown.text());
            assertEquals(1, site.mail.outbox().size(), "only the known address got mail");
        });
    }

    @Test
    void onlyActiveUsersWithAUsablePasswordGetALinkMatchedRegardlessOfCase() {
        on("sqlite", () -> {
            Users.createUser("ada", "Ada@Example.com", AuthSite.PASSWORD);
            Users.createUser("ada2", "ada@example.com", AuthSite.PASSWORD);
            User closed = Users.createUser("closed", "ada@example.com", AuthSite.PASSWORD);
            closed.isActive = false;
            closed.save();
            Users.createUser("sso", "ada@example.com", null);
            ask(site.client(), "ADA@example.COM").assertRedirects("/accounts/password_reset/done/", 302);
            assertEquals(2, site.mail.outbox().size());
            assertTrue(site.mail.outbox().stream().allMatch(m -> m.body().contains("forgotten: ada")), site.mail
                    .outbox().toString());
        });
    }

    @Test
    void aForgedHostIsRefusedAndNoMailNamesIt() {
        on("sqlite", () -> {
            Users.createUser("ada", "ada@example.com", AuthSite.PASSWORD);
            TestResponse refused = site.client().host("evil.example").post("/accounts/password_reset/", Map.of(
                    "email", "ada@example.com"));
            assertEquals(400, refused.status());
            assertTrue(site.mail.outbox().isEmpty(), "nothing was sent");
        });
    }

    @Test
    void aForgedForwardedHostIsIgnoredUnlessTheSiteTrustsIt() {
        on("sqlite", () -> {
            Users.createUser("ada", "ada@example.com", AuthSite.PASSWORD);
            Client client = site.client().header("X-Forwarded-Host", "evil.example");
            ask(client, "ada@example.com").assertStatus(302);
            assertEquals("localhost", link().group(2));
            assertFalse(site.mail.outbox().getFirst().body().contains("evil"));
            AuthSite trusting = AuthSite.create("USE_X_FORWARDED_HOST", "true");
            ask(trusting.client().header("X-Forwarded-Host", "evil.example"), "ada@example.com").assertStatus(400);
            assertTrue(trusting.mail.outbox().isEmpty());
        });
    }

    @Test
    void anotherAllowedHostAndHttpsAreWhatTheLinkNames() {
        on("sqlite", () -> {
            Users.createUser("ada", "ada@example.com", AuthSite.PASSWORD);
            ask(site.client().host("testserver").secure(true), "ada@example.com").assertStatus(302);
            assertEquals("https", link().group(1));
            assertEquals("testserver", link().group(2));
        });
    }

    @Test
    void theLinkLeadsToANewPasswordOnceAndOnlyOnce() {
        on("sqlite", () -> {
            Users.createUser("ada", "ada@example.com", AuthSite.PASSWORD);
            ask(site.client(), "ada@example.com");
            String path = link().group(3);
            String uid = path.split("/")[3];
            String setPassword = "/accounts/reset/" + uid + "/" + PasswordResetConfirmView.RESET_URL_TOKEN + "/";
            Client browser = site.client();
            browser.get(path).assertRedirects(setPassword, 302);
            TestResponse form = browser.get(setPassword).assertTemplateUsed("registration/password_reset_confirm.html");
            form.assertContains("Enter new password").assertContains("name=\"new_password2\"");
            assertFalse(form.text().contains(path.split("/")[4]), "the token is not in the page");
            browser.post(setPassword, passwords(NEW_PASSWORD, NEW_PASSWORD)).assertRedirects(
                    "/accounts/reset/done/", 302);
            browser.get("/accounts/reset/done/").assertContains("Your password has been set.");
            site.logIn(site.client(), "ada", NEW_PASSWORD);
            site.client().post("/accounts/login/", Map.of("username", "ada", "password", AuthSite.PASSWORD))
                    .assertContains("Please enter a correct username and password");
            site.client().get(path).assertContains("The password reset link was invalid, possibly because it has "
                    + "already been used.");
            browser.get(setPassword).assertContains("The password reset link was invalid");
            browser.post(setPassword, passwords("yet another passphrase", "yet another passphrase")).assertContains(
                    "The password reset link was invalid");
            site.logIn(site.client(), "ada", NEW_PASSWORD);
        });
    }

    @Test
    void aLinkExpiresAfterPasswordResetTimeout() {
        on("sqlite", () -> {
            Users.createUser("ada", "ada@example.com", AuthSite.PASSWORD);
            ask(site.client(), "ada@example.com");
            String path = link().group(3);
            site.clock.advance(Duration.ofDays(3));
            site.client().get(path).assertStatus(302);
            site.clock.advance(Duration.ofSeconds(1));
            site.client().get(path).assertStatus(200).assertContains("The password reset link was invalid");
        });
    }

    @Test
    void aLinkFollowedThenLeftExpiresOnItsSetPasswordPageToo() {
        on("sqlite", () -> {
            Users.createUser("ada", "ada@example.com", AuthSite.PASSWORD);
            ask(site.client(), "ada@example.com");
            String path = link().group(3);
            Client browser = site.client();
            TestResponse redirect = browser.get(path).assertStatus(302);
            site.clock.advance(Duration.ofDays(4));
            browser.post(redirect.header("Location"), passwords(NEW_PASSWORD, NEW_PASSWORD)).assertContains(
                    "The password reset link was invalid");
            assertTrue(User.objects.get("username", "ada").checkPassword(AuthSite.PASSWORD));
        });
    }

    @Test
    void loggingInAfterAskingKillsTheLink() {
        on("sqlite", () -> {
            Users.createUser("ada", "ada@example.com", AuthSite.PASSWORD);
            ask(site.client(), "ada@example.com");
            String path = link().group(3);
            site.clock.advance(Duration.ofSeconds(2));
            site.logIn(site.client(), "ada", AuthSite.PASSWORD);
            site.client().get(path).assertContains("The password reset link was invalid");
        });
    }

    static List<String> badLinks() {
        return List.of("/accounts/reset/MQ/garbage/", "/accounts/reset/not-base64!/1-abc/",
                "/accounts/reset/OTk5OTk5/1-abc/", "/accounts/reset/YWJj/1-abc/", "/accounts/reset/MQ/zzzzzzzzzz-x/");
    }

    @ParameterizedTest
    @MethodSource("badLinks")
    void aMalformedOrForgedLinkIsInvalid(String path) {
        on("sqlite", () -> {
            Users.createUser("ada", "ada@example.com", AuthSite.PASSWORD);
            site.client().get(path).assertStatus(200).assertContains("The password reset link was invalid");
        });
    }

    @Test
    void aTokenForOneUserDoesNotOpenAnothersAccount() {
        on("sqlite", () -> {
            Users.createUser("ada", "ada@example.com", AuthSite.PASSWORD);
            User bob = Users.createUser("bob", "bob@example.com", AuthSite.PASSWORD);
            ask(site.client(), "ada@example.com");
            String[] parts = link().group(3).split("/");
            String swapped = "/accounts/reset/" + PasswordResetView.uid(bob) + "/" + parts[4] + "/";
            site.client().get(swapped).assertContains("The password reset link was invalid");
        });
    }

    @Test
    void theNewPasswordIsCheckedByTheValidators() {
        on("sqlite", () -> {
            Users.createUser("ada", "ada@example.com", AuthSite.PASSWORD);
            ask(site.client(), "ada@example.com");
            Client browser = site.client();
            String setPassword = browser.get(link().group(3)).header("Location");
            browser.post(setPassword, passwords("12345678", "12345678")).assertStatus(200).assertContains(
                    "This password is too common.").assertContains("This password is entirely numeric.");
            browser.post(setPassword, passwords(NEW_PASSWORD, NEW_PASSWORD + "?")).assertContains(
                    "The two password fields didn’t match.");
            browser.post(setPassword, passwords(NEW_PASSWORD, NEW_PASSWORD)).assertRedirects("/accounts/reset/done/");
        });
    }

    @Test
    void aResetEndsTheUsersSessions() {
        on("sqlite", () -> {
            Users.createUser("ada", "ada@example.com", AuthSite.PASSWORD);
            Client stolen = site.client();
            site.logIn(stolen, "ada", AuthSite.PASSWORD);
            ask(site.client(), "ada@example.com");
            Client browser = site.client();
            String setPassword = browser.get(link().group(3)).header("Location");
            browser.post(setPassword, passwords(NEW_PASSWORD, NEW_PASSWORD)).assertStatus(302);
            stolen.get("/whoami/").assertContains("anonymous");
        });
    }

    @Test
    void aMailServerThatFailsIsLoggedAndTheVisitorSeesTheUsualAnswer() {
        on("sqlite", () -> {
            Users.createUser("ada", "ada@example.com", AuthSite.PASSWORD);
            AuthSite failing = AuthSite.create(messages -> {
                throw new MailException("The mail server is down", 421, null);
            });
            TestResponse known = ask(failing.client(), "ada@example.com");
            TestResponse unknown = ask(failing.client(), "nobody@example.com");
            known.assertRedirects("/accounts/password_reset/done/", 302);
            assertEquals(unknown.text(), known.text());
        });
    }

    @Test
    void anInvalidAddressIsRefusedByTheForm() {
        on("sqlite", () -> {
            ask(site.client(), "not an address").assertStatus(200).assertContains("Enter a valid email address.");
            assertTrue(site.mail.outbox().isEmpty());
        });
    }
}
