package dev.cairn.web.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Autoescaping is on for every variable, and only an explicit filter or tag turns it off. */
class EscapingTest {

    @TempDir
    Path folder;

    static Stream<Arguments> escapedValues() {
        return Stream.of(
                Arguments.of("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
                Arguments.of("\"double\"", "&quot;double&quot;"),
                Arguments.of("it's", "it&#39;s"),
                Arguments.of("a & b", "a &amp; b"),
                Arguments.of("\" onmouseover=\"x", "&quot; onmouseover=&quot;x"),
                Arguments.of("plain text", "plain text"),
                Arguments.of(42, "42"));
    }

    @ParameterizedTest
    @MethodSource("escapedValues")
    void variablesAreHtmlEscaped(Object value, String expected) {
        Templates templates = TemplateFolders.single(folder, "page.html", "[{{ value }}]");

        assertEquals("[" + expected + "]", templates.render("page.html", Map.of("value", value)));
    }

    @ParameterizedTest
    @MethodSource("escapedValues")
    void attributeValuesCannotBreakOut(Object value, String expected) {
        Templates templates = TemplateFolders.single(folder, "a.html", "<a title=\"{{ value }}\">");

        assertEquals("<a title=\"" + expected + "\">", templates.render("a.html", Map.of("value", value)));
    }

    static Stream<Arguments> optOuts() {
        return Stream.of(
                Arguments.of("raw filter", "{{ value | raw }}", "<b>bold</b>"),
                Arguments.of("autoescape false", "{% autoescape false %}{{ value }}{% endautoescape %}",
                        "<b>bold</b>"),
                Arguments.of("escape filter twice is once", "{{ value | escape }}", "&lt;b&gt;bold&lt;/b&gt;"),
                Arguments.of("concatenation stays escaped", "{{ value ~ '!' }}", "&lt;b&gt;bold&lt;/b&gt;!"),
                Arguments.of("template text is never escaped", "<i>{{ value }}</i>", "<i>&lt;b&gt;bold&lt;/b&gt;</i>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optOuts")
    void onlyAnExplicitOptOutRendersRawHtml(String why, String source, String expected) {
        Templates templates = TemplateFolders.single(folder, "page.html", source);

        assertEquals(expected, templates.render("page.html", Map.of("value", "<b>bold</b>")));
    }

    @Test
    void undefinedVariableRendersEmpty() {
        Templates templates = TemplateFolders.single(folder, "page.html", "[{{ missing }}][{{ user.name }}]");

        assertEquals("[][]", templates.render("page.html", Map.of()));
    }

    @Test
    void undefinedVariableRendersEmptyInDebugToo() {
        Templates templates = Templates.builder()
                .folder(TemplateFolders.write(folder, "page.html", "[{{ missing }}]{% if user %}in{% endif %}"))
                .debug(true)
                .build();

        assertEquals("[]", templates.render("page.html", Map.of()));
    }

    @Test
    void nullValuesInTheContextAreAllowed() {
        Templates templates = TemplateFolders.single(folder, "page.html", "[{{ value }}]");
        Map<String, Object> context = new HashMap<>();
        context.put("value", null);

        assertEquals("[]", templates.render("page.html", context));
    }

    @Test
    void csrfTokenIsReadFromTheContextAndEscaped() {
        Templates templates = TemplateFolders.single(folder, "form.html",
                "<input name=\"csrfmiddlewaretoken\" value=\"{{ csrf_token() }}\">");

        assertEquals("<input name=\"csrfmiddlewaretoken\" value=\"t&lt;k\">",
                templates.render("form.html", Map.of("csrf_token", "t<k")));
    }

    @Test
    void csrfTokenIsEmptyWithoutOne() {
        Templates templates = TemplateFolders.single(folder, "form.html", "[{{ csrf_token() }}]");

        assertEquals("[]", templates.render("form.html", Map.of()));
    }
}
