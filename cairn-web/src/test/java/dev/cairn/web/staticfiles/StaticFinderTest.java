package dev.cairn.web.staticfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Finding across roots: the project first, then apps in order, the first that has a name winning. */
class StaticFinderTest {
    @TempDir
    Path temp;

    StaticFinder finder;

    @BeforeEach
    void projectThenTwoApps() throws IOException {
        Path project = temp.resolve("project/static");
        Path blog = temp.resolve("blog/static");
        Path admin = temp.resolve("admin/static");
        FileSystemSourceTest.write(project.resolve("css/app.css"), "project app");
        FileSystemSourceTest.write(project.resolve("admin/base.css"), "project override of admin");
        FileSystemSourceTest.write(blog.resolve("blog/post.css"), "blog post");
        FileSystemSourceTest.write(blog.resolve("css/app.css"), "blog app");
        FileSystemSourceTest.write(admin.resolve("admin/base.css"), "admin base");
        FileSystemSourceTest.write(admin.resolve("admin/login.js"), "admin login");
        finder = StaticFinder.builder().directory(project).directory(blog).directory(admin).build();
    }

    static Stream<Arguments> theFirstRootThatHasANameWins() {
        return Stream.of(
                Arguments.of("css/app.css", "project app"),
                Arguments.of("admin/base.css", "project override of admin"),
                Arguments.of("blog/post.css", "blog post"),
                Arguments.of("admin/login.js", "admin login"));
    }

    @ParameterizedTest
    @MethodSource
    void theFirstRootThatHasANameWins(String name, String content) throws IOException {
        StaticFile file = finder.find(name).orElseThrow();
        assertEquals(content, Files.readString(file.path()));
        assertEquals(name, file.name());
    }

    @Test
    void aNameNoRootHasIsNotFound() {
        assertEquals(Optional.empty(), finder.find("css/missing.css"));
        assertEquals(List.of(), finder.findAll("css/missing.css"));
    }

    @Test
    void traversalIsRefusedByEveryRoot() {
        assertEquals(Optional.empty(), finder.find("../blog/static/blog/post.css"));
        assertEquals(Optional.empty(), finder.find("../../admin/static/admin/login.js"));
        assertEquals(List.of(), finder.findAll("../static/css/app.css"));
    }

    @Test
    void findAllListsEveryCopyWinnerFirst() throws IOException {
        List<StaticFile> copies = finder.findAll("css/app.css");
        assertEquals(2, copies.size());
        assertEquals("project app", Files.readString(copies.get(0).path()));
        assertEquals("blog app", Files.readString(copies.get(1).path()));
    }

    @Test
    void listNamesEachFileOnceInPrecedenceOrder() {
        assertEquals(List.of("admin/base.css", "css/app.css", "blog/post.css", "admin/login.js"), finder.list());
    }

    @Test
    void sourcesKeepTheirOrder() {
        List<StaticSource> sources = finder.sources();
        assertEquals(3, sources.size());
        assertTrue(sources.get(0).toString().contains("project"));
        assertTrue(sources.get(2).toString().contains("admin"));
    }

    @Test
    void anyStaticSourceCanTakePart() {
        StaticSource inMemory = new StaticSource() {
            @Override
            public Optional<StaticFile> find(String relativePath) {
                return Optional.empty();
            }

            @Override
            public Stream<String> list() {
                return Stream.of("ghost.css");
            }
        };
        StaticFinder mixed = StaticFinder.of(inMemory, FileSystemSource.of(temp.resolve("project/static")));
        assertEquals("project app", read(mixed.find("css/app.css").orElseThrow()));
        assertEquals(List.of("ghost.css", "admin/base.css", "css/app.css"), mixed.list());
    }

    @Test
    void anEmptyFinderFindsNothing() {
        StaticFinder empty = StaticFinder.of(List.of());
        assertEquals(Optional.empty(), empty.find("css/app.css"));
        assertEquals(List.of(), empty.list());
    }

    @Test
    void aMissingAppFolderIsSkipped() {
        StaticFinder withMissing = StaticFinder.builder()
                .directory(temp.resolve("no-such-app/static"))
                .directory(temp.resolve("admin/static"))
                .build();
        assertEquals("admin base", read(withMissing.find("admin/base.css").orElseThrow()));
    }

    static String read(StaticFile file) {
        try {
            return Files.readString(file.path());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
