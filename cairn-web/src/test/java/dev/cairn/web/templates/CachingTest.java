package dev.cairn.web.templates;

import static dev.cairn.web.templates.TemplateFolders.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsed templates are cached in production and re-read in debug. */
class CachingTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "debug={0}")
    @CsvSource({"false, old {{ v }}", "true, new {{ v }}"})
    void editedTemplateShowsOnlyInDebug(boolean debug, String expected) {
        write(folder, "page.html", "old {{ v }}");
        Templates templates = Templates.builder().folder(folder).debug(debug).build();
        assertEquals("old 1", templates.render("page.html", Map.of("v", 1)));

        write(folder, "page.html", "new {{ v }}");

        assertEquals(expected.replace("{{ v }}", "2"), templates.render("page.html", Map.of("v", 2)));
    }

    @ParameterizedTest(name = "debug={0}")
    @CsvSource({"false, base old", "true, base new"})
    void editedParentShowsOnlyInDebug(boolean debug, String expected) {
        write(folder, "base.html", "base old");
        write(folder, "child.html", "{% extends \"base.html\" %}");
        Templates templates = Templates.builder().folder(folder).debug(debug).build();
        assertEquals("base old", templates.render("child.html", Map.of()));

        write(folder, "base.html", "base new");

        assertEquals(expected, templates.render("child.html", Map.of()));
    }

    @Test
    void cachedTemplateRendersEachContextAfresh() {
        Templates templates = TemplateFolders.single(folder, "page.html", "{{ v }}");

        assertEquals("a", templates.render("page.html", Map.of("v", "a")));
        assertEquals("b", templates.render("page.html", Map.of("v", "b")));
    }

    @Test
    void debugPicksUpATemplateCreatedAfterAMiss() {
        Templates templates = Templates.builder().folder(folder).debug(true).build();
        assertThrows(TemplateError.class,
                () -> templates.render("late.html", Map.of()));

        write(folder, "late.html", "here now");

        assertEquals("here now", templates.render("late.html", Map.of()));
    }
}
