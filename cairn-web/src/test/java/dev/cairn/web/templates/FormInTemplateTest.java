package dev.cairn.web.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.http.Params;
import dev.cairn.web.forms.Fields;
import dev.cairn.web.forms.Form;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** A bound form drawn by a template the way projects write them: each field's value, errors and flags. */
class FormInTemplateTest {

    @TempDir
    Path folder;

    static Stream<Arguments> fieldsInTemplates() {
        return Stream.of(
                Arguments.of("{% for f in form %}{% for e in f.errors %}[{{ e }}]{% endfor %}{% endfor %}",
                        Params.of("name", ""), "[This field is required.]"),
                Arguments.of("{% for f in form %}{{ f.invalid }}{% endfor %}", Params.of("name", ""), "true"),
                Arguments.of("{% for f in form %}{{ f.invalid }}{% endfor %}", Params.of("name", "Ada"), "false"),
                Arguments.of("{% for f in form %}{{ f.value }}|{{ f.type }}|{{ f.required }}{% endfor %}",
                        Params.of("name", "<Ada>"), "&lt;Ada&gt;|text|true"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void fieldsInTemplates(String template, Params data, String expected) throws IOException {
        Files.writeString(folder.resolve("form.html"), template);
        Form form = Form.of(Fields.text("name")).bind(data);
        String html = Templates.builder().folder(folder).build().render("form.html", Map.of("form",
                form.boundFields()));
        assertEquals(expected, html);
    }
}
