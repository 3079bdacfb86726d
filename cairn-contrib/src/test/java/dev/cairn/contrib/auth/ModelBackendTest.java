package dev.cairn.contrib.auth;

import static dev.cairn.contrib.auth.AuthDatabases.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.contrib.auth.hashers.CountingHasher;
import dev.cairn.contrib.auth.hashers.Passwords;
import dev.cairn.contrib.shelf.Author;
import dev.cairn.contrib.shelf.Book;
import dev.cairn.journey.Journey;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Usernames and passwords checked against the database, and permissions read from users and groups. */
@ExtendWith(AuthDatabases.class)
class ModelBackendTest {

    private final ModelBackend backend = new ModelBackend();
    private CountingHasher hasher;
    private Passwords before;

    @BeforeEach
    void countHashing() {
        hasher = new CountingHasher(1_000);
        before = Passwords.install(Passwords.of(hasher));
    }

    @AfterEach
    void restore() {
        Passwords.install(before);
    }

    static List<String> databases() {
        return AuthDatabases.labels();
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    void theRightPasswordProvesTheUserAndNothingElseDoes(String db) {
        on(db, () -> {
            User ada = Users.createUser("ada", "", "correct horse");
            assertEquals(Optional.of(ada.id), backend.authenticate(Credentials.of("ada", "correct horse")).map(
                    u -> u.id));
            assertEquals(Optional.of(ada.id), backend.authenticate(Credentials.of("ａｄａ", "correct horse")).map(
                    u -> u.id), "the username is looked up in NFKC form, as it was stored");
            assertEquals(Optional.empty(), backend.authenticate(Credentials.of("ada", "wrong horse")));
            assertEquals(Optional.empty(), backend.authenticate(Credentials.of("Ada", "correct horse")));
            assertEquals(Optional.empty(), backend.authenticate(Credentials.of("ada", null)));
            assertEquals(Optional.empty(), backend.authenticate(Credentials.of(null, "correct horse")));
        });
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    void anUnknownUsernameRunsTheHasherAsAWrongPasswordDoes(String db) {
        on(db, () -> {
            Users.createUser("ada", "", "correct horse");
            int start = hasher.runs();
            backend.authenticate(Credentials.of("nobody", "guess"));
            assertEquals(1, hasher.runs() - start, "the dummy hash ran once");
            assertEquals(1, hasher.encodes.get() - 1, "as an encoding, after the one createUser made");
            backend.authenticate(Credentials.of("ada", "guess"));
            assertEquals(2, hasher.runs() - start, "a wrong password costs the same one run");
        });
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    void anInactiveUserIsRefusedAfterThePasswordIsChecked(String db) {
        on(db, () -> {
            User gone = Users.createUser("gone", "", "pw");
            gone.isActive = false;
            gone.save();
            int start = hasher.verifies.get();
            assertEquals(Optional.empty(), backend.authenticate(Credentials.of("gone", "pw")));
            assertEquals(1, hasher.verifies.get() - start);
            assertEquals(Optional.empty(), backend.user(gone.id));
            assertTrue(new AllowAllUsersModelBackend().authenticate(Credentials.of("gone", "pw")).isPresent());
            assertTrue(new AllowAllUsersModelBackend().user(gone.id).isPresent());
        });
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    void aUserIsFoundAgainByKey(String db) {
        on(db, () -> {
            User ada = Users.createUser("ada", "", "pw");
            assertEquals("ada", backend.user(ada.id).orElseThrow().username);
            assertEquals(Optional.empty(), backend.user(ada.id + 1000));
            assertEquals(Optional.empty(), backend.user(null));
        });
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    void permissionsComeFromTheUserAndTheirGroups(String db) {
        on(db, () -> {
            Permissions.sync(Book.class, Author.class);
            User ada = Users.createUser("ada", "", "pw");
            Group editors = Group.objects.create(new Group("editors"));
            editors.permissions.add(perm("change_book"), perm("view_book"));
            ada.groups.add(editors);
            ada.userPermissions.add(perm("lend_book"), perm("view_book"));
            User fresh = User.objects.get("username", "ada");
            assertEquals(Set.of("shelf.lend_book", "shelf.view_book"), backend.ownPermissions(fresh));
            assertEquals(Set.of("shelf.change_book", "shelf.view_book"), backend.groupPermissions(fresh));
            assertEquals(Set.of("shelf.lend_book", "shelf.view_book", "shelf.change_book"), backend.permissions(
                    fresh));
            assertTrue(backend.hasPerm(fresh, "shelf.change_book"));
            assertFalse(backend.hasPerm(fresh, "shelf.delete_book"));
            assertFalse(backend.hasPerm(fresh, "auth.change_book"));
        });
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    void permissionsAreReadOncePerUserObject(String db) {
        on(db, () -> {
            Permissions.sync(Book.class);
            User ada = Users.createUser("ada", "", "pw");
            ada.userPermissions.add(perm("view_book"));
            User fresh = User.objects.get("username", "ada");
            assertEquals(2, statements(() -> backend.hasPerm(fresh, "shelf.view_book")));
            assertEquals(0, statements(() -> {
                backend.hasPerm(fresh, "shelf.add_book");
                backend.permissions(fresh);
            }));
            fresh.userPermissions.add(perm("add_book"));
            assertFalse(backend.hasPerm(fresh, "shelf.add_book"), "still the permissions read before");
            fresh.forgetPermissions();
            assertTrue(backend.hasPerm(fresh, "shelf.add_book"));
        });
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    void anInactiveUserHasNoneAndASuperuserEvery(String db) {
        on(db, () -> {
            Permissions.sync(Book.class);
            User root = Users.createSuperuser("root", "", "pw");
            assertEquals(5, backend.permissions(root).size());
            User gone = Users.createUser("gone", "", "pw");
            gone.userPermissions.add(perm("view_book"));
            gone.isActive = false;
            assertEquals(Set.of(), backend.permissions(gone));
            assertFalse(backend.hasPerm(gone, "shelf.view_book"));
            assertEquals(Set.of(), backend.permissions(new User("unsaved")));
        });
    }

    private static Permission perm(String codename) {
        return Permission.objects.get("codename", codename);
    }

    private static int statements(Runnable work) {
        Journey journey = Journey.begin("test");
        journey.carry(() -> {
            work.run();
            return null;
        });
        return (int) journey.stops("db").stream().filter(s -> s.event().equals("query")).count();
    }
}
