package dev.cairn.contrib.auth.web;

import static dev.cairn.contrib.auth.AuthDatabases.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.contrib.auth.Permission;
import dev.cairn.contrib.auth.Permissions;
import dev.cairn.contrib.auth.User;
import dev.cairn.contrib.auth.Users;
import dev.cairn.contrib.shelf.Book;
import dev.cairn.test.Client;
import dev.cairn.test.TestResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Changing one's password, which ends the user's other sessions; and pages guarded by a permission. */
class PasswordChangeTest extends AuthSiteTests {

    private static final String NEW_PASSWORD = "an entirely new passphrase";

    private static Map<String, String> change(String old, String first, String second) {
        return Map.of("old_password", old, "new_password1", first, "new_password2", second);
    }

    @Test
    void thePageIsForLoggedInUsersOnly() {
        on("sqlite", () -> {
            site.client().get("/accounts/password_change/").assertRedirects(
                    "/accounts/login/?next=%2Faccounts%2Fpassword_change%2F", 302);
            site.client().get("/accounts/password_change/done/").assertRedirects(
                    "/accounts/login/?next=%2Faccounts%2Fpassword_change%2Fdone%2F", 302);
        });
    }

    @Test
    void theFormAsksForTheOldPasswordFirstWithTheValidatorsHelp() {
        on("sqlite", () -> {
            Users.createUser("ada", "", AuthSite.PASSWORD);
            Client client = site.client();
            site.logIn(client, "ada", AuthSite.PASSWORD);
            String page = client.get("/accounts/password_change/").assertTemplateUsed(
                    "registration/password_change_form.html").text();
            assertTrue(page.indexOf("name=\"old_password\"") < page.indexOf("name=\"new_password1\""), page);
            assertTrue(page.contains("Your password must contain at least 8 characters."), page);
        });
    }

    @Test
    void changingThePasswordEndsOtherSessionsAndKeepsThisOne() {
        on("sqlite", () -> {
            Users.createUser("ada", "", AuthSite.PASSWORD);
            Client laptop = site.client();
            Client phone = site.client();
            site.logIn(laptop, "ada", AuthSite.PASSWORD);
            site.logIn(phone, "ada", AuthSite.PASSWORD);
            String laptopKey = laptop.cookie("sessionid");
            laptop.post("/accounts/password_change/", change(AuthSite.PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
                    .assertRedirects("/accounts/password_change/done/", 302);
            assertNotEquals(laptopKey, laptop.cookie("sessionid"), "this session's key was renewed too");
            laptop.get("/accounts/password_change/done/").assertContains("Your password was changed.");
            laptop.get("/whoami/").assertContains("user=ada");
            TestResponse other = phone.get("/whoami/");
            other.assertContains("anonymous");
            assertTrue(other.journey().stops("auth").getFirst().facts().get("reason").toString().contains(
                    "changed since this session logged in"));
            phone.post("/accounts/login/", Map.of("username", "ada", "password", AuthSite.PASSWORD)).assertStatus(
                    200);
            site.logIn(phone, "ada", NEW_PASSWORD);
        });
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("a wrong old password", change("not my password", NEW_PASSWORD, NEW_PASSWORD),
                        "Your old password was entered incorrectly. Please enter it again."),
                Arguments.of("two different new passwords", change(AuthSite.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!"),
                        "The two password fields didn’t match."),
                Arguments.of("too short", change(AuthSite.PASSWORD, "x7#q", "x7#q"),
                        "This password is too short. It must contain at least 8 characters."),
                Arguments.of("too common", change(AuthSite.PASSWORD, "password123", "password123"),
                        "This password is too common."),
                Arguments.of("all digits", change(AuthSite.PASSWORD, "80417293651", "80417293651"),
                        "This password is entirely numeric."),
                Arguments.of("like the username", change(AuthSite.PASSWORD, "adalovelace", "adalovelace"),
                        "The password is too similar to the username."),
                Arguments.of("nothing typed", Map.of(), "This field is required."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aRefusedChangeShowsWhyAndChangesNothing(String why, Map<String, String> form, String message) {
        on("sqlite", () -> {
            Users.createUser("adalovelace", "", AuthSite.PASSWORD);
            Client client = site.client();
            site.logIn(client, "adalovelace", AuthSite.PASSWORD);
            TestResponse page = client.post("/accounts/password_change/", form).assertStatus(200);
            page.assertContains(message).assertNotContains(NEW_PASSWORD);
            assertTrue(User.objects.get("username", "adalovelace").checkPassword(AuthSite.PASSWORD));
            client.get("/whoami/").assertContains("user=adalovelace");
        });
    }

    @Test
    void aPermissionGuardedPageIsForUsersWithThePermission() {
        on("sqlite", () -> {
            Permissions.sync(Book.class);
            User ada = Users.createUser("ada", "", AuthSite.PASSWORD);
            Users.createUser("bob", "", AuthSite.PASSWORD);
            ada.userPermissions.add(Permission.objects.get("codename", "add_book"));
            Client adas = site.client();
            Client bobs = site.client();
            site.logIn(adas, "ada", AuthSite.PASSWORD);
            site.logIn(bobs, "bob", AuthSite.PASSWORD);
            TestResponse allowed = adas.get("/books/new/").assertContains("new book form");
            assertEquals(Map.of("user", "ada", "permission", "shelf.add_book", "verdict", "granted", "by",
                    "ModelBackend"),
                    allowed.journey().stops("auth").stream().filter(s -> s.event().equals(
                            "permission")).findFirst().orElseThrow().facts());
            bobs.get("/books/new/").assertStatus(403);
            site.client().get("/books/new/").assertRedirects("/accounts/login/?next=%2Fbooks%2Fnew%2F", 302);
            adas.get("/whoami/").assertContains("add_book=true");
            bobs.get("/whoami/").assertContains("add_book=false");
        });
    }
}
