package dev.cairn.web.staticfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Finding files in a folder: what is found, what is described, and that nothing outside the folder ever is. */
class FileSystemSourceTest {
    @TempDir
    Path temp;

    Path root;
    Path outside;
    FileSystemSource source;

    @BeforeEach
    void layOutRootAndASecretNextToIt() throws IOException {
        root = Files.createDirectories(temp.resolve("project/static"));
        outside = Files.createDirectories(temp.resolve("outside"));
        write(outside.resolve("secret.txt"), "password");
        write(temp.resolve("project/settings.txt"), "SECRET_KEY");
        write(root.resolve("css/app.css"), "body { color: red }");
        write(root.resolve("app.js"), "console.log(1)");
        write(root.resolve(".git/config"), "[core]");
        write(root.resolve(".env"), "TOKEN=1");
        source = FileSystemSource.of(root);
    }

    static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Every way out of the root that a request path has been seen to try. */
    static Stream<String> traversalAttemptsFindNothing() {
        return Stream.of(
                "../outside/secret.txt",
                "../../outside/secret.txt",
                "css/../../../outside/secret.txt",
                "../settings.txt",
                "..",
                ".",
                "...",
                "/etc/passwd",
                "//etc/passwd",
                "..\\..\\outside\\secret.txt",
                "css\\..\\..\\..\\outside\\secret.txt",
                "css/app.css\0.png",
                "css/app.css\0",
                "%2e%2e/%2e%2e/outside/secret.txt",
                "..%2f..%2foutside%2fsecret.txt",
                "%252e%252e/%252e%252e/outside/secret.txt",
                "..%c0%af..%c0%afoutside/secret.txt",
                "./css/app.css",
                "css/./app.css",
                "css//app.css",
                "css/",
                "",
                ".git/config",
                ".env",
                "C:/Windows/win.ini",
                "css/app.css::$DATA",
                "css",
                "css/app.css/",
                "css/app.css/..");
    }

    @ParameterizedTest
    @MethodSource
    void traversalAttemptsFindNothing(String name) {
        assertEquals(Optional.empty(), source.find(name), name);
        String decoded = URLDecoder.decode(name.replace("\0", ""), StandardCharsets.UTF_8);
        if (!decoded.equals("css/app.css")) {
            assertEquals(Optional.empty(), source.find(decoded), "decoded: " + decoded);
        }
    }

    @Test
    void theAbsolutePathOfAFileInsideTheRootIsStillRefused() {
        assertEquals(Optional.empty(), source.find(root.resolve("css/app.css").toString()));
        assertEquals(Optional.empty(), source.find(outside.resolve("secret.txt").toString()));
    }

    @Test
    void aSymlinkedFilePointingOutsideIsRefused() throws IOException {
        symlink(root.resolve("leak.txt"), outside.resolve("secret.txt"));
        assertEquals(Optional.empty(), source.find("leak.txt"));
        try (Stream<String> names = source.list()) {
            assertFalse(names.toList().contains("leak.txt"));
        }
    }

    @Test
    void aSymlinkedDirectoryPointingOutsideIsRefused() throws IOException {
        symlink(root.resolve("vendor"), outside);
        assertEquals(Optional.empty(), source.find("vendor/secret.txt"));
        try (Stream<String> names = source.list()) {
            assertFalse(names.anyMatch(n -> n.startsWith("vendor")));
        }
    }

    @Test
    void aSymlinkToTheParentIsRefused() throws IOException {
        symlink(root.resolve("up"), temp.resolve("project"));
        assertEquals(Optional.empty(), source.find("up/settings.txt"));
        // A loop back into the root lands inside it, so it is as good as the direct name.
        assertTrue(source.find("up/static/css/app.css").isPresent());
    }

    @Test
    void aSymlinkThatStaysInsideIsFollowed() throws IOException {
        symlink(root.resolve("site.css"), root.resolve("css/app.css"));
        StaticFile file = source.find("site.css").orElseThrow();
        assertEquals(root.resolve("css/app.css").toRealPath(), file.path());
        assertEquals("site.css", file.name());
        assertEquals("text/css; charset=utf-8", file.contentType());
    }

    @Test
    void aRootReachedThroughASymlinkStillWorks() throws IOException {
        Path link = temp.resolve("linked-static");
        symlink(link, root);
        FileSystemSource linked = FileSystemSource.of(link);
        assertTrue(linked.find("css/app.css").isPresent());
        assertEquals(Optional.empty(), linked.find("../outside/secret.txt"));
    }

    @Test
    void aSiblingFolderSharingTheRootsPrefixIsOutside() throws IOException {
        // "static-private" starts with the characters of "static" but is not under it: Path.startsWith compares
        // names, not characters.
        write(temp.resolve("project/static-private/key.txt"), "k");
        symlink(root.resolve("key.txt"), temp.resolve("project/static-private/key.txt"));
        assertEquals(Optional.empty(), source.find("key.txt"));
    }

