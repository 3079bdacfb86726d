package dev.cairn.web.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SettingsTest {

    @TempDir
    Path folder;

    @Test
    void eachLayerOverridesTheOneBeforeAndRemembersWhereItCameFrom() throws IOException {
        Path file = folder.resolve("cairn.properties");
        Files.writeString(file, "DEBUG=true\nALLOWED_HOSTS=file.example\nsecret_key=from-the-file\n");
        Settings settings = Settings.builder().set("ALLOWED_HOSTS", "code.example").set("PORT", "9000").file(file)
                .environment(Map.of("CAIRN_SECRET_KEY", "from-the-environment", "PORT", "7000", "HOME", "/root"))
                .build();
        assertEquals(true, settings.debug());
        assertEquals(Settings.Source.FILE, settings.source("DEBUG"));
        assertEquals(List.of("file.example"), settings.allowedHosts());
        assertEquals("from-the-environment", settings.secretKey());
        assertEquals(Settings.Source.ENVIRONMENT, settings.source("SECRET_KEY"));
        assertEquals(7000, settings.port());
        assertEquals("/static/", settings.get(Settings.STATIC_URL));
        assertEquals(Settings.Source.DEFAULT, settings.source(Settings.STATIC_URL));
        assertNull(settings.get("HOME"), "only CAIRN_ variables and the conventional names are read");
        assertNull(settings.source("NEVER_SET"));
    }

    @Test
    void aCairnPrefixedVariableWinsOverTheConventionalName() {
        Settings settings = Settings.builder()
                .environment(Map.of("PORT", "7000", "CAIRN_PORT", "7001", "CAIRN_SETTINGS", "/x.properties")).build();
        assertEquals(7001, settings.port());
        assertNull(settings.get("SETTINGS"), "CAIRN_SETTINGS names the file; it is not a setting");
    }

    static Stream<Arguments> booleans() {
        return Stream.of(
                Arguments.of("true", true), Arguments.of("TRUE", true), Arguments.of("1", true),
                Arguments.of("yes", true), Arguments.of(" on ", true), Arguments.of("false", false),
                Arguments.of("0", false), Arguments.of("No", false), Arguments.of("off", false),
                Arguments.of("", false));
    }

    @ParameterizedTest
    @MethodSource
    void booleans(String text, boolean value) {
        assertEquals(value, Settings.builder().set("DEBUG", text).build().debug());
    }

    static Stream<Arguments> unusable() {
        return Stream.of(
                Arguments.of("DEBUG", "maybe", "DEBUG must be true or false, not 'maybe'"),
                Arguments.of("PORT", "eighty", "PORT must be an integer, not 'eighty'"),
                Arguments.of("PORT", "70000", "PORT must be 0-65535, not 70000"),
                Arguments.of("PORT", "-1", "PORT must be 0-65535, not -1"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource
    void unusable(String key, String value, String message) {
        Settings settings = Settings.builder().set(key, value).build();
        SettingsException e = assertThrows(SettingsException.class, () -> {
            settings.debug();
            settings.port();
        });
        assertEquals(message, e.getMessage());
    }

    @Test
    void listsAreCommaSeparatedTrimmedAndWithoutEmptyEntries() {
        Settings settings = Settings.builder().set("ALLOWED_HOSTS", " a.example, ,b.example ,").build();
        assertEquals(List.of("a.example", "b.example"), settings.allowedHosts());
        assertEquals(List.of(), Settings.builder().build().allowedHosts());
    }

    @Test
    void aSettingsFileThatCannotBeReadIsNamed() {
        Path missing = folder.resolve("missing.properties");
        SettingsException e = assertThrows(SettingsException.class, () -> Settings.builder().file(missing));
        assertTrue(e.getMessage().startsWith("Cannot read the settings file " + missing), e.getMessage());
    }

    static Stream<Arguments> redactions() {
        return Stream.of(
                Arguments.of("SECRET_KEY", "abc", "********************"),
                Arguments.of("STRIPE_API_KEY", "sk_live", "********************"),
                Arguments.of("DB_PASSWORD", "hunter2", "********************"),
                Arguments.of("DATABASE_URL", "postgres://app:hunter2@db:5432/site",
                        "postgres://app:********************@db:5432/site"),
                Arguments.of("DATABASE_URL", "sqlite:///srv/site.db", "sqlite:///srv/site.db"),
                Arguments.of("DEBUG", "true", "true"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void redactions(String key, String value, String shown) {
        assertEquals(shown, Settings.redact(key, value));
        Settings settings = Settings.builder().set(key, value).build();
        assertEquals(shown, settings.redacted().get(key));
        assertTrue(!settings.toString().contains("hunter2"), "toString redacts too");
    }
}
