package dev.cairn.web.staticfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Static files under a class loader prefix, from a folder on the classpath and from a WebJar-shaped jar. */
class ClasspathSourceTest {
    static final String WEBJARS = "META-INF/resources/webjars/";

    @TempDir
    Path temp;

    URLClassLoader loader;
    ClasspathSource source;

    @BeforeEach
    void aFolderThenAJarOnTheClasspath() throws IOException {
        Path classes = temp.resolve("classes");
        FileSystemSourceTest.write(classes.resolve(WEBJARS + "app/1.0/app.css"), "from the folder");
        FileSystemSourceTest.write(classes.resolve("META-INF/secret.txt"), "not static");
        Path jar = temp.resolve("htmx.jar");
        writeJar(jar, Map.of(
                WEBJARS + "htmx.org/2.0.4/dist/htmx.min.js", "htmx",
                WEBJARS + "htmx.org/2.0.4/dist/htmx.min.js.gz", "gz",
                WEBJARS + "app/1.0/app.css", "from the jar, shadowed",
                "META-INF/resources/private.txt", "outside the prefix"));
        loader = new URLClassLoader(new URL[]{classes.toUri().toURL(), jar.toUri().toURL()}, null);
        source = ClasspathSource.of(loader, WEBJARS);
    }

    @AfterEach
    void closeTheLoader() throws IOException {
        loader.close();
    }

    static void writeJar(Path jar, Map<String, String> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            // Folder entries first, as jar tools write them: the class loader finds a prefix only by its entry.
            Set<String> folders = new TreeSet<>();
            for (String name : entries.keySet()) {
                for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                    folders.add(name.substring(0, slash + 1));
                }
            }
            for (String folder : folders) {
                zip.putNextEntry(new ZipEntry(folder));
                zip.closeEntry();
            }
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    @Test
    void aFileInsideAJarIsFoundAndDescribed() throws IOException {
        StaticFile file = source.find("htmx.org/2.0.4/dist/htmx.min.js").orElseThrow();
        assertEquals("htmx", Files.readString(file.path()));
        assertEquals(4, file.size());
        assertEquals("text/javascript; charset=utf-8", file.contentType());
        assertEquals(2, file.variant(Encoding.GZIP).orElseThrow().size());
    }

    @Test
    void theFirstClasspathEntryWins() throws IOException {
        StaticFile file = source.find("app/1.0/app.css").orElseThrow();
        assertEquals("from the folder", Files.readString(file.path()));
    }

    @Test
    void everyRootIsListedOnceEachName() {
        try (Stream<String> names = source.list()) {
            assertEquals(List.of("app/1.0/app.css", "htmx.org/2.0.4/dist/htmx.min.js",
                    "htmx.org/2.0.4/dist/htmx.min.js.gz"), names.sorted().toList());
        }
        assertEquals(2, source.roots().size());
        assertEquals("ClasspathSource[" + WEBJARS + ", 2 roots]", source.toString());
    }

    static Stream<String> nothingOutsideThePrefixIsReachable() {
        return Stream.of("../private.txt", "../../secret.txt", "../../../META-INF/secret.txt", "/private.txt",
                "..\\private.txt", "htmx.org/../../private.txt", "%2e%2e/private.txt", "app/1.0/app.css\0");
    }

    @ParameterizedTest
    @MethodSource
    void nothingOutsideThePrefixIsReachable(String name) {
        assertEquals(Optional.empty(), source.find(name));
    }

    @Test
    void aPrefixNoEntryHoldsGivesAnEmptySource() {
        ClasspathSource empty = ClasspathSource.of(loader, "META-INF/resources/nothing");
        assertEquals(List.of(), empty.roots());
        assertEquals(Optional.empty(), empty.find("app.css"));
    }

    @Test
    void aTraversingPrefixIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ClasspathSource.of(loader, "../etc/"));
        assertThrows(IllegalArgumentException.class, () -> ClasspathSource.of(loader, "/META-INF/"));
    }

    @Test
    void aJarCanBeCollected() throws IOException {
        Path out = temp.resolve("collected");
        CollectStatic.Result result = CollectStatic.of(StaticFinder.of(source), out).run();
        String hashed = result.manifest().hashedName("htmx.org/2.0.4/dist/htmx.min.js").orElseThrow();
        assertEquals("htmx", Files.readString(out.resolve(hashed)));
        assertEquals("gz", Files.readString(out.resolve(hashed + ".gz")));
        assertTrue(hashed.startsWith("htmx.org/2.0.4/dist/htmx.min."), hashed);
        assertEquals("from the folder", Files.readString(out.resolve("app/1.0/app.css")));
    }
}
