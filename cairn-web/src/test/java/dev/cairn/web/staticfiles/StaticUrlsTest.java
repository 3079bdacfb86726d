package dev.cairn.web.staticfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** URLs for static files, with a manifest (hashed names) and without (debug). */
class StaticUrlsTest {
    @TempDir
    Path temp;

    static final Manifest MANIFEST = new Manifest(Map.of("css/app.css", "css/app.3f2a9c1e.css", "img/my logo.png",
            "img/my logo.0badf00d.png"));

    static Stream<Arguments> urlsWithAManifestNameTheHashedCopy() {
        return Stream.of(
                Arguments.of("/static/", "css/app.css", "/static/css/app.3f2a9c1e.css"),
                Arguments.of("/assets/", "css/app.css", "/assets/css/app.3f2a9c1e.css"),
                Arguments.of("https://cdn.example.com/s/", "css/app.css",
                        "https://cdn.example.com/s/css/app.3f2a9c1e.css"),
                Arguments.of("/static/", "img/my logo.png", "/static/img/my%20logo.0badf00d.png"));
    }

    @ParameterizedTest
    @MethodSource
    void urlsWithAManifestNameTheHashedCopy(String prefix, String name, String url) {
        assertEquals(url, StaticUrls.of(prefix, MANIFEST).url(name));
    }

    static Stream<Arguments> debugUrlsNameTheFileAsGiven() {
        return Stream.of(
                Arguments.of("css/app.css", "/static/css/app.css"),
                Arguments.of("not/in/any/manifest.js", "/static/not/in/any/manifest.js"),
                Arguments.of("img/my logo.png", "/static/img/my%20logo.png"),
                Arguments.of("caf\u00e9.css", "/static/caf%C3%A9.css"),
                Arguments.of("a?b#c.css", "/static/a%3Fb%23c.css"),
                Arguments.of("a+b=c&d@e!f.css", "/static/a+b=c&d@e!f.css"));
    }

    @ParameterizedTest
    @MethodSource
    void debugUrlsNameTheFileAsGiven(String name, String url) {
        assertEquals(url, StaticUrls.debug("/static/").url(name));
    }

    @Test
    void anUnknownNameWithAManifestSaysToRunCollectstatic() {
        StaticUrls urls = StaticUrls.of("/static/", MANIFEST);
        MissingStaticFileException e = assertThrows(MissingStaticFileException.class, () -> urls.url("x.css"));
        assertEquals("static file 'x.css' is not in the manifest; run collectstatic", e.getMessage());
        assertEquals("x.css", e.name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../settings.py", "/etc/passwd", "css\\app.css", "", ".env", "css//app.css"})
    void namesThatCannotBeStaticFilesAreRefused(String name) {
        assertThrows(IllegalArgumentException.class, () -> StaticUrls.debug("/static/").url(name));
        assertThrows(IllegalArgumentException.class, () -> StaticUrls.of("/static/", MANIFEST).url(name));
    }

    @Test
    void aPrefixMustEndWithASlash() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StaticUrls.debug("/static"));
        assertEquals("static URL prefix must end with '/', as in \"/static/\"", e.getMessage());
    }

    @Test
    void aCollectedManifestDrivesTheUrls() throws IOException {
        Path root = temp.resolve("static");
        FileSystemSourceTest.write(root.resolve("css/app.css"), "body{}");
        Path out = temp.resolve("out");
        CollectStatic.of(StaticFinder.of(FileSystemSource.of(root)), out).run();
        StaticUrls urls = StaticUrls.of("/static/", Manifest.load(out.resolve(Manifest.FILE_NAME)));
        String hashed = "css/app." + CollectStaticTest.hash8("body{}") + ".css";
        assertEquals("/static/" + hashed, urls.url("css/app.css"));
        // The URL's path, less the prefix, is a name the collected folder serves.
        assertEquals("body{}", StaticFinderTest.read(FileSystemSource.of(out).find(hashed).orElseThrow()));
    }
}
