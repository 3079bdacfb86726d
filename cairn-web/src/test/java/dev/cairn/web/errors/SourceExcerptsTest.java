package dev.cairn.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SourceExcerptsTest {

    @TempDir
    Path project;

    /** The test runs in the module's folder, so its own test sources are a standard root. */
    @Test
    void aFrameOfThisTestShowsTheLinesAroundIt() {
        StackTraceElement here = new Throwable("marker for SourceExcerptsTest").getStackTrace()[0];
        SourceExcerpts sources = SourceExcerpts.forProject(Path.of("").toAbsolutePath(), List.of());

        SourceExcerpts.Excerpt excerpt = sources.excerpt(here).orElseThrow();

        assertEquals(here.getLineNumber(), excerpt.line());
        assertEquals(here.getLineNumber() - SourceExcerpts.CONTEXT, excerpt.firstLine());
        assertEquals(2 * SourceExcerpts.CONTEXT + 1, excerpt.lines().size());
        String atFault = excerpt.lines().get(excerpt.line() - excerpt.firstLine());
        assertTrue(atFault.contains("marker for SourceExcerptsTest"), atFault);
        assertTrue(sources.find(here).orElseThrow().endsWith(Path.of("src/test/java/dev/cairn/web/errors/"
                + "SourceExcerptsTest.java")));
    }

    @Test
    void rootsAreTheFolderTheModulesBelowItAndTheSettingsExtras() throws IOException {
        Files.createDirectories(project.resolve("src/main/java"));
        Files.createDirectories(project.resolve("blog/src/test/java"));
        Files.createDirectories(project.resolve("blog/src/main/java"));
        Files.createDirectories(project.resolve("shop/src/main/java"));
        Files.createDirectories(project.resolve("docs"));
        Files.createDirectories(project.resolve("generated/java"));

        SourceExcerpts sources = SourceExcerpts.forProject(project, List.of("generated/java", "absent/java"));

        assertEquals(List.of(project.resolve("src/main/java"), project.resolve("blog/src/main/java"),
                project.resolve("blog/src/test/java"), project.resolve("shop/src/main/java"),
                project.resolve("generated/java")), sources.roots());
    }

    @Test
    void aFrameIsFoundByItsPackagePathAndFileNameInTheFirstRootHoldingIt() throws IOException {
        Path early = write("early/dev/blog/PostView.java", lines(20));
        write("late/dev/blog/PostView.java", lines(20));
        SourceExcerpts sources = new SourceExcerpts(List.of(project.resolve("early"), project.resolve("late")));

        StackTraceElement nested = new StackTraceElement("dev.blog.PostView$Inner", "handle", "PostView.java", 7);
        assertEquals(Optional.of(early), sources.find(nested));
        assertEquals(List.of("line 2", "line 3", "line 4", "line 5", "line 6", "line 7", "line 8", "line 9",
                "line 10", "line 11", "line 12"), sources.excerpt(nested).orElseThrow().lines());
    }

    static Stream<Arguments> framesWithoutExcerpt() {
        return Stream.of(
                Arguments.of("no file name", new StackTraceElement("dev.blog.PostView", "handle", null, 3)),
                Arguments.of("no line", new StackTraceElement("dev.blog.PostView", "handle", "PostView.java", -1)),
                Arguments.of("native", new StackTraceElement("dev.blog.PostView", "handle", "PostView.java", -2)),
                Arguments.of("line past the end",
                        new StackTraceElement("dev.blog.PostView", "handle", "PostView.java", 21)),
                Arguments.of("file not in any root", new StackTraceElement("java.lang.String", "x", "String.java", 1)),
                Arguments.of("a file name with a path",
                        new StackTraceElement("dev.blog.PostView", "handle", "../blog/PostView.java", 3)),
                Arguments.of("default package", new StackTraceElement("Main", "main", "Main.java", 1)));
    }

    @ParameterizedTest(name = "{0}: no excerpt")
    @MethodSource("framesWithoutExcerpt")
    void framesWhoseLinesCannotBeFoundHaveNoExcerpt(String why, StackTraceElement frame) throws IOException {
        write("src/main/java/dev/blog/PostView.java", lines(20));
        SourceExcerpts sources = SourceExcerpts.forProject(project, List.of());
        assertEquals(Optional.empty(), sources.excerpt(frame));
    }

    @Test
    void aClassInTheDefaultPackageIsFoundAtTheRoot() throws IOException {
        write("src/main/java/Main.java", lines(3));
        SourceExcerpts sources = SourceExcerpts.forProject(project, List.of());
        assertEquals(List.of("line 1", "line 2", "line 3"),
                sources.excerpt(new StackTraceElement("Main", "main", "Main.java", 1)).orElseThrow().lines());
    }

    @Test
    void anEditedFileIsReadAgain() throws IOException {
        Path file = write("src/main/java/dev/blog/PostView.java", lines(3));
        SourceExcerpts sources = SourceExcerpts.forProject(project, List.of());
        StackTraceElement frame = new StackTraceElement("dev.blog.PostView", "handle", "PostView.java", 2);
        assertEquals("line 2", sources.excerpt(frame).orElseThrow().lines().get(1));

        Files.writeString(file, "changed 1\nchanged 2\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));

        assertEquals("changed 2", sources.excerpt(frame).orElseThrow().lines().get(1));
    }

    @Test
    void aFileThatIsNotUtf8HasNoExcerpt() throws IOException {
        Path file = project.resolve("src/main/java/dev/blog/PostView.java");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[]{'a', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        SourceExcerpts sources = SourceExcerpts.forProject(project, List.of());
        assertEquals(Optional.empty(),
                sources.excerpt(new StackTraceElement("dev.blog.PostView", "h", "PostView.java", 1)));
    }

    static Stream<Arguments> windows() {
        return Stream.of(
                Arguments.of(20, 1, 1, 6),
                Arguments.of(20, 3, 1, 8),
                Arguments.of(20, 10, 5, 15),
                Arguments.of(20, 20, 15, 20),
                Arguments.of(1, 1, 1, 1));
    }

    @ParameterizedTest(name = "line {1} of {0}: lines {2}-{3}")
    @MethodSource("windows")
    void anExcerptIsFiveLinesEachSideCutAtTheEnds(int size, int line, int first, int last) {
        SourceExcerpts.Excerpt excerpt = SourceExcerpts.Excerpt.around(lines(size), line).orElseThrow();
        assertEquals(first, excerpt.firstLine());
        assertEquals(last - first + 1, excerpt.lines().size());
        assertEquals("line " + first, excerpt.lines().getFirst());
        assertEquals("line " + last, excerpt.lines().getLast());
    }

    @Test
    void anExcerptHighlightsItsLineAndEscapes() {
        SourceExcerpts.Excerpt excerpt = new SourceExcerpts.Excerpt(7, 8, List.of("a < b", "if (x && y)", "}"));
        Html html = Html.fragment();
        excerpt.writeTo(html);
        assertEquals("<ol class=\"source\" start=\"7\"><li>a &lt; b</li>\n<li class=\"here\">if (x &amp;&amp; y)"
                + "</li>\n<li>}</li>\n</ol>\n", html.toString());
    }

    private Path write(String relative, List<String> lines) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, lines);
    }

    private static List<String> lines(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "line " + i).toList();
    }
}
