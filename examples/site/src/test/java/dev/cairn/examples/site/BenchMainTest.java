package dev.cairn.examples.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.test.Client;
import dev.cairn.test.TestResponse;
import dev.cairn.web.settings.Settings;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The framework benchmark app answers what TechEmpower's verifier requires, through the default middleware. */
class BenchMainTest {

    private static final Client CLIENT = Client.of(BenchMain.app(Settings.builder()
            .secretKey("benchmark-secret-key-not-for-production-0123456789abcdef").allowedHosts("*").build()))
            .host("tfb-server");

    static Stream<Arguments> tests() {
        return Stream.of(
                Arguments.of("/plaintext", "Hello, World!", "text/plain; charset=utf-8"),
                Arguments.of("/json", "{\"message\":\"Hello, World!\"}", "application/json"),
                Arguments.of("/users/7/", "user 7", "text/plain; charset=utf-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void tests(String path, String body, String contentType) {
        TestResponse response = CLIENT.get(path).assertStatus(200);
        assertEquals(body, response.text());
        assertEquals(contentType, response.header("Content-Type"));
        assertEquals("nosniff", response.header("X-Content-Type-Options"), "the default middleware ran");
    }
}
