package dev.cairn.web.staticfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Collecting every root into one folder with hashed copies and a manifest. */
class CollectStaticTest {
    @TempDir
    Path temp;

    Path project;
    Path app;
    Path destination;

    @BeforeEach
    void projectAndOneApp() throws IOException {
        project = temp.resolve("project/static");
        app = temp.resolve("app/static");
        destination = temp.resolve("collected");
        FileSystemSourceTest.write(project.resolve("css/app.css"), "project css");
        FileSystemSourceTest.write(project.resolve("LICENSE"), "MIT");
        FileSystemSourceTest.write(app.resolve("css/app.css"), "app css, shadowed");
        FileSystemSourceTest.write(app.resolve("js/app.js"), "app js");
    }

    CollectStatic.Result collect() {
        return CollectStatic.of(StaticFinder.builder().directory(project).directory(app).build(), destination).run();
    }

    static String hash8(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<Arguments> everyFileIsCopiedUnderBothNamesWithTheWinnersContent() {
        return Stream.of(
                Arguments.of("css/app.css", "css/app." + hash8("project css") + ".css", "project css"),
                Arguments.of("LICENSE", "LICENSE." + hash8("MIT"), "MIT"),
                Arguments.of("js/app.js", "js/app." + hash8("app js") + ".js", "app js"));
    }

    @ParameterizedTest
    @MethodSource
    void everyFileIsCopiedUnderBothNamesWithTheWinnersContent(String name, String hashed, String content)
            throws IOException {
        CollectStatic.Result result = collect();
        assertEquals(content, Files.readString(destination.resolve(name)));
        assertEquals(content, Files.readString(destination.resolve(hashed)));
        assertEquals(hashed, result.manifest().hashedName(name).orElseThrow());
    }

    @Test
    void theManifestListsEveryFileOnceAndIsWrittenToDisk() {
        CollectStatic.Result result = collect();
        Map<String, String> expected = Map.of(
                "LICENSE", "LICENSE." + hash8("MIT"),
                "css/app.css", "css/app." + hash8("project css") + ".css",
                "js/app.js", "js/app." + hash8("app js") + ".js");
        assertEquals(expected, result.manifest().paths());
        assertEquals(result.manifest(), Manifest.load(destination.resolve("staticfiles.json")));
        assertEquals(6, result.copied());
    }

    @Test
    void theManifestFileHasDjangosShape() throws IOException {
        collect();
        String json = Files.readString(destination.resolve("staticfiles.json"));
        assertEquals("{\"paths\": {\n"
                + "  \"LICENSE\": \"LICENSE." + hash8("MIT") + "\",\n"
                + "  \"css/app.css\": \"css/app." + hash8("project css") + ".css\",\n"
                + "  \"js/app.js\": \"js/app." + hash8("app js") + ".js\"\n"
                + "}, \"version\": 1}\n", json);
        assertFalse(Files.exists(destination.resolve("staticfiles.json.tmp")));
    }

    @Test
    void theDestinationHoldsNothingElse() throws IOException {
        collect();
        try (Stream<Path> files = Files.walk(destination)) {
            List<String> names = files.filter(Files::isRegularFile)
                    .map(p -> destination.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
            assertEquals(List.of("LICENSE", "LICENSE." + hash8("MIT"), "css/app." + hash8("project css") + ".css",
                    "css/app.css", "js/app." + hash8("app js") + ".js", "js/app.js", "staticfiles.json"), names);
        }
    }

    @Test
    void precompressedSiblingsTravelWithTheirFileUnderBothNames() throws IOException {
        FileSystemSourceTest.write(project.resolve("css/app.css.br"), "brotli bytes");
        FileSystemSourceTest.write(project.resolve("css/app.css.gz"), "gzip bytes");
        CollectStatic.Result result = collect();
        String hashed = "css/app." + hash8("project css") + ".css";
        assertEquals("brotli bytes", Files.readString(destination.resolve("css/app.css.br")));
        assertEquals("gzip bytes", Files.readString(destination.resolve("css/app.css.gz")));
        assertEquals("brotli bytes", Files.readString(destination.resolve(hashed + ".br")));
        assertEquals("gzip bytes", Files.readString(destination.resolve(hashed + ".gz")));
        assertFalse(result.manifest().paths().containsKey("css/app.css.br"));
        assertFalse(result.manifest().paths().containsKey("css/app.css.gz"));
        assertEquals(10, result.copied());
        StaticFile collected = FileSystemSource.of(destination).find(hashed).orElseThrow();
        assertEquals(2, collected.variants().size());
    }

    @Test
    void aSiblingFromALowerRootThanItsFileIsDropped() throws IOException {
        // The app's app.css.gz compresses the app's app.css, not the project's that wins: serving it would be wrong.
        FileSystemSourceTest.write(app.resolve("css/app.css.gz"), "gzip of the shadowed file");
        CollectStatic.Result result = collect();
        assertFalse(Files.exists(destination.resolve("css/app.css.gz")));
        assertFalse(result.manifest().paths().containsKey("css/app.css.gz"));
    }

    @Test
    void aCompressedFileWithoutABaseIsAnOrdinaryFile() throws IOException {
        FileSystemSourceTest.write(project.resolve("downloads/data.tar.gz"), "archive");
        CollectStatic.Result result = collect();
        assertEquals("downloads/data.tar." + hash8("archive") + ".gz",
                result.manifest().hashedName("downloads/data.tar.gz").orElseThrow());
    }

    @Test
    void hiddenFilesAreNotCollected() throws IOException {
        FileSystemSourceTest.write(project.resolve(".env"), "SECRET");
        FileSystemSourceTest.write(project.resolve("css/.DS_Store"), "junk");
        collect();
        assertFalse(Files.exists(destination.resolve(".env")));
        assertFalse(Files.exists(destination.resolve("css/.DS_Store")));
    }

    @Test
    void modificationTimesAreKept() throws IOException {
        Instant modified = Instant.parse("2025-05-05T05:05:05Z");
        Files.setLastModifiedTime(project.resolve("LICENSE"), FileTime.from(modified));
        collect();
        assertEquals(modified, Files.getLastModifiedTime(destination.resolve("LICENSE")).toInstant());
    }

    @Test
    void aSecondRunAfterAnEditAddsTheNewHashAndUpdatesTheManifest() throws IOException {
        String before = collect().manifest().hashedName("js/app.js").orElseThrow();
        FileSystemSourceTest.write(app.resolve("js/app.js"), "app js, edited");
        String after = collect().manifest().hashedName("js/app.js").orElseThrow();
        assertNotEquals(before, after);
        assertEquals("app js, edited", Files.readString(destination.resolve(after)));
        assertEquals("app js, edited", Files.readString(destination.resolve("js/app.js")));
        // The old hashed copy stays, so pages cached before the deploy still load.
        assertTrue(Files.exists(destination.resolve(before)));
        assertEquals(after, Manifest.load(destination.resolve("staticfiles.json")).hashedName("js/app.js")
                .orElseThrow());
    }

    @Test
    void runningTwiceOnUnchangedSourcesGivesTheSameManifest() {
        assertEquals(collect().manifest(), collect().manifest());
    }

    @Test
    void aDestinationInsideASourceIsRefused() {
        Path inside = project.resolve("collected");
        StaticFinder finder = StaticFinder.builder().directory(project).build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CollectStatic.of(finder, inside).run());
        assertTrue(e.getMessage().startsWith("collectstatic destination "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; collect somewhere else"), e.getMessage());
    }

    @Test
    void aSourceWithItsOwnManifestNameIsRefused() throws IOException {
        FileSystemSourceTest.write(app.resolve("staticfiles.json"), "{}");
        IllegalStateException e = assertThrows(IllegalStateException.class, this::collect);
        assertEquals("a static source has its own staticfiles.json, which collectstatic would overwrite with the"
                + " manifest; rename it", e.getMessage());
    }

    @Test
    void noSourcesGiveAnEmptyManifest() {
        CollectStatic.Result result = CollectStatic.of(StaticFinder.of(), destination).run();
        assertEquals(Map.of(), result.manifest().paths());
        assertEquals(0, result.copied());
        assertEquals(result.manifest(), Manifest.load(destination.resolve("staticfiles.json")));
    }
}
