package dev.cairn.web.templates;

import static dev.cairn.web.templates.TemplateFolders.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One block renders alone for htmx, and context processors sit under the view's context. */
class BlocksAndContextTest {

    @TempDir
    Path project;

    @TempDir
    Path app;

    private Templates blog() {
        write(project, "base.html", "<html>{% block nav %}nav {{ user }}{% endblock %}"
                + "{% block content %}{% endblock %}</html>");
        write(app, "blog/post.html", "{% extends \"base.html\" %}{% block content %}<h1>{{ title }}</h1>"
                + "{% block comments %}<ul>{% for c in comments %}<li>{{ c }}</li>{% endfor %}</ul>"
                + "{% endblock %}{% endblock %}");
        return Templates.builder().folder(project).folder(app).build();
    }

    static Stream<Arguments> blocks() {
        return Stream.of(
                Arguments.of("comments", "<ul><li>&lt;hi&gt;</li><li>yo</li></ul>"),
                Arguments.of("content", "<h1>T</h1><ul><li>&lt;hi&gt;</li><li>yo</li></ul>"),
                Arguments.of("nav", "nav ann"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void renderBlockRendersOnlyThatBlockOfAChild(String block, String expected) {
        Map<String, Object> context = Map.of("title", "T", "comments", List.of("<hi>", "yo"), "user", "ann");

        assertEquals(expected, blog().renderBlock("blog/post.html", block, context));
    }

    @Test
    void wholeTemplateStillRendersAroundTheBlock() {
        Map<String, Object> context = Map.of("title", "T", "comments", List.of("c"), "user", "ann");

        assertEquals("<html>nav ann<h1>T</h1><ul><li>c</li></ul></html>", blog().render("blog/post.html", context));
    }

    @Test
    void renderBlockRunsContextProcessors() {
        write(project, "page.html", "{% block who %}{{ user }}{% endblock %} rest");
        Templates templates = Templates.builder()
                .folder(project)
                .contextProcessor(request -> Map.of("user", "user of " + request))
                .build();

        assertEquals("user of req", templates.renderBlock("page.html", "who", Map.of(), "req"));
    }

    static Stream<Arguments> precedence() {
        return Stream.of(
                Arguments.of("processor only", Map.of(), "[p2 site][p1 user][-]"),
                Arguments.of("view wins over processors", Map.of("user", "view user"), "[p2 site][view user][-]"),
                Arguments.of("view adds its own", Map.of("extra", "x"), "[p2 site][p1 user][x]"),
                Arguments.of("view wins over later processor", Map.of("site", "view site"),
                        "[view site][p1 user][-]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("precedence")
    void contextProcessorsMergeUnderTheView(String why, Map<String, Object> view, String expected) {
        write(project, "page.html", "[{{ site }}][{{ user }}][{{ extra | default('-') }}]");
        Templates templates = Templates.builder()
                .folder(project)
                .contextProcessor(request -> Map.of("site", "p1 site", "user", "p1 user"))
                .contextProcessor(request -> Map.of("site", "p2 site"))
                .build();

        assertEquals(expected, templates.render("page.html", view, new Object()));
    }

    @Test
    void processorsReceiveTheRequestInRegistrationOrder() {
        List<String> calls = new ArrayList<>();
        write(project, "page.html", "{{ a }}{{ b }}");
        Templates templates = Templates.builder()
                .folder(project)
                .contextProcessor(request -> {
                    calls.add("first " + request);
                    return Map.of("a", "1");
                })
                .contextProcessor(request -> {
                    calls.add("second " + request);
                    return Map.of("b", "2");
                })
                .build();

        assertEquals("12", templates.render("page.html", Map.of(), "GET /"));
        assertEquals(List.of("first GET /", "second GET /"), calls);
    }

    @Test
    void renderWithoutRequestRunsNoProcessors() {
        write(project, "page.html", "[{{ user }}]");
        List<Object> calls = new ArrayList<>();
        Templates templates = Templates.builder()
                .folder(project)
                .contextProcessor(request -> {
                    calls.add(request);
                    return Map.of("user", "u");
                })
                .build();

        assertEquals("[]", templates.render("page.html", Map.of()));
        assertEquals(List.of(), calls);
    }

    @Test
    void processorValuesAreEscaped() {
        write(project, "page.html", "{{ banner }}");
        Templates templates = Templates.builder()
                .folder(project)
                .contextProcessor(request -> Map.of("banner", "<b>sale</b>"))
                .build();

        assertEquals("&lt;b&gt;sale&lt;/b&gt;", templates.render("page.html", Map.of(), "r"));
    }
}
