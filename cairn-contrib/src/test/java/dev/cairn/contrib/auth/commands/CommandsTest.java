package dev.cairn.contrib.auth.commands;

import static dev.cairn.contrib.auth.AuthDatabases.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.contrib.auth.AuthDatabases;
import dev.cairn.contrib.auth.hashers.FastHashing;
import dev.cairn.contrib.auth.User;
import dev.cairn.contrib.auth.Users;
import dev.cairn.contrib.auth.hashers.Passwords;
import dev.cairn.contrib.auth.validation.PasswordValidators;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** createsuperuser and changepassword, driven by scripted answers; their output is Django's. */
@ExtendWith({AuthDatabases.class, FastHashing.class})
class CommandsTest {

    private static int createsuperuser(ScriptedConsole console, CreateSuperuser.Options options,
            Map<String, String> environment) {
        return new CreateSuperuser(console, PasswordValidators.defaults(), environment, "admin").run(options);
    }

    private static CreateSuperuser.Options interactive() {
        return new CreateSuperuser.Options(null, null, true, "default");
    }

    @Test
    void anInteractiveSuperuserIsAskedForEachDetailUntilItIsRight() {
        on("sqlite", () -> {
            Users.createUser("taken", "", "pw");
            ScriptedConsole console = new ScriptedConsole("taken", "bad name!", "ada", "not-an-email",
                    "ada@Example.COM", "Xk9#mq2!vLzz", "Xk9#mq2!vLzy", "", "", "1234", "1234", "N", "Xk9#mq2!vLzz",
                    "Xk9#mq2!vLzz");
            assertEquals(0, createsuperuser(console, interactive(), Map.of()));
            assertTrue(console.finished());
            assertEquals("""
                    Error: That username is already taken.
                    Error: Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ \
                    characters.
                    Error: Enter a valid email address.
                    Error: Your passwords didn't match.
                    Error: Blank passwords aren't allowed.
                    This password is too short. It must contain at least 8 characters.
                    This password is too common.
                    This password is entirely numeric.
                    """, console.errors());
            assertTrue(console.printed().startsWith("Username (leave blank to use 'admin'): taken\n"));
            assertTrue(console.printed().endsWith("Superuser created successfully.\n"));
            User ada = User.objects.get("username", "ada");
            assertTrue(ada.isSuperuser && ada.isStaff);
            assertEquals("ada@example.com", ada.email);
            assertTrue(ada.checkPassword("Xk9#mq2!vLzz"));
        });
    }

    @Test
    void aBlankUsernameTakesTheDefaultAndARefusedPasswordMayBeKeptOnPurpose() {
        on("sqlite", () -> {
            ScriptedConsole console = new ScriptedConsole("", "", "admin", "admin", "y");
            assertEquals(0, createsuperuser(console, interactive(), Map.of()));
            assertTrue(console.errors().contains("The password is too similar to the username."));
            assertTrue(console.printed().contains("Bypass password validation and create user anyway? [y/N]: y"));
            assertTrue(User.objects.get("username", "admin").checkPassword("admin"));
        });
    }

    @Test
    void givenOptionsAreNotAskedFor() {
        on("sqlite", () -> {
            ScriptedConsole console = new ScriptedConsole("Xk9#mq2!vLzz", "Xk9#mq2!vLzz");
            assertEquals(0, createsuperuser(console, new CreateSuperuser.Options("grace", "", true, "default"), Map
                    .of()));
            assertFalse(console.printed().contains("Username"));
            assertFalse(console.printed().contains("Email"));
            assertEquals("", User.objects.get("username", "grace").email);
        });
    }

    @Test
    void theEndOfInputCancels() {
        on("sqlite", () -> {
            ScriptedConsole console = new ScriptedConsole("ada", "");
            assertEquals(1, createsuperuser(console, interactive(), Map.of()));
            assertEquals("error: Operation cancelled.\n", console.errors());
            assertEquals(0, User.objects.count());
        });
    }

    @Test
    void withoutInputTheUsernameIsRequiredAndThePasswordComesFromTheEnvironment() {
        on("sqlite", () -> {
            ScriptedConsole console = new ScriptedConsole();
            CreateSuperuser.Options noUsername = new CreateSuperuser.Options(null, null, false, "default");
            assertEquals(1, createsuperuser(console, noUsername, Map.of()));
            assertEquals("error: You must use --username with --noinput.\n", console.errors());

            console = new ScriptedConsole();
            CreateSuperuser.Options ci = new CreateSuperuser.Options("ci", "ci@example.com", false, "default");
            assertEquals(1, createsuperuser(console, ci, Map.of(CreateSuperuser.PASSWORD_VARIABLE, "12345")));
            assertEquals("error: CAIRN_SUPERUSER_PASSWORD: This password is too short. It must contain at least 8 "
                    + "characters. This password is too common. This password is entirely numeric.\n",
                    console.errors());

            console = new ScriptedConsole();
            assertEquals(0, createsuperuser(console, ci, Map.of(CreateSuperuser.PASSWORD_VARIABLE, "Xk9#mq2!vLzz")));
            assertTrue(User.objects.get("username", "ci").checkPassword("Xk9#mq2!vLzz"));

            console = new ScriptedConsole();
            CreateSuperuser.Options sso = new CreateSuperuser.Options("sso", "", false, "default");
            assertEquals(0, createsuperuser(console, sso, Map.of()));
            assertFalse(User.objects.get("username", "sso").hasUsablePassword());

            console = new ScriptedConsole();
            assertEquals(1, createsuperuser(console, sso, Map.of()));
            assertEquals("error: A user with that username already exists.\n", console.errors());
        });
    }

