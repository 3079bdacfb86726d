package dev.cairn.web.templates;

import static dev.cairn.web.templates.TemplateFolders.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Templates#exists} and {@link Templates#source} look a name up as rendering would, without parsing. */
class ExistsAndSourceTest {

    @TempDir
    Path project;

    @TempDir
    Path app;

    private Templates templates() {
        write(project, "404.html", "project 404 {{ broken(");
        write(project, "blog/post.html", "project post");
        write(app, "blog/post.html", "app post");
        write(app, "blog/list.html", "line 1\nline 2");
        return Templates.builder().folder(project).folder(app).build();
    }

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("404.html", true),
                Arguments.of("blog/post.html", true),
                Arguments.of("blog/list.html", true),
                Arguments.of("500.html", false),
                Arguments.of("blog", false),
                Arguments.of("../escape.html", false),
                Arguments.of("/404.html", false),
                Arguments.of("blog\\post.html", false),
                Arguments.of(" ", false));
    }

    @ParameterizedTest(name = "exists({0}) is {1}")
    @MethodSource("names")
    void existsFollowsTheLookupAndRefusesClimbingNames(String name, boolean exists) {
        assertEquals(exists, templates().exists(name));
    }

    @Test
    void aTemplateThatDoesNotParseStillExists() {
        assertEquals(Optional.of("project 404 {{ broken("), templates().source("404.html"));
    }

    @Test
    void sourceIsTheFirstFoldersText() {
        Templates templates = templates();
        assertEquals(Optional.of("project post"), templates.source("blog/post.html"));
        assertEquals(Optional.of("line 1\nline 2"), templates.source("blog/list.html"));
    }

    @Test
    void sourceOfAMissingOrClimbingNameIsEmpty() throws Exception {
        Files.writeString(project.getParent().resolve("outside.html"), "secret");
        Templates templates = templates();
        assertEquals(Optional.empty(), templates.source("500.html"));
        assertEquals(Optional.empty(), templates.source("../outside.html"));
    }

    @Test
    void classpathTemplatesExistToo() {
        Templates templates = Templates.builder().classpath("no-such-prefix", getClass().getClassLoader()).build();
        assertEquals(false, templates.exists("404.html"));
        assertEquals(Optional.empty(), templates.source("404.html"));
    }
}
