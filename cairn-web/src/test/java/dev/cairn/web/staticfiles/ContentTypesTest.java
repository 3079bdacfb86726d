package dev.cairn.web.staticfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The extension table, and the default for everything it does not list. */
class ContentTypesTest {
    static Stream<Arguments> extensionsMapToTypes() {
        return Stream.of(
                Arguments.of("app.css", "text/css; charset=utf-8"),
                Arguments.of("app.js", "text/javascript; charset=utf-8"),
                Arguments.of("module.mjs", "text/javascript; charset=utf-8"),
                Arguments.of("index.html", "text/html; charset=utf-8"),
                Arguments.of("logo.svg", "image/svg+xml"),
                Arguments.of("logo.png", "image/png"),
                Arguments.of("photo.jpg", "image/jpeg"),
                Arguments.of("photo.jpeg", "image/jpeg"),
                Arguments.of("spinner.gif", "image/gif"),
                Arguments.of("hero.webp", "image/webp"),
                Arguments.of("favicon.ico", "image/vnd.microsoft.icon"),
                Arguments.of("fonts/inter.woff2", "font/woff2"),
                Arguments.of("data.json", "application/json"),
                Arguments.of("robots.txt", "text/plain; charset=utf-8"),
                Arguments.of("app.js.map", "application/json"),
                Arguments.of("engine.wasm", "application/wasm"),
                Arguments.of("APP.CSS", "text/css; charset=utf-8"),
                Arguments.of("Photo.JPG", "image/jpeg"),
                Arguments.of("css/app.3f2a9c1e.css", "text/css; charset=utf-8"),
                Arguments.of("archive.tar.gz", "application/octet-stream"),
                Arguments.of("app.css.br", "application/octet-stream"),
                Arguments.of("LICENSE", "application/octet-stream"),
                Arguments.of("dir.v2/LICENSE", "application/octet-stream"),
                Arguments.of(".htaccess", "application/octet-stream"),
                Arguments.of("trailing.", "application/octet-stream"),
                Arguments.of("page.php", "application/octet-stream"),
                Arguments.of("doc.pdf", "application/octet-stream"));
    }

    @ParameterizedTest
    @MethodSource
    void extensionsMapToTypes(String name, String type) {
        assertEquals(type, ContentTypes.of(name));
    }
}
