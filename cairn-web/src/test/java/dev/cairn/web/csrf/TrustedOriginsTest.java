package dev.cairn.web.csrf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.web.settings.SettingsException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code CSRF_TRUSTED_ORIGINS}: which origins and Referer hosts it trusts, and the values it refuses. */
class TrustedOriginsTest {

    private static final TrustedOrigins TRUSTED = TrustedOrigins.of("CSRF_TRUSTED_ORIGINS", List.of(
            "https://*.example.com", "https://Partner.Example.org", "http://localhost:3000", "https://[::1]:8443"));

    static Stream<Arguments> origins() {
        return Stream.of(
                Arguments.of("https://example.com", true),
                Arguments.of("https://app.example.com", true),
                Arguments.of("https://a.b.example.com", true),
                Arguments.of("HTTPS://APP.EXAMPLE.COM", true),
                Arguments.of("https://partner.example.org", true),
                Arguments.of("http://localhost:3000", true),
                Arguments.of("https://[::1]:8443", true),
                Arguments.of("https://evil-example.com", false),
                Arguments.of("https://example.com.evil.example", false),
                Arguments.of("https://notexample.com", false),
                Arguments.of("http://app.example.com", false),
                Arguments.of("https://app.example.com:8443", false),
                Arguments.of("https://www.partner.example.org", false),
                Arguments.of("http://localhost", false),
                Arguments.of("http://localhost:30000", false),
                Arguments.of("null", false),
                Arguments.of("", false),
                Arguments.of("https://", false));
    }

    @ParameterizedTest(name = "Origin {0}: {1}")
    @MethodSource
    void origins(String origin, boolean trusted) {
        assertEquals(trusted, TRUSTED.allowsOrigin(origin));
    }

    static Stream<Arguments> refererHosts() {
        return Stream.of(
                Arguments.of("example.com", true),
                Arguments.of("shop.example.com", true),
                Arguments.of("partner.example.org", true),
                Arguments.of("localhost:3000", true),
                Arguments.of("evil-example.com", false),
                Arguments.of("shop.example.com:444", false),
                Arguments.of("localhost", false));
    }

    @ParameterizedTest(name = "Referer host {0}: {1}")
    @MethodSource
    void refererHosts(String host, boolean trusted) {
        assertEquals(trusted, TRUSTED.allowsRefererHost(host));
    }

    static Stream<String> notOrigins() {
        return Stream.of("example.com", "*.example.com", "https://example.com/", "https://example.com/path",
                "https://*example.com", "https://a.*.example.com", "https://example.com:port", "//example.com",
                "https://user@example.com", "https://exa mple.com");
    }

    @ParameterizedTest(name = "[{0}] is refused")
    @MethodSource
    void notOrigins(String value) {
        var error = assertThrows(SettingsException.class, () -> TrustedOrigins.of("CSRF_TRUSTED_ORIGINS", List.of(
                value)));
        assertEquals("CSRF_TRUSTED_ORIGINS holds '" + value + "', which is not an origin: write scheme://host[:port] "
                + "with no path, such as https://example.com, or https://*.example.com for a domain and its "
                + "subdomains", error.getMessage());
    }
}
