package dev.cairn.web.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.journey.Journey;
import dev.cairn.web.Exchanges;
import dev.cairn.web.HttpError;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.Sites;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.templates.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateViewTest {

    private static final String PAGE = "<html><main>{% block content %}Post {{ pk }} by {{ author }}"
            + "{% endblock %}</main></html>";

    @TempDir
    Path folder;

    Templates templates;

    @BeforeEach
    void writeTemplates() throws IOException {
        Files.writeString(folder.resolve("post.html"), PAGE);
        Files.writeString(folder.resolve("about.html"), "About {{ name }}");
        templates = Templates.builder().folder(folder).build();
    }

    private WebApp site(String pattern, View view) {
        return WebApp.builder().settings(Sites.settings().build()).templates(templates)
                .routes(Routes.path(pattern, view, "page")).build();
    }

    /** Adds the author to the path arguments, as a view that loads its object would. */
    static class PostPage extends TemplateView {
        PostPage() {
            super("post.html");
        }

        @Override
        protected Map<String, Object> context(Request request) throws Exception {
            Map<String, Object> context = super.context(request);
            long pk = request.kwarg("pk", Long.class);
            if (pk == 404) {
                throw HttpError.notFound("no post " + pk);
            }
            context.put("author", "ada");
            return context;
        }
    }

    @Test
    void ofRendersTheTemplateWithThePathArgumentsMergedIntoTheContext() {
        var response = site("about/<name>/", TemplateView.of("about.html")).handle(Exchanges.get("/about/cairn/"));
        assertEquals(200, response.status());
        assertEquals("About cairn", Exchanges.text(response));
        assertEquals("text/html; charset=utf-8", response.headers().first("Content-Type"));
        assertNull(response.headers().first("Vary"));
    }

    @Test
    void aSubclassAddsToTheContextAndTheResponseRemembersIt() throws Exception {
        Response[] seen = new Response[1];
        View recording = request -> {
            seen[0] = new PostPage().handle(request);
            return seen[0];
        };
        var response = site("posts/<int:pk>/", recording).handle(Exchanges.get("/posts/7/"));
        assertEquals("<html><main>Post 7 by ada</main></html>", Exchanges.text(response));
        assertEquals("post.html", seen[0].template());
        assertEquals(Map.of("pk", 7L, "author", "ada"), seen[0].context());
    }

    @Test
    void theContextCanRefuseWithAnHttpError() {
        assertEquals(404, site("posts/<int:pk>/", new PostPage()).handle(Exchanges.get("/posts/404/")).status());
    }

    static Stream<Arguments> htmxRequests() {
        return Stream.of(
                Arguments.of("a plain request", List.of(), false),
                Arguments.of("an htmx request", List.of("HX-Request", "true"), true),
                Arguments.of("a boosted link", List.of("HX-Request", "true", "HX-Boosted", "true"), false),
                Arguments.of("a history restore", List.of("HX-Request", "true", "HX-History-Restore-Request",
                        "true"), false),
                Arguments.of("HX-Request other than true", List.of("HX-Request", "yes"), false));
    }

    @ParameterizedTest(name = "{0} gets the fragment: {2}")
    @MethodSource("htmxRequests")
    void aFragmentIsRenderedOnlyWhenHtmxAsksForOne(String what, List<String> headers, boolean fragment) {
        WebApp app = site("posts/<int:pk>/", new PostPage().fragment("content"));
        var response = app.handle(Exchanges.get("/posts/3/", headers.toArray(String[]::new)));
        assertEquals(fragment ? "Post 3 by ada" : "<html><main>Post 3 by ada</main></html>",
                Exchanges.text(response));
        assertEquals("HX-Request", response.headers().first("Vary"));
    }

    @Test
    void withoutAFragmentHtmxGetsTheWholePageWithoutVary() {
        var response = site("posts/<int:pk>/", new PostPage()).handle(Exchanges.get("/posts/3/", "HX-Request",
                "true"));
        assertEquals("<html><main>Post 3 by ada</main></html>", Exchanges.text(response));
        assertNull(response.headers().first("Vary"));
    }

    @Test
    void ofTakesAFragmentToo() {
        TemplateView view = TemplateView.of("post.html").fragment("content");
        assertEquals("post.html", view.template());
        assertEquals("content", view.fragment());
        var response = site("posts/<int:pk>/", view).handle(Exchanges.get("/posts/9/", "HX-Request", "true"));
        assertEquals("Post 9 by ", Exchanges.text(response));
    }

    @Test
    void theJourneyRecordsTheFragmentRendered() throws Exception {
        Journey journey = Journey.begin("tv-1");
        journey.carry(() -> site("posts/<int:pk>/", new PostPage().fragment("content"))
                .handle(Exchanges.get("/posts/3/", "HX-Request", "true")));
        Journey.Stop rendered = journey.stops("templates").getFirst();
        assertEquals("post.html", rendered.facts().get("template"));
        assertEquals("content", rendered.facts().get("block"));
    }

    @Test
    void pathArgumentsAreEscapedLikeAnyContext() {
        var response = site("about/<name>/", TemplateView.of("about.html"))
                .handle(Exchanges.get("/about/%3Cscript%3E/"));
        assertEquals("About &lt;script&gt;", Exchanges.text(response));
    }

    static Stream<Arguments> methods() {
        return Stream.of(
                Arguments.of("HEAD", 200),
                Arguments.of("OPTIONS", 200),
                Arguments.of("POST", 405),
                Arguments.of("PUT", 405),
                Arguments.of("DELETE", 405));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("methods")
    void onlyGetHeadAndOptionsAreAnswered(String method, int status) {
        var response = site("about/<name>/", TemplateView.of("about.html"))
                .handle(Exchanges.exchange(method, "/about/x/", new byte[0]));
        assertEquals(status, response.status());
        if (status == 405 || method.equals("OPTIONS")) {
            assertEquals("GET, HEAD, OPTIONS", response.headers().first("Allow"));
        }
    }

    @Test
    void aMissingTemplateIsA500() {
        assertEquals(500, site("x/", TemplateView.of("missing.html")).handle(Exchanges.get("/x/")).status());
    }

    @Test
    void blankNamesAreRefusedWhenTheRoutesAreBuilt() {
        assertEquals("a TemplateView needs a template name, such as \"about.html\"",
                assertThrows(IllegalArgumentException.class, () -> TemplateView.of(" ")).getMessage());
        assertEquals("a fragment is a block name, such as \"content\"",
                assertThrows(IllegalArgumentException.class, () -> TemplateView.of("a.html").fragment(""))
                        .getMessage());
        assertThrows(NullPointerException.class, () -> TemplateView.of(null));
    }

    @Test
    void toStringNamesTheTemplateAndFragment() {
        assertEquals("TemplateView[a.html#content]", TemplateView.of("a.html").fragment("content").toString());
        assertEquals("TemplateView[a.html]", TemplateView.of("a.html").toString());
    }
}
