package dev.cairn.web.templates;

import static dev.cairn.web.templates.TemplateFolders.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code url()} and {@code static()} call what the framework registered. */
class FunctionsTest {

    @TempDir
    Path folder;

    /** Echoes the name and arguments, with each argument's type, to show exactly what the reverser received. */
    private static final UrlReverser ECHO = (name, args) -> "/" + name + args.stream()
            .map(a -> a == null ? "null" : a + ":" + a.getClass().getSimpleName())
            .collect(Collectors.joining(",", "(", ")"));

    private Templates templates(String source) {
        return Templates.builder()
                .folder(write(folder, "page.html", source))
                .urls(ECHO)
                .staticUrls(path -> "/static/" + path + "?v=1")
                .build();
    }

    static Stream<Arguments> urlCalls() {
        return Stream.of(
                Arguments.of("{{ url('home') }}", "/home()"),
                Arguments.of("{{ url('blog:post', 7) }}", "/blog:post(7:Long)"),
                Arguments.of("{{ url('blog:post', post.id, 'slug') }}", "/blog:post(42:Integer,slug:String)"),
                Arguments.of("{{ url('a', 1, 2, 3, 4) }}", "/a(1:Long,2:Long,3:Long,4:Long)"),
                Arguments.of("{{ url('a', missing) }}", "/a(null)"),
                Arguments.of("{{ url(name) }}", "/dyn()"),
                Arguments.of("<a href=\"{{ url('q', 'x&y') }}\">", "<a href=\"/q(x&amp;y:String)\">"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urlCalls")
    void urlPassesNameAndPositionalArgumentsInOrder(String source, String expected) {
        Map<String, Object> context = Map.of("post", Map.of("id", 42), "name", "dyn");

        assertEquals(expected, templates(source).render("page.html", context));
    }

    static Stream<Arguments> staticCalls() {
        return Stream.of(
                Arguments.of("{{ static('css/site.css') }}", "/static/css/site.css?v=1"),
                Arguments.of("{{ static(path='js/app.js') }}", "/static/js/app.js?v=1"),
                Arguments.of("<img src=\"{{ static(logo) }}\">", "<img src=\"/static/img/&quot;logo&quot;.png?v=1\">"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("staticCalls")
    void staticCallsTheRegisteredStaticUrls(String source, String expected) {
        assertEquals(expected, templates(source).render("page.html", Map.of("logo", "img/\"logo\".png")));
    }

    @Test
    void functionsWorkInsideIncludedAndParentTemplates() {
        write(folder, "base.html", "<link href=\"{{ static('site.css') }}\">{% block body %}{% endblock %}");
        write(folder, "_nav.html", "<a href=\"{{ url('home') }}\">");
        Templates templates = templates("{% extends \"base.html\" %}{% block body %}{% include \"_nav.html\" %}"
                + "{% endblock %}");

        assertEquals("<link href=\"/static/site.css?v=1\"><a href=\"/home()\">",
                templates.render("page.html", Map.of()));
    }

    @Test
    void reverserIsCalledOncePerCall() {
        List<String> calls = new ArrayList<>();
        Templates templates = Templates.builder()
                .folder(write(folder, "page.html", "{% for i in [1, 2] %}{{ url('n', i) }}{% endfor %}"))
                .urls((name, args) -> {
                    calls.add(name + args);
                    return "/" + args.get(0);
                })
                .build();

        assertEquals("/1/2", templates.render("page.html", Map.of()));
        assertEquals(List.of("n[1]", "n[2]"), calls);
    }

    static Stream<Arguments> failingCalls() {
        return Stream.of(
                Arguments.of("\n{{ url('nope') }}", "page.html line 2: url(): no route named nope"),
                Arguments.of("{{ url() }}", "page.html line 1: url(): needs a route name as its first argument"),
                Arguments.of("\n\n{{ static(none) }}", "page.html line 3: static(): needs the path of a static file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingCalls")
    void failingFunctionIsATemplateErrorAtTheCallingLine(String source, String message) {
        Templates templates = Templates.builder()
                .folder(write(folder, "page.html", source))
                .urls((name, args) -> {
                    throw new IllegalArgumentException("no route named " + name);
                })
                .staticUrls(path -> "/static/" + path)
                .build();

        TemplateError error = assertThrows(TemplateError.class, () -> templates.render("page.html", Map.of()));
        assertEquals(message, error.getMessage());
    }

    static Stream<Arguments> unwiredCalls() {
        return Stream.of(
                Arguments.of("{{ url('home') }}",
                        "page.html line 1: url(): no UrlReverser; register one with Templates.builder().urls(...)"),
                Arguments.of("{{ static('a.css') }}", "page.html line 1: static(): no StaticUrls; register one with "
                        + "Templates.builder().staticUrls(...)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unwiredCalls")
    void functionWithoutItsBackEndSaysHowToWireIt(String source, String message) {
        Templates templates = TemplateFolders.single(folder, "page.html", source);

        TemplateError error = assertThrows(TemplateError.class, () -> templates.render("page.html", Map.of()));
        assertEquals(message, error.getMessage());
    }
}
