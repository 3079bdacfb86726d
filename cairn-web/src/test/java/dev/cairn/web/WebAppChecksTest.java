package dev.cairn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.http.SetCookie;
import dev.cairn.web.checks.CheckMessage;
import dev.cairn.web.checks.SystemCheckError;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Building a site runs the system checks: errors refuse it, warnings let it start, and check() runs them again. */
class WebAppChecksTest {

    private static WebApp.Builder site(Settings settings) {
        return WebApp.builder().settings(settings).routes(Routes.path("", r -> Response.text("home"), "home"));
    }

    @Test
    void cairnsBareDefaultsAreRefusedWithEveryErrorAndItsFix() {
        SystemCheckError error = assertThrows(SystemCheckError.class, () -> WebApp.builder().build());
        assertEquals("""
                System check identified 2 errors; the site refuses to start:

                hosts.E001: ALLOWED_HOSTS is empty while DEBUG is off, so every request would be refused with 400.
                \tHINT: Set CAIRN_ALLOWED_HOSTS to the names the site answers to, e.g. example.com,www.example.com.

                settings.E001: SECRET_KEY is not set while DEBUG is off.
                \tHINT: Set CAIRN_SECRET_KEY to a long random value (at least 50 characters) kept out of the code, \
                e.g. from `openssl rand -base64 48`.""", error.getMessage());
    }

    @Test
    void productionWithoutASecretKeyRefusesToStart() {
        Settings settings = Settings.builder().debug(false).allowedHosts("example.com").build();
        SystemCheckError error = assertThrows(SystemCheckError.class, () -> site(settings).build());
        assertEquals(List.of("settings.E001"), error.messages().stream().map(CheckMessage::id).toList());
    }

    @Test
    void anUnreadableDebugIsRefusedAsASettingsError() {
        Settings settings = Settings.builder().set("DEBUG", "maybe").secretKey(TestSettings.SECRET_KEY)
                .allowedHosts("example.com").build();
        SystemCheckError error = assertThrows(SystemCheckError.class, () -> site(settings).build());
        assertEquals(List.of("DEBUG: settings.E002: DEBUG must be true or false, not 'maybe'\n\tHINT: Set it to "
                + "true or false (1/0, yes/no, on/off also do)."),
                error.messages().stream().map(CheckMessage::toString).toList());
    }

    @Test
    void aProjectCheckCanRefuseTheSite() {
        SystemCheckError error = assertThrows(SystemCheckError.class, () -> site(TestSettings.production())
                .check(context -> List.of(CheckMessage.error("shop.E001", "No payment provider.", "Set PAYMENTS.")))
                .build());
        assertEquals("System check identified 1 error; the site refuses to start:\n\nshop.E001: No payment "
                + "provider.\n\tHINT: Set PAYMENTS.", error.getMessage());
    }

    @Test
    void aSilencedErrorLetsTheSiteStart() {
        Settings settings = Settings.builder().debug(false).allowedHosts("example.com")
                .set("SILENCED_SYSTEM_CHECKS", "settings.E001").build();
        assertEquals(List.of(), site(settings).build().check());
    }

    @Test
    void warningsLetTheSiteStartAndCheckReturnsThem() {
        WebApp app = site(Settings.builder().debug(false).secretKey("short").allowedHosts("example.com").build())
                .check(context -> List.of(CheckMessage.info("shop.I001", "Shop ready.", null))).build();
        assertEquals(List.of("settings.W001", "shop.I001"), app.check().stream().map(CheckMessage::id).toList());
        assertEquals(200, app.handle(Exchanges.get("/", "Host", "example.com")).status());
    }

    @Test
    void theTestSettingsPassEveryCheck() {
        assertEquals(List.of(), site(TestSettings.production()).build().check());
        assertEquals(List.of("settings.W002"), site(TestSettings.debug()).build().check().stream()
                .map(CheckMessage::id).toList());
    }

    @Test
    void debugWithoutASecretKeySignsCookiesWithAKeyForThisProcess() {
        WebApp first = signingSite();
        var set = first.handle(Exchanges.get("/set/"));
        String cookie = set.headers().first("Set-Cookie");
        assertNotNull(cookie, "the signed cookie was set");
        String value = SetCookie.parse(cookie).value();
        assertTrue(value.startsWith("ann:"), value);

        assertEquals("ann", Exchanges.text(first.handle(Exchanges.get("/read/", "Cookie", "who=" + value))));
        assertEquals("ann", Exchanges.text(signingSite().handle(Exchanges.get("/read/", "Cookie", "who=" + value))),
                "another site in the same process shares the key");
        assertEquals("nobody", Exchanges.text(first.handle(Exchanges.get("/read/", "Cookie", "who=ann:forged"))));
    }

    private static WebApp signingSite() {
        return WebApp.builder().settings(Settings.builder().debug(true).build()).routes(
                Routes.path("set/", r -> Response.text("set").signedCookie(SetCookie.of("who", "ann")), "set"),
                Routes.path("read/", r -> Response.text(r.signedCookie("who").orElse("nobody")), "read")).build();
    }

    @Test
    void productionSignsWithTheSecretKey() {
        WebApp production = WebApp.builder().settings(TestSettings.production()).routes(
                Routes.path("set/", r -> Response.text("set").signedCookie(SetCookie.of("who", "ann")), "set"))
                .build();
        String value = SetCookie.parse(production.handle(Exchanges.get("/set/")).headers().first("Set-Cookie"))
                .value();
        assertEquals("nobody", Exchanges.text(signingSite().handle(Exchanges.get("/read/", "Cookie", "who="
                + value))), "a cookie signed with SECRET_KEY does not verify under the process key");
    }
}
