package dev.cairn.web.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.web.Response;
import dev.cairn.web.TestSettings;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each built-in check fires when it should and only then, and a listed id is silenced. */
class SystemChecksTest {

    /** 50 characters, 36 distinct: passes settings.W001. */
    static final String GOOD_KEY = "abcdefghijklmnopqrstuvwxyz0123456789-abcdefghijklm";

    private static final WebApp WITH_ROUTES = WebApp.builder().settings(TestSettings.debug())
            .routes(Routes.<View>path("", r -> Response.text("home"), "home")).build();
    private static final WebApp WITHOUT_ROUTES = WebApp.builder().settings(TestSettings.debug()).build();

    /** Production settings that pass every check, changed by {@code change}. */
    private static Settings production(UnaryOperator<Settings.Builder> change) {
        return change.apply(Settings.builder().debug(false).secretKey(GOOD_KEY).allowedHosts("example.com"))
                .build();
    }

    private static List<String> ids(Settings settings, WebApp app) {
        return SystemChecks.run(new CheckContext(settings, app), List.of()).stream().map(CheckMessage::id).toList();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a well-configured production site", production(b -> b), List.of()),
                Arguments.of("debug on with no key and no hosts", Settings.builder().debug(true).build(),
                        List.of("settings.W002")),
                Arguments.of("no secret key in production", production(b -> b.set("SECRET_KEY", "")),
                        List.of("settings.E001")),
                Arguments.of("a blank secret key in production", production(b -> b.secretKey("   ")),
                        List.of("settings.E001")),
                Arguments.of("a 49-character key", production(b -> b.secretKey(GOOD_KEY.substring(1))),
                        List.of("settings.W001")),
                Arguments.of("a long key of 4 distinct characters", production(b -> b.secretKey("abcd".repeat(20))),
                        List.of("settings.W001")),
                Arguments.of("a long key of 5 distinct characters", production(b -> b.secretKey("abcde".repeat(10))),
                        List.of()),
                Arguments.of("a weak key in debug", Settings.builder().debug(true).secretKey("short").build(),
                        List.of("settings.W001", "settings.W002")),
                Arguments.of("DEBUG unreadable", production(b -> b.set("DEBUG", "maybe")), List.of("settings.E002")),
                Arguments.of("DEBUG unreadable and no key or hosts",
                        Settings.builder().set("DEBUG", "maybe").build(),
                        List.of("hosts.E001", "settings.E001", "settings.E002")),
                Arguments.of("APPEND_SLASH unreadable", production(b -> b.set("APPEND_SLASH", "perhaps")),
                        List.of("settings.E002")),
                Arguments.of("USE_X_FORWARDED_HOST unreadable", production(b -> b.set("USE_X_FORWARDED_HOST", "2")),
                        List.of("settings.E002")),
                Arguments.of("PORT not a number", production(b -> b.set("PORT", "http")), List.of("settings.E002")),
                Arguments.of("PORT out of range", production(b -> b.set("PORT", "70000")), List.of("settings.E002")),
                Arguments.of("DATA_UPLOAD_MAX_MEMORY_SIZE not a number",
                        production(b -> b.set("DATA_UPLOAD_MAX_MEMORY_SIZE", "2.5MB")), List.of("settings.E002")),
                Arguments.of("two unreadable settings",
                        production(b -> b.set("APPEND_SLASH", "x").set("PORT", "y")),
                        List.of("settings.E002", "settings.E002")),
                Arguments.of("yes and 0 read as booleans", production(b -> b.set("APPEND_SLASH", "yes")
                        .set("USE_X_FORWARDED_HOST", "0")), List.of()),
                Arguments.of("no allowed hosts in production", production(b -> b.set("ALLOWED_HOSTS", "")),
                        List.of("hosts.E001")),
                Arguments.of("only commas as allowed hosts", production(b -> b.set("ALLOWED_HOSTS", " , ")),
                        List.of("hosts.E001")),
                Arguments.of("STATIC_URL without the leading slash", production(b -> b.set("STATIC_URL", "static/")),
                        List.of("staticfiles.E001")),
                Arguments.of("STATIC_URL without the trailing slash", production(b -> b.set("STATIC_URL", "/static")),
                        List.of("staticfiles.E001")),
                Arguments.of("STATIC_URL empty", production(b -> b.set("STATIC_URL", "")),
                        List.of("staticfiles.E001")),
                Arguments.of("STATIC_URL on a CDN", production(b -> b.set("STATIC_URL", "https://cdn.example.com/s/")),
                        List.of()),
                Arguments.of("STATIC_URL protocol-relative", production(b -> b.set("STATIC_URL", "//cdn.example/")),
                        List.of()),
                Arguments.of("Cairn's bare defaults", Settings.builder().build(),
                        List.of("hosts.E001", "settings.E001")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("cases")
    void eachCheckFiresExactlyWhenItShould(String why, Settings settings, List<String> ids) {
        assertEquals(ids, ids(settings, WITH_ROUTES));
    }

    @Test
    void aSiteWithoutRoutesIsWarned() {
        assertEquals(List.of("urls.W001"), ids(production(b -> b), WITHOUT_ROUTES));
        assertEquals(List.of(), ids(production(b -> b), WITH_ROUTES));
    }

    static Stream<Arguments> silenced() {
        return Stream.of(
                Arguments.of("settings.E001", List.of("hosts.E001", "urls.W001")),
                Arguments.of("settings.E001,hosts.E001", List.of("urls.W001")),
                Arguments.of("settings.E001,hosts.E001,urls.W001", List.of()),
                Arguments.of(" hosts.E001 , urls.W001 ", List.of("settings.E001")),
                Arguments.of("settings.E00", List.of("hosts.E001", "settings.E001", "urls.W001")),
                Arguments.of("", List.of("hosts.E001", "settings.E001", "urls.W001")));
    }

    @ParameterizedTest(name = "SILENCED_SYSTEM_CHECKS={0} leaves {1}")
    @MethodSource("silenced")
    void listedIdsAreSilencedWhateverTheirLevel(String silenced, List<String> left) {
        Settings settings = Settings.builder().set(SystemChecks.SILENCED_SYSTEM_CHECKS, silenced).build();
        assertEquals(left, ids(settings, WITHOUT_ROUTES));
    }

    @Test
    void messagesAreSortedMostSeriousFirstThenById() {
        Check mixed = context -> List.of(CheckMessage.info("app.I001", "info", null),
                new CheckMessage(CheckMessage.Level.CRITICAL, "app.C001", "critical", null, null),
                new CheckMessage(CheckMessage.Level.DEBUG, "app.D001", "debug", null, null),
                CheckMessage.warning("aaa.W001", "warning", null));
        Settings settings = Settings.builder().set("STATIC_URL", "x").build();
        List<String> ids = SystemChecks.run(new CheckContext(settings, WITHOUT_ROUTES), List.of(mixed)).stream()
                .map(CheckMessage::id).toList();
        assertEquals(List.of("app.C001", "hosts.E001", "settings.E001", "staticfiles.E001", "aaa.W001", "urls.W001",
                "app.I001", "app.D001"), ids);
    }

    @Test
    void projectChecksRunAfterTheBuiltInOnesWithTheSameContext() {
        Check media = context -> context.settings().get("MEDIA_ROOT") == null
                ? List.of(CheckMessage.error("media.E001", "MEDIA_ROOT is not set.", "Set CAIRN_MEDIA_ROOT."))
                : List.of();
        Check routes = context -> List.of(CheckMessage.info("app.I001", "routes: " + context.routes(), null));
        List<CheckMessage> found = SystemChecks.run(new CheckContext(production(b -> b), WITH_ROUTES),
                List.of(media, routes, context -> null));
        assertEquals(List.of("media.E001: MEDIA_ROOT is not set.\n\tHINT: Set CAIRN_MEDIA_ROOT.",
                "app.I001: routes: []"), found.stream().map(CheckMessage::toString).toList());
        assertEquals(List.of("app.I001"), SystemChecks.run(new CheckContext(production(b -> b.set("MEDIA_ROOT", "/m")),
                WITH_ROUTES), List.of(media, routes)).stream().map(CheckMessage::id).toList());
    }

    @Test
    void aCheckThatThrowsIsReportedAsCritical() {
        Check broken = context -> {
            throw new IllegalStateException("no database");
        };
        List<CheckMessage> found = SystemChecks.run(new CheckContext(production(b -> b), WITH_ROUTES),
                List.of(broken));
        assertEquals(1, found.size());
        CheckMessage message = found.getFirst();
        assertEquals(CheckMessage.Level.CRITICAL, message.level());
        assertEquals("checks.C001", message.id());
        assertEquals("The check " + broken.getClass().getName() + " threw java.lang.IllegalStateException: no "
                + "database instead of reporting.", message.message());
    }
}
