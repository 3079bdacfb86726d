package dev.cairn.web.errors;

import static dev.cairn.web.errors.ErrorSite.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.Response;
import dev.cairn.web.TestSettings;
import dev.cairn.web.WebApp;
import dev.cairn.web.templates.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A project replaces a page with a view or a {@code <status>.html} template; a broken replacement falls back. */
class ReplacementPagesTest {

    @TempDir
    Path folder;

    private Templates templates(String... namesAndTexts) throws IOException {
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Files.writeString(folder.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
        }
        return Templates.builder().folder(folder).build();
    }

    @Test
    void aViewReplacesThePageAndSeesTheFailure() {
        List<ErrorPages.Failure> seen = new ArrayList<>();
        ErrorPages errors = ErrorPages.builder().page(404, request -> {
            seen.add((ErrorPages.Failure) request.attribute(ErrorPages.FAILURE));
            return Response.text("custom not found");
        }).build();
        ErrorSite.Answer answer = get(ErrorSite.withErrors(TestSettings.production(), errors), "/nowhere/");

        assertEquals(404, answer.status());
        assertEquals("custom not found", answer.body());
        assertEquals(404, seen.getFirst().status());
        assertNull(seen.getFirst().error());
        assertTrue(seen.getFirst().tried().contains("posts/<int:pk>/"));
    }

    static Stream<Arguments> brokenViews() {
        return Stream.of(
                Arguments.of("throws", (dev.cairn.web.View) r -> {
                    throw new IllegalStateException("the 500 page broke");
                }),
                Arguments.of("returns null", (dev.cairn.web.View) r -> null));
    }

    @ParameterizedTest(name = "a replacement view that {0} gives the built-in page")
    @MethodSource("brokenViews")
    void aBrokenViewFallsBackToTheBuiltInPage(String why, dev.cairn.web.View view) {
        WebApp app = ErrorSite.withErrors(TestSettings.production(), ErrorPages.builder().page(500, view).build());
        ErrorSite.Answer answer = get(app, "/boom/");
        assertEquals(500, answer.status());
        assertEquals(BuiltinPages.plain(500).text(), answer.body());
    }

    @Test
    void aStatusTemplateIsRenderedWithStatusReasonAndTheEscapedPath() throws IOException {
        Templates templates = templates("404.html", "<p>{{ status }} {{ reason }}: {{ request_path }}</p>");
        WebApp app = ErrorSite.withTemplates(TestSettings.production(), templates);

        ErrorSite.Answer answer = get(app, "/missing/%3Cb%3Ebold%3C%2Fb%3E/");

        assertEquals(404, answer.status());
        assertEquals("<p>404 Not Found: /missing/&lt;b&gt;bold&lt;/b&gt;/</p>", answer.body());
        assertEquals("text/html; charset=utf-8", answer.header("Content-Type"));
    }

    @Test
    void eachStatusHasItsOwnTemplate() throws IOException {
        Templates templates = templates("500.html", "oops {{ status }}", "403.html", "no {{ reason }}");
        WebApp app = ErrorSite.withTemplates(TestSettings.production(), templates);
        assertEquals("oops 500", get(app, "/boom/").body());
        assertEquals("no Forbidden", get(app, "/forbidden/").body());
        assertEquals(BuiltinPages.plain(400).text(), get(app, "/bad/").body());
        assertEquals(BuiltinPages.plain(404).text(), get(app, "/nowhere/").body());
    }

    @Test
    void aTemplateThatFailsFallsBackToTheBuiltInPage() throws IOException {
        Templates templates = templates("404.html", "{% if %}", "500.html", "{{ nope() }}");
        WebApp app = ErrorSite.withTemplates(TestSettings.production(), templates);
        assertEquals(BuiltinPages.plain(404).text(), get(app, "/nowhere/").body());
        assertEquals(BuiltinPages.plain(500).text(), get(app, "/boom/").body());
    }

    @Test
    void errorPagesBuiltWithTemplatesUseThem() throws IOException {
        Templates templates = templates("405.html", "not {{ reason }}");
        ErrorPages errors = ErrorPages.builder().templates(templates).build();
        ErrorSite.Answer answer = get(ErrorSite.withErrors(TestSettings.production(), errors), "/only-post/");
        assertEquals(405, answer.status());
        assertEquals("not Method Not Allowed", answer.body());
        assertEquals("POST", answer.header("Allow"));
    }

    @Test
    void aViewWinsOverATemplate() throws IOException {
        ErrorPages errors = ErrorPages.builder().templates(templates("404.html", "template"))
                .page(404, r -> Response.text("view")).build();
        assertEquals("view", get(ErrorSite.withErrors(TestSettings.production(), errors), "/nowhere/").body());
    }

    @Test
    void templatesAreNotUsedInDebug() throws IOException {
        WebApp app = ErrorSite.withTemplates(TestSettings.debug(), templates("404.html", "template"));
        assertTrue(get(app, "/nowhere/").body().contains("Cairn tried these"));
    }

    @Test
    void aStatusOutsideTheErrorRangeCannotBeReplaced() {
        var error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ErrorPages.builder().page(302, r -> Response.text("x")));
        assertEquals("an error page is for a 4xx or 5xx status, not 302", error.getMessage());
    }
}