    @Test
    void changepasswordSetsANewPasswordAfterAMismatch() {
        on("sqlite", () -> {
            Users.createUser("ada", "", "old-password-1");
            ScriptedConsole console = new ScriptedConsole("Xk9#mq2!vLzz", "Xk9#mq2!vLzy", "Xk9#mq2!vLzz",
                    "Xk9#mq2!vLzz");
            assertEquals(0, new ChangePassword(console, PasswordValidators.defaults()).run("ada", "default"));
            assertEquals("Passwords do not match. Please try again.\n", console.errors());
            assertTrue(console.printed().startsWith("Changing password for user 'ada'\n"));
            assertTrue(console.printed().endsWith("Password changed successfully for user 'ada'\n"));
            User ada = User.objects.get("username", "ada");
            assertTrue(ada.checkPassword("Xk9#mq2!vLzz"));
            assertFalse(ada.checkPassword("old-password-1"));
        });
    }

    @Test
    void changepasswordGivesUpAfterThreeTries() {
        on("sqlite", () -> {
            Users.createUser("ada", "", "old-password-1");
            ScriptedConsole console = new ScriptedConsole("a", "b", "password", "password", "ada", "ada");
            assertEquals(1, new ChangePassword(console, PasswordValidators.defaults()).run("ada", "default"));
            assertEquals("""
                    Passwords do not match. Please try again.
                    This password is too common.
                    The password is too similar to the username.
                    This password is too short. It must contain at least 8 characters.
                    error: Aborting password change for user 'ada' after 3 attempts
                    """, console.errors());
            assertTrue(User.objects.get("username", "ada").checkPassword("old-password-1"));
        });
    }

    @Test
    void aGivenUsernameOrEmailThatIsWrongIsAskedForAgain() {
        on("sqlite", () -> {
            ScriptedConsole console = new ScriptedConsole("grace", "grace@example.com", "Xk9#mq2!vLzz",
                    "Xk9#mq2!vLzz");
            assertEquals(0, createsuperuser(console, new CreateSuperuser.Options("bad name!", "nope", true,
                    "default"), Map.of()));
            assertTrue(console.errors().startsWith("Error: Enter a valid username."));
            assertTrue(console.errors().endsWith("Error: Enter a valid email address.\n"));
            assertEquals("grace@example.com", User.objects.get("username", "grace").email);
        });
    }

    @Test
    void withoutInputAWrongUsernameOrEmailIsAnError() {
        on("sqlite", () -> {
            ScriptedConsole console = new ScriptedConsole();
            assertEquals(1, createsuperuser(console, new CreateSuperuser.Options("bad name!", "", false, "default"),
                    Map.of()));
            assertEquals("error: Enter a valid username. This value may contain only letters, numbers, and "
                    + "@/./+/-/_ characters.\n", console.errors());
            console = new ScriptedConsole();
            assertEquals(1, createsuperuser(console, new CreateSuperuser.Options("ok", "nope", false, "default"),
                    Map.of()));
            assertEquals("error: Enter a valid email address.\n", console.errors());
            assertEquals(0, User.objects.count());
        });
    }

    @Test
    void changepasswordRefusesABlankPasswordEvenWithoutValidators() {
        on("sqlite", () -> {
            Users.createUser("ada", "", "old-password-1");
            ScriptedConsole console = new ScriptedConsole("", "", "x", "x");
            assertEquals(0, new ChangePassword(console, PasswordValidators.of()).run("ada", "default"));
            assertEquals("Error: Blank passwords aren't allowed.\n", console.errors());
            assertTrue(User.objects.get("username", "ada").checkPassword("x"));
        });
    }

    @Test
    void changepasswordStopsAtTheEndOfInput() {
        on("sqlite", () -> {
            Users.createUser("ada", "", "old-password-1");
            ScriptedConsole console = new ScriptedConsole("Xk9#mq2!vLzz");
            assertEquals(1, new ChangePassword(console, PasswordValidators.defaults()).run("ada", "default"));
            assertEquals("error: Operation cancelled.\n", console.errors());
            assertTrue(User.objects.get("username", "ada").checkPassword("old-password-1"));
        });
    }

    @Test
    void changepasswordForNobodySaysSo() {
        on("sqlite", () -> {
            ScriptedConsole console = new ScriptedConsole();
            assertEquals(1, new ChangePassword(console, PasswordValidators.defaults()).run("nobody", "default"));
            assertEquals("error: user 'nobody' does not exist\n", console.errors());
        });
    }
}
