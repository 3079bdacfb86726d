package dev.cairn.contrib.auth.commands;

import static dev.cairn.contrib.auth.AuthDatabases.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.cli.Cairn;
import dev.cairn.cli.Project;
import dev.cairn.contrib.auth.AuthDatabases;
import dev.cairn.contrib.auth.hashers.FastHashing;
import dev.cairn.contrib.auth.Group;
import dev.cairn.contrib.auth.Permission;
import dev.cairn.contrib.auth.User;
import dev.cairn.contrib.auth.Users;
import dev.cairn.contrib.auth.hashers.Passwords;
import dev.cairn.web.settings.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code cairn createsuperuser} and {@code cairn changepassword}, added to a site's command line and run through it. */
@ExtendWith({AuthDatabases.class, FastHashing.class})
class AuthCommandLineTest {

    /** Fast hashing for the commands, as a site's PASSWORD_HASHERS would say. */
    private static final Settings SETTINGS = Settings.builder()
            .set("PASSWORD_HASHERS", "pbkdf2_sha256(iterations=1000)")
            .build();

    /** What a command printed, and its exit code. */
    record Run(int code, String out, String err) {}

    private static Run run(ScriptedConsole console, Map<String, String> environment, String... args) {
        Project project = Project.builder().models(User.class, Group.class, Permission.class).migrationsFolder(
                AuthDatabases.MIGRATIONS).databases(() -> AuthDatabases.database("sqlite").databases()).command(
                        p -> new CreateSuperuserCommand(p, console, environment, SETTINGS))
                .command(
                        p -> new ChangePasswordCommand(p, console, SETTINGS))
                .build();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cairn.run(project, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out + console.printed(), err + console.errors());
    }

    @Test
    void createsuperuserWithoutInputReadsThePasswordFromTheEnvironment() {
        on("sqlite", () -> {
            Passwords installed = Passwords.installed();
            Run run = run(new ScriptedConsole(), Map.of(CreateSuperuser.PASSWORD_VARIABLE, "correct horse battery"),
                    "createsuperuser", "--noinput", "--username", "root", "--email", "root@Example.COM");
            assertEquals(new Run(Cairn.OK, "Superuser created successfully.\n", ""), run);
            User root = User.objects.get("username", "root");
            assertTrue(root.isSuperuser && root.isStaff && root.isActive);
            assertEquals("root@example.com", root.email);
            assertTrue(root.password.startsWith("pbkdf2_sha256$1000$"), "hashed as PASSWORD_HASHERS says");
            assertTrue(root.checkPassword("correct horse battery"));
            assertSame(installed, Passwords.installed(), "the site's hashers are put back after the command");
        });
    }

    @Test
    void createsuperuserAsksForWhatWasNotGiven() {
        on("sqlite", () -> {
            ScriptedConsole console = new ScriptedConsole("ada@example.com", "Xk9#mq2!vLzz", "Xk9#mq2!vLzz");
            Run run = run(console, Map.of(), "createsuperuser", "--username", "ada");
            assertEquals(Cairn.OK, run.code(), run.err());
            assertTrue(console.finished());
            assertTrue(User.objects.get("username", "ada").checkPassword("Xk9#mq2!vLzz"));
        });
    }

    @Test
    void createsuperuserRefusesAWeakPasswordWithoutInput() {
        on("sqlite", () -> {
            Run run = run(new ScriptedConsole(), Map.of(CreateSuperuser.PASSWORD_VARIABLE, "12345"), "createsuperuser",
                    "--no-input", "--username", "root");
            assertEquals(Cairn.FAILED, run.code());
            assertTrue(run.err().startsWith("error: CAIRN_SUPERUSER_PASSWORD: This password is too short."), run
                    .err());
            assertFalse(User.objects.filter("username", "root").exists());
        });
    }

    @Test
    void createsuperuserWithoutInputNeedsAUsername() {
        on("sqlite", () -> {
            Run run = run(new ScriptedConsole(), Map.of(), "createsuperuser", "--noinput");
            assertEquals(new Run(Cairn.FAILED, "", "error: You must use --username with --noinput.\n"), run);
        });
    }

    @Test
    void changepasswordSetsANewPasswordAskedTwice() {
        on("sqlite", () -> {
            Users.createUser("ada", "", "old password here");
            ScriptedConsole console = new ScriptedConsole("a new passphrase", "a new passphrase");
            Run run = run(console, Map.of(), "changepassword", "ada");
            assertEquals(Cairn.OK, run.code(), run.err());
            assertEquals("Changing password for user 'ada'\nPassword: \nPassword (again): \nPassword changed "
                    + "successfully for user 'ada'\n", run.out());
            assertTrue(User.objects.get("username", "ada").checkPassword("a new passphrase"));
        });
    }

    @Test
    void changepasswordForNobodyFails() {
        on("sqlite", () -> {
            Run run = run(new ScriptedConsole(), Map.of(), "changepassword", "nobody");
            assertEquals(new Run(Cairn.FAILED, "", "error: user 'nobody' does not exist\n"), run);
        });
    }

    @Test
    void anUnknownDatabaseIsAnErrorNamingIt() {
        on("sqlite", () -> {
            Run run = run(new ScriptedConsole(), Map.of(), "changepassword", "ada", "--database", "elsewhere");
            assertEquals(Cairn.FAILED, run.code());
            assertTrue(run.err().contains("elsewhere"), run.err());
        });
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        on("sqlite", () -> {
            Run run = run(new ScriptedConsole(), Map.of(), "createsuperuser", "--superpowers");
            assertEquals(Cairn.USAGE, run.code());
            assertTrue(run.err().contains("Unknown option: '--superpowers'"), run.err());
        });
    }

    @Test
    void bothCommandsAreListedWithTheirHelp() {
        on("sqlite", () -> {
            Run run = run(new ScriptedConsole(), Map.of(), "--help");
            assertTrue(run.out().contains("createsuperuser") && run.out().contains("changepassword"), run.out());
            Run help = run(new ScriptedConsole(), Map.of(), "createsuperuser", "--help");
            assertTrue(help.out().contains("--noinput, --no-input"), help.out());
        });
    }
}
