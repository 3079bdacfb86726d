package dev.cairn.web.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.web.Response;
import dev.cairn.web.TestSettings;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact text of every built-in message, and how messages and errors read. */
class CheckMessageTest {

    private static final WebApp SITE = WebApp.builder().settings(TestSettings.debug())
            .routes(Routes.<View>path("", r -> Response.text("home"), "home")).build();

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of(Settings.builder().debug(false).allowedHosts("a.example").build(),
                        "settings.E001: SECRET_KEY is not set while DEBUG is off.\n\tHINT: Set CAIRN_SECRET_KEY to a "
                                + "long random value (at least 50 characters) kept out of the code, e.g. from "
                                + "`openssl rand -base64 48`."),
                Arguments.of(Settings.builder().secretKey("short").allowedHosts("a.example").build(),
                        "settings.W001: SECRET_KEY has fewer than 50 characters or fewer than 5 distinct characters, "
                                + "which makes signatures easier to forge.\n\tHINT: Replace it with a long random "
                                + "value, e.g. from `openssl rand -base64 48`; keep the old one in "
                                + "SECRET_KEY_FALLBACKS until the cookies it signed have expired."),
                Arguments.of(Settings.builder().set("DEBUG", "maybe").secretKey(SystemChecksTest.GOOD_KEY)
                        .allowedHosts("a.example").build(),
                        "DEBUG: settings.E002: DEBUG must be true or false, not 'maybe'\n\tHINT: Set it to true or "
                                + "false (1/0, yes/no, on/off also do)."),
                Arguments.of(Settings.builder().set("PORT", "70000").secretKey(SystemChecksTest.GOOD_KEY)
                        .allowedHosts("a.example").build(),
                        "PORT: settings.E002: PORT must be 0-65535, not 70000\n\tHINT: Set it to a port number from 0 "
                                + "to 65535."),
                Arguments.of(Settings.builder().set("DATA_UPLOAD_MAX_MEMORY_SIZE", "big")
                        .secretKey(SystemChecksTest.GOOD_KEY).allowedHosts("a.example").build(),
                        "DATA_UPLOAD_MAX_MEMORY_SIZE: settings.E002: DATA_UPLOAD_MAX_MEMORY_SIZE must be an integer, "
                                + "not 'big'\n\tHINT: Set it to a whole number."),
                Arguments.of(Settings.builder().debug(true).secretKey(SystemChecksTest.GOOD_KEY).build(),
                        "settings.W002: DEBUG is on: error pages show source code, the request, the settings and "
                                + "the journey.\n\tHINT: Never run a public site with DEBUG on; set CAIRN_DEBUG=false "
                                + "there."),
                Arguments.of(Settings.builder().secretKey(SystemChecksTest.GOOD_KEY).build(),
                        "hosts.E001: ALLOWED_HOSTS is empty while DEBUG is off, so every request would be refused "
                                + "with 400.\n\tHINT: Set CAIRN_ALLOWED_HOSTS to the names the site answers to, e.g. "
                                + "example.com,www.example.com."),
                Arguments.of(Settings.builder().set("STATIC_URL", "static").secretKey(SystemChecksTest.GOOD_KEY)
                        .allowedHosts("a.example").build(),
                        "STATIC_URL: staticfiles.E001: STATIC_URL must start and end with '/', not 'static'.\n\t"
                                + "HINT: Use a path such as /static/, or a full URL ending with '/' for a CDN."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("texts")
    void eachBuiltInMessageReadsAsDocumented(Settings settings, String text) {
        assertEquals(List.of(text), SystemChecks.run(new CheckContext(settings, SITE), List.of()).stream()
                .map(CheckMessage::toString).toList());
    }

    @Test
    void noRoutesReadsAsDocumented() {
        WebApp empty = WebApp.builder().settings(TestSettings.production()).build();
        assertEquals("urls.W001: The site has no URL patterns; every request will be answered with 404.\n\tHINT: "
                + "Add routes with WebApp.builder().routes(Routes.path(...)).", empty.check().getFirst().toString());
    }

    @Test
    void aMessageWithoutHintIsOneLine() {
        assertEquals("app.W001: Something is odd.", CheckMessage.warning("app.W001", "Something is odd.", null)
                .toString());
        assertEquals("Route 'x/': app.W001: Odd.", CheckMessage.warning("app.W001", "Odd.", null)
                .concerning("Route 'x/'").toString());
    }

    @Test
    void seriousnessStartsAtError() {
        for (CheckMessage.Level level : CheckMessage.Level.values()) {
            boolean serious = level == CheckMessage.Level.ERROR || level == CheckMessage.Level.CRITICAL;
            assertEquals(serious, new CheckMessage(level, "x.X001", "m", null, null).isSerious(), level.name());
        }
    }

    @Test
    void aMessageNeedsAnIdAndText() {
        assertEquals("a check message needs an id such as settings.E001", assertThrows(IllegalArgumentException.class,
                () -> CheckMessage.error(" ", "m", null)).getMessage());
        assertThrows(NullPointerException.class, () -> CheckMessage.error("x.E001", null, null));
    }

    @Test
    void aSystemCheckErrorListsEveryErrorWithItsHint() {
        SystemCheckError error = new SystemCheckError(List.of(
                CheckMessage.error("a.E001", "First.", "Fix one."), CheckMessage.error("b.E002", "Second.", null)));
        assertEquals("System check identified 2 errors; the site refuses to start:\n\na.E001: First.\n\tHINT: Fix "
                + "one.\n\nb.E002: Second.", error.getMessage());
        assertEquals(List.of("a.E001", "b.E002"), error.messages().stream().map(CheckMessage::id).toList());
        assertEquals("System check identified 1 error; the site refuses to start:\n\nc.C001: Third.",
                new SystemCheckError(List.of(new CheckMessage(CheckMessage.Level.CRITICAL, "c.C001", "Third.", null,
                        null))).getMessage());
    }
}
