package dev.cairn.contrib.auth;

import static dev.cairn.contrib.auth.AuthDatabases.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.contrib.auth.hashers.Passwords;
import dev.cairn.contrib.auth.hashers.Pbkdf2PasswordHasher;
import dev.cairn.db.ValidationError;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Users made, checked and refused through the ORM, on SQLite, PostgreSQL and MariaDB. */
@ExtendWith(AuthDatabases.class)
class UsersTest {

    private static Passwords before;

    @BeforeAll
    static void fastHashing() {
        before = Passwords.install(Passwords.of(Pbkdf2PasswordHasher.sha256(1_000), Pbkdf2PasswordHasher.sha1(
                1_000)));
    }

    @AfterAll
    static void restore() {
        Passwords.install(before);
    }

    static List<String> databases() {
        return AuthDatabases.labels();
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    void aNewUserIsSavedNormalisedWithItsPasswordHashed(String db) {
        on(db, () -> {
            Instant start = Instant.now().minusSeconds(1);
            Users.createUser("ｊｏｈｎ", "John.Smith@EXAMPLE.Org", "correct horse");
            User john = User.objects.get("username", "john");
            assertEquals("John.Smith@example.org", john.email);
            assertTrue(john.password.startsWith("pbkdf2_sha256$1000$"));
            assertFalse(john.password.contains("correct horse"));
            assertTrue(john.checkPassword("correct horse"));
            assertFalse(john.checkPassword("Correct horse"));
            assertTrue(john.isActive);
            assertFalse(john.isStaff);
            assertFalse(john.isSuperuser);
            assertEquals(null, john.lastLogin);
            assertTrue(Duration.between(start, john.dateJoined).toMinutes() < 5);
            assertEquals("", john.fullName());
        });
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    void aSuperuserIsStaffAndSuperuser(String db) {
        on(db, () -> {
            User root = Users.createSuperuser("root", "", "s3cret-root");
            assertTrue(root.isStaff && root.isSuperuser && root.isActive);
            assertEquals(1, User.objects.filter("isSuperuser", true).count());
            assertEquals("Superuser must have isStaff=true.", assertThrows(IllegalArgumentException.class,
                    () -> Users.createSuperuser("default", "root2", "", "pw", u -> u.isStaff = false)).getMessage());
            assertEquals("Superuser must have isSuperuser=true.", assertThrows(IllegalArgumentException.class,
                    () -> Users.createSuperuser("default", "root2", "", "pw", u -> u.isSuperuser = false))
                    .getMessage());
        });
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    void aUserWithoutAPasswordHasAnUnusableOne(String db) {
        on(db, () -> {
            User sso = Users.createUser("sso-only", null, null);
            assertFalse(sso.hasUsablePassword());
            assertTrue(sso.password.startsWith("!"));
            assertFalse(sso.checkPassword(""));
            assertFalse(sso.checkPassword(sso.password));
            User ada = Users.createUser("ada", "", "pw-one");
            ada.setUnusablePassword();
            ada.save();
            assertFalse(User.objects.get("username", "ada").checkPassword("pw-one"));
        });
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("bad name!", "x@example.com", Map.of("username", List.of(User.USERNAME_MESSAGE))),
                Arguments.of("a".repeat(151), "", Map.of("username", List.of(
                        "Ensure this value has at most 150 characters (it has 151)."))),
                Arguments.of("ada", "not an email", Map.of("email", List.of("Enter a valid email address."))),
                Arguments.of("taken", "", Map.of("username", List.of(Users.USERNAME_TAKEN))),
                Arguments.of("Ｔａｋｅｎ", "", Map.of()),
                Arguments.of("ｔａｋｅｎ", "", Map.of("username", List.of(Users.USERNAME_TAKEN))));
    }

    @ParameterizedTest(name = "{0} <{1}> is refused with {2}")
    @MethodSource
    void refused(String username, String email, Map<String, List<String>> errors) {
        on("sqlite", () -> {
            Users.createUser("taken", "", "pw");
            if (errors.isEmpty()) {
                // NFKC keeps case: "Taken" is another user than "taken", as Django's usernames are case-sensitive.
                assertNotNull(Users.createUser(username, email, "pw"));
                return;
            }
            ValidationError error = assertThrows(ValidationError.class, () -> Users.createUser(username, email,
                    "pw"));
            assertEquals(errors, error.errors());
        });
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    void theUsernameIsRequired(String db) {
        on(db, () -> {
            assertEquals("The given username must be set", assertThrows(IllegalArgumentException.class,
                    () -> Users.createUser("", "", "pw")).getMessage());
            assertThrows(IllegalArgumentException.class, () -> Users.createUser(null, "", "pw"));
            assertEquals(0, User.objects.count());
        });
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    void aWeakerStoredPasswordIsUpgradedAndOnlyThatColumnSaved(String db) {
        on(db, () -> {
            User ada = Users.createUser("ada", "", "pw");
            String weak = Pbkdf2PasswordHasher.sha1(500).encode("pw", "saltsaltsaltsaltsaltsa");
            User.objects.filter("pk", ada.id).update("password", weak);
            User loaded = User.objects.get("username", "ada");
            loaded.firstName = "not saved";
            assertTrue(loaded.checkPassword("pw"));
            assertTrue(loaded.password.startsWith("pbkdf2_sha256$1000$"));
            User again = User.objects.get("username", "ada");
            assertEquals(loaded.password, again.password);
            assertEquals("", again.firstName);
            assertTrue(again.checkPassword("pw"));
        });
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    void groupsAndPermissionsAreManyToMany(String db) {
        on(db, () -> {
            Permissions.sync(dev.cairn.contrib.shelf.Book.class);
            User ada = Users.createUser("ada", "", "pw");
            Group editors = Group.objects.create(new Group("editors"));
            Permission add = Permission.objects.get("codename", "add_book");
            Permission view = Permission.objects.get("codename", "view_book");
            editors.permissions.add(add, view);
            ada.groups.add(editors);
            ada.userPermissions.add(view);
            assertEquals(List.of("editors"), ada.groups.all().list().stream().map(g -> g.name).toList());
            assertEquals(List.of("ada"), editors.related("users", User.class).list().stream().map(u -> u.username)
                    .toList());
            assertEquals(2, editors.permissions.count());
            assertEquals(1, ada.userPermissions.count());
            assertEquals("shelf.add_book", add.key());
            assertEquals("shelf.book | Can add book", add.toString());
        });
    }
}
