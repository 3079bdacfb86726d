package dev.cairn.web.csrf;

import static dev.cairn.web.csrf.CsrfSite.SECRET;
import static dev.cairn.web.csrf.CsrfSite.http;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.Response;
import dev.cairn.web.TestSettings;
import dev.cairn.web.Urls;
import dev.cairn.web.WebApp;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.templates.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The token in templates: {@code csrf_input}, {@code csrf_htmx}, {@code csrf_token} and {@code csrf_token()}, each
 * printing a token that the site then accepts, as a form, an htmx request or a fetch would send it back.
 */
class CsrfTemplatesTest {

    @TempDir
    Path folder;

    static Stream<Arguments> variables() {
        return Stream.of(
                Arguments.of("form", "<form method=\"post\"><input type=\"hidden\" name=\"csrfmiddlewaretoken\" "
                        + "value=\"(T)\"></form>", "form"),
                Arguments.of("htmx", "<body hx-headers='\\{\"X-CSRFToken\": \"(T)\"\\}'>", "header"),
                Arguments.of("fetch", "<script>const token = \"(T)\";</script>", "header"),
                Arguments.of("function", "<input value=\"(T)\">", "form"));
    }

    @ParameterizedTest(name = "{0}.html prints a token the site accepts")
    @MethodSource
    void variables(String page, String shape, String sentAs) {
        WebApp app = CsrfSite.site(CsrfSite.settings(), folder);
        String cookie = "csrftoken=" + SECRET;
        String html = CsrfSite.text(app.handle(http("GET", "/page/" + page + "/", "", "Cookie", cookie)));

        Matcher matcher = Pattern.compile(shape.replace("(T)", "([a-zA-Z0-9]{64})")).matcher(html);
        assertTrue(matcher.matches(), html);
        String token = matcher.group(1);
        var back = sentAs.equals("form")
                ? app.handle(http("POST", "/form/", CsrfSite.formWith(token), "Cookie", cookie))
                : app.handle(http("POST", "/form/", "name=Ada", "Cookie", cookie, "X-CSRFToken", token));
        assertEquals(200, back.status());
    }

    @Test
    void htmxGetsTheRenamedHeader() {
        WebApp app = CsrfSite.site(CsrfSite.settings(CsrfMiddleware.CSRF_HEADER_NAME, "X-XSRF-Token"), folder);
        String html = CsrfSite.text(app.handle(http("GET", "/page/htmx/", "")));

        assertTrue(html.startsWith("<body hx-headers='{\"X-XSRF-Token\": \""), html);
    }

    @Test
    void theInputCannotBeUnescapedIntoSomethingElse() {
        WebApp app = CsrfSite.site(CsrfSite.settings(), folder);
        String html = CsrfSite.text(app.handle(http("GET", "/page/form/", "", "Cookie",
                "csrftoken=\"><script>alert(1)</script>")));

        assertTrue(!html.contains("<script>"), "a malformed cookie is replaced, never printed: " + html);
    }

    @Test
    void withoutTheMiddlewareTemplatesPrintNothingAndViewsAreTold() throws Exception {
        Files.writeString(folder.resolve("all.html"), "[{{ csrf_input }}|{{ csrf_htmx }}|{{ csrf_token }}]");
        WebApp app = WebApp.builder()
                .settings(Settings.builder().debug(true).secretKey(TestSettings.SECRET_KEY).build())
                .templates(Templates.builder().folder(folder))
                .routes(Urls.path("", r -> r.render("all.html", Map.of()), "home"),
                        Urls.path("token/", r -> Response.text(Csrf.token(r)), "token"))
                .build();

        assertEquals("[||]", CsrfSite.text(app.handle(http("GET", "/", ""))));
        String page = CsrfSite.text(app.handle(http("GET", "/token/", "")));
        assertTrue(page.contains("No CSRF token without CsrfMiddleware: add it to the site"), page);
        assertTrue(page.contains("(Middlewares.defaults has it)"), page);
    }

    @Test
    void exemptionIsSeenOnTheWrapperAndTheAnnotatedClass() {
        assertTrue(Csrf.isExempt(Csrf.exempt(r -> Response.text("x"))));
        assertTrue(Csrf.isExempt(new CsrfSite.Hook()));
        assertTrue(Csrf.isExempt(new CsrfSite.Hook() {
        }), "a subclass of an exempt class is exempt");
        assertEquals(false, Csrf.isExempt(r -> Response.text("x")));
    }
}
