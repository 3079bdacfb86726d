package dev.cairn.web.staticfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The lexical half of containment: which names are refused before the file system is asked, and why. */
class RelativePathsTest {
    static Stream<Arguments> refusedNamesSayWhy() {
        return Stream.of(
                Arguments.of(null, "empty name"),
                Arguments.of("", "empty name"),
                Arguments.of("/etc/passwd", "absolute path"),
                Arguments.of("//server/share/x.css", "absolute path"),
                Arguments.of("..", "dot segment"),
                Arguments.of(".", "dot segment"),
                Arguments.of("...", "dot segment"),
                Arguments.of("../secret.txt", "dot segment"),
                Arguments.of("css/../../secret.txt", "dot segment"),
                Arguments.of("css/..", "dot segment"),
                Arguments.of("./css/app.css", "dot segment"),
                Arguments.of("css/./app.css", "dot segment"),
                Arguments.of("..\\secret.txt", "backslash"),
                Arguments.of("css\\app.css", "backslash"),
                Arguments.of("css/app.css\0.png", "NUL character"),
                Arguments.of("\0", "NUL character"),
                Arguments.of("css/app\n.css", "control character"),
                Arguments.of("css/\u007fapp.css", "control character"),
                Arguments.of("%2e%2e/secret.txt", "percent sign after decoding"),
                Arguments.of("..%2fsecret.txt", "percent sign after decoding"),
                Arguments.of("css/%252e%252e/x", "percent sign after decoding"),
                Arguments.of("C:/Windows/win.ini", "colon"),
                Arguments.of("css/app.css::$DATA", "colon"),
                Arguments.of("css//app.css", "empty segment"),
                Arguments.of("css/", "empty segment"),
                Arguments.of(".git/config", "hidden segment"),
                Arguments.of("css/.env", "hidden segment"),
                Arguments.of(".htaccess", "hidden segment"));
    }

    @ParameterizedTest
    @MethodSource
    void refusedNamesSayWhy(String name, String reason) {
        assertEquals(reason, RelativePaths.refusal(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"app.css", "css/app.css", "img/icons/logo.svg", "js/vendor/htmx.min.js", "a..b.css",
            "css/app.css.br", "LICENSE", "fonts/Inter-Bold.woff2", "unicode/caf\u00e9.png", "with space.txt",
            "x/y/z/w/v.json"})
    void ordinaryNamesPass(String name) {
        assertNull(RelativePaths.refusal(name));
        assertEquals(name, RelativePaths.require(name));
    }

    static Stream<String> percentEncodedTraversalIsRefusedOnceDecoded() {
        return Stream.of("%2e%2e/secret.txt", "%2E%2E/secret.txt", "css/%2e%2e/%2e%2e/secret.txt",
                "..%2fsecret.txt", "..%5csecret.txt", "%2fetc%2fpasswd", "css%2fapp.css%00.png",
                "%2e/css/app.css");
    }

    @ParameterizedTest
    @MethodSource
    void percentEncodedTraversalIsRefusedOnceDecoded(String encoded) {
        String decoded = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        assertEquals(true, RelativePaths.refusal(encoded) != null, "raw: " + encoded);
        assertEquals(true, RelativePaths.refusal(decoded) != null, "decoded: " + decoded);
    }

    @Test
    void requireThrowsWithoutEchoingTheName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RelativePaths.require("../<script>"));
        assertEquals("static file name refused: dot segment", e.getMessage());
    }
}
