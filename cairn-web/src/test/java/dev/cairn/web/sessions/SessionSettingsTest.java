package dev.cairn.web.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.http.SetCookie;
import dev.cairn.web.Exchanges;
import dev.cairn.web.Request;
import dev.cairn.web.Sites;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The SESSION_* settings: Django's defaults, and each bad value refused by name. */
class SessionSettingsTest {

    @Test
    void theDefaultsAreDjangos() {
        assertEquals(new SessionSettings("sessionid", Duration.ofSeconds(1_209_600), null, "/", false, true,
                SetCookie.SameSite.LAX, false, false), SessionSettings.defaults());
    }

    @Test
    void everySettingIsRead() {
        Settings settings = Settings.builder()
                .set(SessionSettings.SESSION_COOKIE_NAME, "__Host-sid")
                .set(SessionSettings.SESSION_COOKIE_AGE, "3600")
                .set(SessionSettings.SESSION_COOKIE_DOMAIN, " ")
                .set(SessionSettings.SESSION_COOKIE_PATH, "/")
                .set(SessionSettings.SESSION_COOKIE_SECURE, "true")
                .set(SessionSettings.SESSION_COOKIE_HTTPONLY, "false")
                .set(SessionSettings.SESSION_COOKIE_SAMESITE, "none")
                .set(SessionSettings.SESSION_EXPIRE_AT_BROWSER_CLOSE, "yes")
                .set(SessionSettings.SESSION_SAVE_EVERY_REQUEST, "1")
                .build();
        assertEquals(new SessionSettings("__Host-sid", Duration.ofHours(1), null, "/", true, false,
                SetCookie.SameSite.NONE, true, true), SessionSettings.of(settings));
    }

    static Stream<Arguments> sameSites() {
        return Stream.of(Arguments.of("Lax", SetCookie.SameSite.LAX), Arguments.of("STRICT",
                SetCookie.SameSite.STRICT), Arguments.of("false", null), Arguments.of("", null));
    }

    @ParameterizedTest
    @MethodSource
    void sameSites(String value, SetCookie.SameSite expected) {
        assertEquals(expected, SessionSettings.of(Settings.builder().set(SessionSettings.SESSION_COOKIE_SAMESITE,
                value).build()).sameSite());
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(SessionSettings.SESSION_COOKIE_AGE, "two weeks",
                        "SESSION_COOKIE_AGE must be an integer, not 'two weeks'"),
                Arguments.of(SessionSettings.SESSION_COOKIE_AGE, "0",
                        "SESSION_COOKIE_AGE must be a positive number of seconds, not 0"),
                Arguments.of(SessionSettings.SESSION_COOKIE_AGE, "-5",
                        "SESSION_COOKIE_AGE must be a positive number of seconds, not -5"),
                Arguments.of(SessionSettings.SESSION_COOKIE_PATH, "admin",
                        "SESSION_COOKIE_PATH must start with '/', not 'admin'"),
                Arguments.of(SessionSettings.SESSION_COOKIE_SAMESITE, "sometimes",
                        "SESSION_COOKIE_SAMESITE must be Lax, Strict, None or false, not 'sometimes'"),
                Arguments.of(SessionSettings.SESSION_COOKIE_SAMESITE, "None",
                        "SESSION_COOKIE_SAMESITE=None needs SESSION_COOKIE_SECURE=true: browsers drop a "
                                + "SameSite=None cookie that is not Secure"),
                Arguments.of(SessionSettings.SESSION_COOKIE_SECURE, "maybe",
                        "SESSION_COOKIE_SECURE must be true or false, not 'maybe'"),
                Arguments.of(SessionSettings.SESSION_COOKIE_HTTPONLY, "sure",
                        "SESSION_COOKIE_HTTPONLY must be true or false, not 'sure'"),
                Arguments.of(SessionSettings.SESSION_EXPIRE_AT_BROWSER_CLOSE, "2",
                        "SESSION_EXPIRE_AT_BROWSER_CLOSE must be true or false, not '2'"),
                Arguments.of(SessionSettings.SESSION_SAVE_EVERY_REQUEST, "always",
                        "SESSION_SAVE_EVERY_REQUEST must be true or false, not 'always'"),
                Arguments.of(SessionSettings.SESSION_COOKIE_NAME, "session id",
                        "The session cookie cannot be set as SESSION_COOKIE_NAME, SESSION_COOKIE_DOMAIN and "
                                + "SESSION_COOKIE_PATH say: "),
                Arguments.of(SessionSettings.SESSION_COOKIE_NAME, "__Secure-sid",
                        "The session cookie cannot be set as SESSION_COOKIE_NAME, SESSION_COOKIE_DOMAIN and "
                                + "SESSION_COOKIE_PATH say: "),
                Arguments.of(SessionSettings.SESSION_COOKIE_DOMAIN, "exa;mple.com",
                        "The session cookie cannot be set as SESSION_COOKIE_NAME, SESSION_COOKIE_DOMAIN and "
                                + "SESSION_COOKIE_PATH say: "));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource
    void refused(String key, String value, String message) {
        SettingsException e = assertThrows(SettingsException.class, () -> SessionSettings.of(Settings.builder().set(
                key, value).build()));
        assertEquals(message, e.getMessage().substring(0, Math.min(message.length(), e.getMessage().length())));
        if (message.endsWith(": ")) {
            assertEquals(true, e.getMessage().length() > message.length(), "the cookie rule broken is named");
        }
    }

    @Test
    void theMiddlewareRefusesBadSettingsWhenMade() {
        Settings settings = Settings.builder().set(SessionSettings.SESSION_COOKIE_AGE, "soon").build();
        MemoryStore store = new MemoryStore();
        assertEquals("SESSION_COOKIE_AGE must be an integer, not 'soon'", assertThrows(SettingsException.class,
                () -> new SessionMiddleware(store, settings)).getMessage());
    }

    @Test
    void aRequestWithoutTheMiddlewareSaysHowToGetASession() {
        Request request = Sites.request(Exchanges.get("/"));
        IllegalStateException e = assertThrows(IllegalStateException.class, request::session);
        assertEquals("request.session() needs SessionMiddleware: add new SessionMiddleware(store, settings) to "
                + "WebApp.builder().middleware(...), above any middleware or view that uses the session",
                e.getMessage());
        assertEquals(false, request.hasSession());
    }
}
