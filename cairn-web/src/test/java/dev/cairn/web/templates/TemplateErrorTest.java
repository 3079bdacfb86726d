package dev.cairn.web.templates;

import static dev.cairn.web.templates.TemplateFolders.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every failure names the template at fault and, when there is one, the line. */
class TemplateErrorTest {

    @TempDir
    Path folder;

    static Stream<Arguments> brokenTemplates() {
        return Stream.of(
                Arguments.of("unclosed block tag", "a\nb\n{% if x %}\nc", "blog/post.html", 4,
                        "blog/post.html line 4: Unexpected end of template. Pebble was looking for the \"endif\" tag"),
                Arguments.of("unknown function", "line one\n{{ nope(1) }}", "blog/post.html", 2,
                        "blog/post.html line 2: Function or Macro [nope] does not exist."),
                Arguments.of("unknown filter", "\n\n\n{{ x | nope }}", "blog/post.html", 4,
                        "blog/post.html line 4: Filter [nope] does not exist."),
                Arguments.of("unclosed print", "{{ x", "blog/post.html", 1,
                        "blog/post.html line 1: Unexpected token of value \"null\" and type EOF, "
                                + "expected token of type PRINT_END"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTemplates")
    void brokenTemplateNamesFileAndLine(String why, String source, String file, int line, String message) {
        Templates templates = TemplateFolders.single(folder, "blog/post.html", source);

        TemplateError error = assertThrows(TemplateError.class, () -> templates.render("blog/post.html", Map.of()));
        assertEquals(message, error.getMessage());
        assertEquals(file, error.templateName());
        assertEquals(OptionalInt.of(line), error.line());
    }

    @Test
    void missingTemplateNamesItWithoutALine() {
        Templates templates = TemplateFolders.single(folder, "present.html", "x");

        TemplateError error = assertThrows(TemplateError.class, () -> templates.render("blog/absent.html", Map.of()));
        assertEquals("blog/absent.html", error.templateName());
        assertEquals(OptionalInt.empty(), error.line());
        assertEquals("blog/absent.html: Could not find template \"blog/absent.html\"", error.getMessage());
    }

    @Test
    void errorInIncludedTemplateNamesTheIncludedFile() {
        write(folder, "page.html", "one\ntwo\n{% include \"_part.html\" %}");
        Templates templates = TemplateFolders.single(folder, "_part.html", "ok\n{{ broken( }}");

        TemplateError error = assertThrows(TemplateError.class, () -> templates.render("page.html", Map.of()));
        assertEquals("_part.html", error.templateName());
        assertEquals(OptionalInt.of(2), error.line());
    }

    @Test
    void missingIncludeNamesTheMissingTemplate() {
        Templates templates = TemplateFolders.single(folder, "page.html", "\n{% include \"_gone.html\" %}");

        TemplateError error = assertThrows(TemplateError.class, () -> templates.render("page.html", Map.of()));
        assertEquals("Could not find template \"_gone.html\"", error.getMessage().replaceFirst("^.*?: ", ""));
    }

    @Test
    void missingParentNamesTheMissingTemplate() {
        Templates templates = TemplateFolders.single(folder, "child.html", "{% extends \"gone.html\" %}");

        TemplateError error = assertThrows(TemplateError.class, () -> templates.render("child.html", Map.of()));
        assertEquals("Could not find template \"gone.html\"", error.getMessage().replaceFirst("^.*?: ", ""));
    }

    @Test
    void renderBlockOfABrokenTemplateIsATemplateError() {
        Templates templates = TemplateFolders.single(folder, "page.html", "{% block a %}\n{{ nope() }}{% endblock %}");

        TemplateError error = assertThrows(TemplateError.class,
                () -> templates.renderBlock("page.html", "a", Map.of()));
        assertEquals("page.html line 2: Function or Macro [nope] does not exist.", error.getMessage());
    }

    @Test
    void errorKeepsPebblesExceptionAsCause() {
        Templates templates = TemplateFolders.single(folder, "page.html", "{% if %}");

        TemplateError error = assertThrows(TemplateError.class, () -> templates.render("page.html", Map.of()));
        assertEquals("io.pebbletemplates.pebble.error.ParserException", error.getCause().getClass().getName());
    }

    @Test
    void renderBlockOfAnUnknownBlockRendersNothing() {
        // Pebble's behaviour, kept and documented: a parent chosen at render time may hold the block, so an
        // absent block cannot be told apart from an empty one before rendering.
        Templates templates = TemplateFolders.single(folder, "page.html", "{% block a %}a{% endblock %}");

        assertEquals("", templates.renderBlock("page.html", "b", Map.of()));
    }
}