    @Test
    void aFoundFileIsDescribed() throws IOException {
        Instant modified = Instant.parse("2026-01-02T03:04:05Z");
        Files.setLastModifiedTime(root.resolve("css/app.css"), FileTime.from(modified));
        StaticFile file = source.find("css/app.css").orElseThrow();
        assertEquals("css/app.css", file.name());
        assertEquals(root.resolve("css/app.css").toRealPath(), file.path());
        assertEquals(19, file.size());
        assertEquals(modified, file.lastModified());
        assertEquals("text/css; charset=utf-8", file.contentType());
        assertEquals(ContentHashes.sha256(file.path()), file.hash());
        assertEquals(List.of(), file.variants());
    }

    @Test
    void etagIsStableForTheSameContent() throws IOException {
        String first = source.find("css/app.css").orElseThrow().etag();
        String second = source.find("css/app.css").orElseThrow().etag();
        String fresh = FileSystemSource.of(root).find("css/app.css").orElseThrow().etag();
        assertEquals(first, second);
        assertEquals(first, fresh);
        assertTrue(first.matches("\"[0-9a-f]{32}\""), first);
    }

    @Test
    void etagIsTheSameForTheSameContentUnderAnotherName() throws IOException {
        write(root.resolve("copy.css"), "body { color: red }");
        assertEquals(source.find("css/app.css").orElseThrow().etag(), source.find("copy.css").orElseThrow().etag());
    }

    @Test
    void etagChangesWithTheContent() throws IOException {
        String before = source.find("css/app.css").orElseThrow().etag();
        write(root.resolve("css/app.css"), "body { color: blue; }");
        String after = source.find("css/app.css").orElseThrow().etag();
        assertNotEquals(before, after);
    }

    @Test
    void etagChangesWhenContentChangesAtTheSameSizeAndANewMtime() throws IOException {
        Path file = root.resolve("css/app.css");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        String before = source.find("css/app.css").orElseThrow().etag();
        write(file, "body { color: blue}");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:01Z")));
        assertNotEquals(before, source.find("css/app.css").orElseThrow().etag());
    }

    @Test
    void theHashIsCachedWhileSizeAndMtimeAreUnchanged() throws IOException {
        // Rewriting the same number of bytes and restoring the mtime fools the cache, which proves it is used.
        Path file = root.resolve("css/app.css");
        FileTime mtime = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, mtime);
        String before = source.find("css/app.css").orElseThrow().etag();
        write(file, "body { color: blue}");
        Files.setLastModifiedTime(file, mtime);
        assertEquals(before, source.find("css/app.css").orElseThrow().etag());
    }

    @Test
    void precompressedSiblingsAreReportedWithTheirSizes() throws IOException {
        write(root.resolve("css/app.css.br"), "br");
        write(root.resolve("css/app.css.gz"), "gzip!");
        StaticFile file = source.find("css/app.css").orElseThrow();
        assertEquals(2, file.variants().size());
        assertEquals(new StaticFile.Variant(Encoding.BROTLI, root.resolve("css/app.css.br").toRealPath(), 2),
                file.variant(Encoding.BROTLI).orElseThrow());
        assertEquals(new StaticFile.Variant(Encoding.GZIP, root.resolve("css/app.css.gz").toRealPath(), 5),
                file.variant(Encoding.GZIP).orElseThrow());
    }

    @Test
    void onlyTheSiblingsPresentAreReported() throws IOException {
        write(root.resolve("app.js.gz"), "gzip!");
        StaticFile file = source.find("app.js").orElseThrow();
        assertEquals(Optional.empty(), file.variant(Encoding.BROTLI));
        assertTrue(file.variant(Encoding.GZIP).isPresent());
    }

    @Test
    void aPrecompressedSiblingLinkedOutsideIsIgnored() throws IOException {
        symlink(root.resolve("app.js.br"), outside.resolve("secret.txt"));
        assertEquals(List.of(), source.find("app.js").orElseThrow().variants());
    }

    @Test
    void aSiblingThatIsADirectoryIsIgnored() throws IOException {
        Files.createDirectories(root.resolve("app.js.gz"));
        assertEquals(List.of(), source.find("app.js").orElseThrow().variants());
    }

    @Test
    void listNamesEveryServableFileWithSlashes() throws IOException {
        write(root.resolve("img/icons/logo.svg"), "<svg/>");
        try (Stream<String> names = source.list()) {
            assertEquals(List.of("app.js", "css/app.css", "img/icons/logo.svg"), names.sorted().toList());
        }
    }

    @Test
    void aMissingRootHasNothing() {
        FileSystemSource missing = FileSystemSource.of(temp.resolve("no-such-folder"));
        assertEquals(Optional.empty(), missing.find("css/app.css"));
        try (Stream<String> names = missing.list()) {
            assertEquals(0, names.count());
        }
    }

    @Test
    void theRootIsAbsoluteAndNormalised() {
        FileSystemSource relative = FileSystemSource.of(root.resolve("css/.."));
        assertEquals(root.toAbsolutePath(), relative.root());
        assertTrue(relative.toString().contains(root.toString()));
    }

    static void symlink(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here: " + e);
        }
    }
}
