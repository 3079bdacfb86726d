package dev.cairn.contrib.auth;

import static dev.cairn.contrib.auth.AuthDatabases.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.contrib.shelf.Book;
import dev.cairn.journey.Journey;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import dev.cairn.contrib.auth.hashers.FastHashing;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Backends asked in order, permissions with their verdicts, and what the journey shows of both. */
@ExtendWith({AuthDatabases.class, FastHashing.class})
class AuthTest {

    /** A backend that knows one token, and refuses another outright. */
    static final class TokenBackend implements AuthenticationBackend {
        @Override
        public Optional<User> authenticate(Credentials credentials) {
            if ("revoked".equals(credentials.get("token"))) {
                throw new PermissionDenied("token revoked");
            }
            return "ada-token".equals(credentials.get("token"))
                    ? Optional.of(User.objects.get("username", "ada"))
                    : Optional.empty();
        }

        @Override
        public Optional<User> user(Object id) {
            return Optional.empty();
        }

        @Override
        public Set<String> permissions(User user) {
            return Set.of("shelf.lend_book");
        }
    }

    private static Auth auth() {
        return Auth.builder().backend(new ModelBackend()).backend(new TokenBackend()).build();
    }

    private static Journey recorded(Runnable work) {
        Journey journey = Journey.begin("test");
        journey.carry(() -> {
            work.run();
            return null;
        });
        return journey;
    }

    @Test
    void theFirstBackendToFindAUserWinsAndTheJourneySaysWhichAndWhom() {
        on("sqlite", () -> {
            User ada = Users.createUser("ada", "", "pw");
            Journey journey = recorded(() -> {
                assertEquals("ModelBackend", auth().authenticate(Credentials.of("ada", "pw")).orElseThrow()
                        .backend());
                assertEquals("TokenBackend", auth().authenticate(Credentials.of(Map.of("token", "ada-token")))
                        .orElseThrow().backend());
            });
            List<Journey.Stop> stops = journey.stops("auth").stream().filter(s -> s.event().equals("authenticated"))
                    .toList();
            assertEquals(List.of(Map.of("backend", "ModelBackend", "user", "ada", "id", ada.id), Map.of("backend",
                    "TokenBackend", "user", "ada", "id", ada.id)), stops.stream().map(Journey.Stop::facts).toList());
            assertFalse(journey.toString().contains("pw}"), "no password in the journey");
        });
    }

    @Test
    void aFailureNamesTheBackendsAskedAndARefusalStopsTheOthers() {
        on("sqlite", () -> {
            Users.createUser("ada", "", "pw");
            Journey journey = recorded(() -> {
                assertEquals(Optional.empty(), auth().authenticate(Credentials.of("ada", "wrong")));
                assertEquals(Optional.empty(), auth().authenticate(Credentials.of(Map.of("token", "revoked"))));
            });
            Journey.Stop failed = journey.stops("auth").stream().filter(s -> s.event().equals("not authenticated"))
                    .findFirst().orElseThrow();
            assertEquals(List.of("ModelBackend", "TokenBackend"), failed.facts().get("backends"));
            Journey.Stop refused = journey.stops("auth").stream().filter(s -> s.event().equals("refused"))
                    .findFirst().orElseThrow();
            assertEquals("token revoked", refused.facts().get("reason"));
            assertFalse(journey.toString().contains("wrong"));
        });
    }

