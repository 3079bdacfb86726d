package dev.cairn.web.staticfiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.Exchanges;
import dev.cairn.web.Sites;
import dev.cairn.web.WebApp;
import dev.cairn.web.settings.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real htmx and Alpine.js WebJars (test dependencies of this module) found on the class path and served
 * through a site, plus WebJar-shaped jars and folders made for the edge cases.
 */
class WebJarsTest {

    static final ClassLoader LOADER = WebJarsTest.class.getClassLoader();
    static final String HTMX = "htmx.org/dist/htmx.min.js";

    @TempDir
    Path temp;

    static byte[] resource(String name) throws IOException {
        try (InputStream in = LOADER.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theVersionFolderIsFoundWithoutBeingNamed() {
        assertEquals("2.0.4", WebJars.version(LOADER, "htmx.org"));
        assertEquals("3.14.8", WebJars.version(LOADER, "alpinejs"));
    }

    @Test
    void filesAreNamedUnderTheArtifactWithoutTheVersion() throws IOException {
        StaticSource htmx = WebJars.source(LOADER, "htmx.org");
        StaticFile file = htmx.find(HTMX).orElseThrow();
        assertEquals(HTMX, file.name());
        assertEquals("text/javascript; charset=utf-8", file.contentType());
        assertArrayEquals(resource(WebJars.PREFIX + "htmx.org/2.0.4/dist/htmx.min.js"), Files.readAllBytes(file
                .path()));
        assertEquals(file.size(), Files.size(file.path()));
        assertTrue(file.variant(Encoding.GZIP).isPresent(), "htmx ships htmx.min.js.gz");
    }

    @ParameterizedTest(name = "{0} is not found")
    @ValueSource(strings = {"dist/htmx.min.js", "htmx.org/2.0.4/dist/htmx.min.js", "htmx.org/", "htmx.org",
            "htmx.org/../alpinejs/dist/cdn.min.js", "htmx.org/dist/../../../MANIFEST.MF", "alpinejs/dist/cdn.min.js",
            "htmx.org//dist/htmx.min.js"})
    void namesOutsideTheMountAreNotFound(String name) {
        assertEquals(Optional.empty(), WebJars.source(LOADER, "htmx.org").find(name));
    }

    @Test
    void theListingCarriesTheMount() {
        try (Stream<String> names = WebJars.source(LOADER, "htmx.org").list()) {
            List<String> all = names.toList();
            assertTrue(all.contains(HTMX), all.toString());
            assertTrue(all.stream().allMatch(n -> n.startsWith("htmx.org/")), all.toString());
        }
    }

    @Test
    void htmxIsServedThroughASiteWithItsETagAnd304() throws IOException {
        StaticFinder finder = StaticFinder.builder().source(WebJars.source(LOADER, "htmx.org"))
                .source(WebJars.source(LOADER, "alpinejs")).build();
        Settings settings = Sites.settings().build();
        WebApp app = Sites.app(settings, StaticRoutes.of(settings, finder));

        var first = app.handle(Exchanges.get("/static/" + HTMX));
        assertEquals(200, first.status());
        String etag = first.headers().first("ETag");
        assertEquals(finder.find(HTMX).orElseThrow().etag(), etag);
        assertEquals("text/javascript; charset=utf-8", first.headers().first("Content-Type"));
        assertArrayEquals(resource(WebJars.PREFIX + "htmx.org/2.0.4/dist/htmx.min.js"),
                Sites.body(first));

        var again = app.handle(Exchanges.get("/static/" + HTMX, "If-None-Match", etag));
        assertEquals(304, again.status());
        assertEquals(etag, again.headers().first("ETag"));
        assertEquals(0, Sites.body(again).length);

        var gzip = app.handle(Exchanges.get("/static/" + HTMX, "Accept-Encoding", "gzip, br"));
        assertEquals("gzip", gzip.headers().first("Content-Encoding"));
        assertArrayEquals(resource(WebJars.PREFIX + "htmx.org/2.0.4/dist/htmx.min.js.gz"),
                Sites.body(gzip));

        var alpine = app.handle(Exchanges.get("/static/alpinejs/dist/cdn.min.js"));
        assertEquals(200, alpine.status());
        assertArrayEquals(resource(WebJars.PREFIX + "alpinejs/3.14.8/dist/cdn.min.js"),
                Sites.body(alpine));
    }

    @Test
    void aRangeOfAFileInsideAJarIsServed() throws IOException {
        Settings settings = Sites.settings().build();
        WebApp app = Sites.app(settings, StaticRoutes.of(settings, StaticFinder.of(WebJars.source(LOADER,
                "htmx.org"))));
        var response = app.handle(Exchanges.get("/static/" + HTMX, "Range", "bytes=0-9"));
        assertEquals(206, response.status());
        byte[] whole = resource(WebJars.PREFIX + "htmx.org/2.0.4/dist/htmx.min.js");
        assertEquals("bytes 0-9/" + whole.length, response.headers().first("Content-Range"));
        assertArrayEquals(java.util.Arrays.copyOf(whole, 10), Sites.body(response));
    }

    @Test
    void collectingAWebJarKeepsItsMountedNames() throws IOException {
        Path out = temp.resolve("collected");
        Manifest manifest = CollectStatic.of(StaticFinder.of(WebJars.source(LOADER, "htmx.org")), out).run()
                .manifest();
        String hashed = manifest.hashedName(HTMX).orElseThrow();
        assertTrue(hashed.startsWith("htmx.org/dist/htmx.min."), hashed);
        assertArrayEquals(resource(WebJars.PREFIX + "htmx.org/2.0.4/dist/htmx.min.js"),
                Files.readAllBytes(out.resolve(HTMX)));
    }

    @Test
    void aMissingWebJarSaysWhichDependencyToAdd() {
        var error = assertThrows(IllegalArgumentException.class, () -> WebJars.source(LOADER, "no-such-lib"));
        assertEquals("No WebJar 'no-such-lib' on the class path; add the dependency org.webjars.npm:no-such-lib "
                + "(or org.webjars:no-such-lib)", error.getMessage());
    }

    @ParameterizedTest(name = "artifact {0} is refused")
    @ValueSource(strings = {"", "..", "../htmx.org", "htmx.org/2.0.4", "/htmx.org", "a\\b", ".hidden"})
    void anArtifactIsAPlainName(String artifact) {
        var error = assertThrows(IllegalArgumentException.class, () -> WebJars.source(LOADER, artifact));
        assertEquals("a WebJar is named by its artifact id, such as \"htmx.org\"", error.getMessage());
    }

    @Test
    void twoVersionsOnTheClassPathAreAConflictToSettle() throws IOException {
        Path old = temp.resolve("lib-1.0.jar");
        Path current = temp.resolve("lib-2.0.jar");
        ClasspathSourceTest.writeJar(old, Map.of(WebJars.PREFIX + "lib/1.0/lib.js", "one"));
        ClasspathSourceTest.writeJar(current, Map.of(WebJars.PREFIX + "lib/2.0/lib.js", "two"));
        try (URLClassLoader loader = new URLClassLoader(new URL[]{old.toUri().toURL(), current.toUri().toURL()},
                null)) {
            var error = assertThrows(IllegalStateException.class, () -> WebJars.source(loader, "lib"));
            assertEquals("The WebJar 'lib' is on the class path in versions [1.0, 2.0]; keep one "
                    + "(mvn dependency:tree shows who brings each)", error.getMessage());
        }
    }

    @Test
    void aWebJarUnpackedInAFolderWorksToo() throws IOException {
        Path classes = temp.resolve("classes");
        FileSystemSourceTest.write(classes.resolve(WebJars.PREFIX + "lib/1.2.3/dist/lib.js"), "folder");
        try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, null)) {
            assertEquals("1.2.3", WebJars.version(loader, "lib"));
            StaticFile file = WebJars.source(loader, "lib").find("lib/dist/lib.js").orElseThrow();
            assertEquals("folder", Files.readString(file.path()));
            assertEquals("lib/dist/lib.js", file.name());
        }
    }
}
