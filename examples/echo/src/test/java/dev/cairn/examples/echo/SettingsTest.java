package dev.cairn.examples.echo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.examples.echo.Main.Settings;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How Main reads HOST, PORT and CAIRN_ACCESS_LOG. */
class SettingsTest {

    @Test
    void anEmptyEnvironmentServesOnLoopback8000WithTheAccessLog() {
        assertEquals(new Settings("127.0.0.1", 8000, true), Settings.from(Map.of()));
    }

    static Stream<Arguments> environments() {
        return Stream.of(
                Arguments.of(Map.of("HOST", "0.0.0.0"), new Settings("0.0.0.0", 8000, true)),
                Arguments.of(Map.of("PORT", "0"), new Settings("127.0.0.1", 0, true)),
                Arguments.of(Map.of("PORT", " 8080 "), new Settings("127.0.0.1", 8080, true)),
                Arguments.of(Map.of("PORT", "65535"), new Settings("127.0.0.1", 65535, true)),
                Arguments.of(Map.of("CAIRN_ACCESS_LOG", "0"), new Settings("127.0.0.1", 8000, false)),
                Arguments.of(Map.of("CAIRN_ACCESS_LOG", "Off"), new Settings("127.0.0.1", 8000, false)),
                Arguments.of(Map.of("CAIRN_ACCESS_LOG", "false"), new Settings("127.0.0.1", 8000, false)),
                Arguments.of(Map.of("CAIRN_ACCESS_LOG", "1"), new Settings("127.0.0.1", 8000, true)),
                Arguments.of(Map.of("CAIRN_ACCESS_LOG", "yes"), new Settings("127.0.0.1", 8000, true)));
    }

    @ParameterizedTest
    @MethodSource("environments")
    void settingsComeFromTheEnvironment(Map<String, String> env, Settings expected) {
        assertEquals(expected, Settings.from(env));
    }

    static Stream<Arguments> badEnvironments() {
        return Stream.of(
                Arguments.of(Map.of("PORT", "http"), "PORT must be a number 0-65535 (PORT=8000), not 'http'"),
                Arguments.of(Map.of("PORT", ""), "PORT must be a number 0-65535 (PORT=8000), not ''"),
                Arguments.of(Map.of("PORT", "65536"), "PORT must be 0-65535, not 65536"),
                Arguments.of(Map.of("PORT", "-1"), "PORT must be 0-65535, not -1"),
                Arguments.of(Map.of("HOST", " "), "HOST must not be empty"));
    }

    @ParameterizedTest
    @MethodSource("badEnvironments")
    void badSettingsSayHowToFixThem(Map<String, String> env, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> Settings.from(env)).getMessage());
    }
}