    @Test
    void eachPermissionCheckIsRecordedWithItsVerdictAndWhy() {
        on("sqlite", () -> {
            Permissions.sync(Book.class);
            User ada = Users.createUser("ada", "", "pw");
            ada.userPermissions.add(Permission.objects.get("codename", "view_book"));
            User root = Users.createSuperuser("root", "", "pw");
            User gone = Users.createUser("gone", "", "pw");
            gone.isActive = false;
            Auth auth = auth();
            Journey journey = recorded(() -> {
                assertTrue(auth.hasPerm(ada, "shelf.view_book"));
                assertTrue(auth.hasPerm(ada, "shelf.lend_book"));
                assertFalse(auth.hasPerm(ada, "shelf.delete_book"));
                assertTrue(auth.hasPerm(root, "anything.at_all"));
                assertFalse(auth.hasPerm(gone, "shelf.lend_book"));
            });
            assertEquals(List.of(
                    Map.of("user", "ada", "permission", "shelf.view_book", "verdict", "granted", "by", "ModelBackend"),
                    Map.of("user", "ada", "permission", "shelf.lend_book", "verdict", "granted", "by", "TokenBackend"),
                    Map.of("user", "ada", "permission", "shelf.delete_book", "verdict", "denied", "by",
                            "no backend"),
                    Map.of("user", "root", "permission", "anything.at_all", "verdict", "granted", "by", "superuser"),
                    Map.of("user", "gone", "permission", "shelf.lend_book", "verdict", "denied", "by", "inactive")),
                    journey.stops("auth").stream().filter(s -> s.event().equals("permission")).map(
                            Journey.Stop::facts).toList());
            assertTrue(auth.hasPerms(ada, List.of("shelf.view_book", "shelf.lend_book")));
            assertFalse(auth.hasPerms(ada, List.of("shelf.view_book", "shelf.add_book")));
            assertEquals(Set.of("shelf.view_book", "shelf.lend_book"), auth.permissions(ada));
        });
    }

    @Test
    void aUserIsFoundAgainThroughTheBackendThatProvedThem() {
        on("sqlite", () -> {
            User ada = Users.createUser("ada", "", "pw");
            assertEquals("ada", auth().user("ModelBackend", ada.id).orElseThrow().username);
            assertEquals(Optional.empty(), auth().user("TokenBackend", ada.id));
            assertEquals("no configured backend is named 'LdapBackend'", assertThrows(IllegalArgumentException.class,
                    () -> auth().user("LdapBackend", ada.id)).getMessage());
        });
    }

    static Stream<Arguments> settings() {
        return Stream.of(
                Arguments.of(null, List.of("ModelBackend[default]")),
                Arguments.of("AllowAllUsersModelBackend, ModelBackend(database=replica)", List.of(
                        "AllowAllUsersModelBackend[default]", "ModelBackend[replica]")));
    }

    @ParameterizedTest(name = "AUTHENTICATION_BACKENDS={0}")
    @MethodSource
    void settings(String value, List<String> backends) {
        Settings.Builder builder = Settings.builder();
        if (value != null) {
            builder.set(Auth.AUTHENTICATION_BACKENDS, value);
        }
        Auth auth = Auth.create(builder.build());
        assertEquals(backends, auth.backends().stream().map(Object::toString).toList());
        assertTrue(auth.throttle() != null, "logins are throttled by default");
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of("LdapBackend", "AUTHENTICATION_BACKENDS: unknown backend 'LdapBackend'; known: "
                        + "AllowAllUsersModelBackend, ModelBackend (others are added in code with "
                        + "Auth.builder().backend(...))"),
                Arguments.of("ModelBackend(db=x)", "AUTHENTICATION_BACKENDS: ModelBackend has no option 'db'; it "
                        + "takes database"),
                Arguments.of(" ", "AUTHENTICATION_BACKENDS must name at least one backend"));
    }

    @ParameterizedTest(name = "AUTHENTICATION_BACKENDS={0}")
    @MethodSource
    void badSettings(String value, String message) {
        Settings settings = Settings.builder().set(Auth.AUTHENTICATION_BACKENDS, value).build();
        assertEquals(message, assertThrows(SettingsException.class, () -> Auth.create(settings)).getMessage());
    }

    @Test
    void credentialsNeverShowThePassword() {
        Credentials credentials = Credentials.of("ada", "hunter2").from("203.0.113.9");
        assertEquals("Credentials[password=********, username=ada, from=203.0.113.9]", credentials.toString());
        assertEquals("Credentials[token=********, from=null]", Credentials.of(Map.of("token", "abc")).toString());
        assertEquals("Auth needs at least one backend", assertThrows(IllegalArgumentException.class,
                () -> Auth.builder().build()).getMessage());
    }
}
