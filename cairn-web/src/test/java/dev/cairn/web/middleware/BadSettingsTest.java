package dev.cairn.web.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A setting the middleware cannot use stops start-up with a message that names it and says what it must be. */
class BadSettingsTest {

    private static final Function<Settings, Object> SECURITY = SecurityMiddleware::new;
    private static final Function<Settings, Object> CORS = CorsMiddleware::new;
    private static final Function<Settings, Object> COMMON = CommonMiddleware::new;

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of(SECURITY, SecurityMiddleware.SECURE_HSTS_SECONDS, "a year",
                        "SECURE_HSTS_SECONDS must be an integer, not 'a year'"),
                Arguments.of(SECURITY, SecurityMiddleware.SECURE_SSL_REDIRECT, "maybe",
                        "SECURE_SSL_REDIRECT must be true or false, not 'maybe'"),
                Arguments.of(SECURITY, SecurityMiddleware.CONTENT_SECURITY_POLICY, "default-src 'self'\r\nX-Evil: 1",
                        "CONTENT_SECURITY_POLICY must be one line: a header value cannot hold a line break"),
                Arguments.of(SECURITY, SecurityMiddleware.X_FRAME_OPTIONS, "DENY\n",
                        "X_FRAME_OPTIONS must be one line: a header value cannot hold a line break"),
                Arguments.of(SECURITY, SecurityMiddleware.SECURE_REDIRECT_EXEMPT, "^health/$, ^(unclosed",
                        "SECURE_REDIRECT_EXEMPT holds an invalid regular expression '^(unclosed': Unclosed group"),
                Arguments.of(CORS, CorsMiddleware.CORS_ALLOWED_ORIGINS, "https://app.example.com/",
                        "CORS_ALLOWED_ORIGINS holds 'https://app.example.com/', which is not an origin: write "
                                + "scheme://host[:port] with no path, not even a trailing slash (or null)"),
                Arguments.of(CORS, CorsMiddleware.CORS_ALLOWED_ORIGINS, "app.example.com",
                        "CORS_ALLOWED_ORIGINS holds 'app.example.com', which is not an origin: write "
                                + "scheme://host[:port] with no path, not even a trailing slash (or null)"),
                Arguments.of(CORS, CorsMiddleware.CORS_ALLOWED_ORIGIN_REGEXES, "^https://[a-z+$",
                        "CORS_ALLOWED_ORIGIN_REGEXES holds an invalid regular expression '^https://[a-z+$': "
                                + "Unclosed character class"),
                Arguments.of(CORS, CorsMiddleware.CORS_URLS_REGEX, "^/api/(",
                        "CORS_URLS_REGEX holds an invalid regular expression '^/api/(': Unclosed group"),
                Arguments.of(CORS, CorsMiddleware.CORS_PREFLIGHT_MAX_AGE, "a day",
                        "CORS_PREFLIGHT_MAX_AGE must be an integer, not 'a day'"),
                Arguments.of(CORS, CorsMiddleware.CORS_ALLOW_CREDENTIALS, "sometimes",
                        "CORS_ALLOW_CREDENTIALS must be true or false, not 'sometimes'"),
                Arguments.of(COMMON, CommonMiddleware.APPEND_SLASH, "perhaps",
                        "APPEND_SLASH must be true or false, not 'perhaps'"));
    }

    @ParameterizedTest(name = "{1}=[{2}]")
    @MethodSource("badSettings")
    void aBadSettingStopsStartUpNamingIt(Function<Settings, Object> middleware, String key, String value,
            String message) {
        var error = assertThrows(SettingsException.class, () -> middleware.apply(Sites.settings(key, value)));

        assertEquals(message, error.getMessage());
    }

    static Stream<Arguments> regexLists() {
        return Stream.of(
                Arguments.of("^a$", List.of("^a$")),
                Arguments.of("^a$, ^b$", List.of("^a$", "^b$")),
                Arguments.of("^\\d{1,3}$, x", List.of("^\\d{1,3}$", "x")),
                Arguments.of("[,;], (a|b,c)", List.of("[,;]", "(a|b,c)")),
                Arguments.of("a\\,b, c", List.of("a\\,b", "c")),
                Arguments.of(" , ,a,, ", List.of("a")));
    }

    @ParameterizedTest(name = "[{0}] is {1}")
    @MethodSource("regexLists")
    void aListOfRegularExpressionsSplitsOnlyAtTopLevelCommas(String value, List<String> expressions) {
        assertEquals(expressions, RegexList.split(value));
    }

    @Test
    void anEmptyRegexListCompilesToNothing() {
        assertEquals(List.of(), RegexList.compile(Sites.settings("X", " "), "X"));
        assertEquals(List.of(), RegexList.compile(Settings.builder().build(), "UNSET"));
    }
}
