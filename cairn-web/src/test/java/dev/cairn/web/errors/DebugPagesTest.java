package dev.cairn.web.errors;

import static dev.cairn.web.errors.ErrorSite.MARKER;
import static dev.cairn.web.errors.ErrorSite.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.journey.Journey;
import dev.cairn.web.Exchanges;
import dev.cairn.web.TestSettings;
import dev.cairn.web.WebApp;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** In debug, each error page tells the developer what went wrong, and says it does so because DEBUG is on. */
class DebugPagesTest {

    private static final WebApp APP = ErrorSite.debug();
    private static final String NOTE = "You&#39;re seeing this page because DEBUG is on";

    /**
     * Made at run time, so that the source lines the page shows around a frame of this test cannot hold a secret
     * the test looks for.
     */
    private static final String SECRET = Long.toHexString(new java.util.Random().nextLong() | 1L << 62);

    private static String secret(String what) {
        return what + "-" + SECRET;
    }

    @Test
    void the404ListsThePatternsTriedInOrderThePathAndTheMethod() {
        ErrorSite.Answer answer = get(APP, "/nowhere/");
        String body = answer.body();

        assertEquals(404, answer.status());
        assertInOrder(body, "<h1>Not Found (404)</h1>", "<th>Request Method</th><td>GET</td>",
                "<th>Request URL</th><td>/nowhere/</td>", "Cairn tried these, in this order:",
                "<li>(the empty pattern: /)</li>", "<li>posts/&lt;int:pk&gt;/</li>", "<li>boom/</li>",
                "<li>bad/</li>", "<li>reflect/&lt;str:word&gt;/</li>", "<li>only-post/</li>",
                "The current path, /nowhere/, didn&#39;t match any of these.", NOTE);
        assertTrue(body.contains("plain 404 page"), body);
    }

    @Test
    void a404RaisedByAViewShowsItsMessageAndItsRoute() {
        String body = get(APP, "/posts/7/").body();
        assertInOrder(body, "<h1>Not Found (404)</h1>", "<pre>No post 7 " + MARKER + "</pre>",
                "Raised by the view of the route &#39;posts/&lt;int:pk&gt;/&#39; named &#39;post&#39;.", NOTE);
        assertFalse(body.contains("tried these"), body);
    }

    @Test
    void aSiteWithoutRoutesSaysSo() {
        WebApp empty = WebApp.builder().settings(TestSettings.debug()).build();
        String body = get(empty, "/").body();
        assertTrue(body.contains("This site has no URL patterns"), body);
    }

    @Test
    void the405ShowsTheAllowedMethods() {
        ErrorSite.Answer answer = get(APP, "/only-post/");
        assertEquals(405, answer.status());
        assertEquals("POST", answer.header("Allow"));
        assertInOrder(answer.body(), "<h1>Method Not Allowed (405)</h1>",
                "The path /only-post/ matches routes that do not accept GET.", "<ul><li>POST</li>\n</ul>", NOTE);
    }

    static Stream<Arguments> clientErrors() {
        return Stream.of(
                Arguments.of("/bad/", 400, "Bad Request", "bad input " + MARKER),
                Arguments.of("/forbidden/", 403, "Forbidden", "not yours " + MARKER),
                Arguments.of("/large/", 413, "Content Too Large", "too large " + MARKER));
    }

    @ParameterizedTest(name = "GET {0}: {1} with its message")
    @MethodSource("clientErrors")
    void clientErrorsShowTheExceptionsMessage(String target, int status, String reason, String message) {
        ErrorSite.Answer answer = get(APP, target);
        assertEquals(status, answer.status());
        assertInOrder(answer.body(), "<h1>" + reason + " (" + status + ")</h1>", "<pre>" + message + "</pre>",
                "Raised as dev.cairn.web.HttpError.", NOTE);
    }

    @Test
    void aRefusedHostShowsWhatToAddToAllowedHosts() {
        WebApp checksHost = ErrorSite.checkingHosts(TestSettings.debug());
        String body = get(checksHost, "/", "Host", "evil.example").body();
        assertTrue(body.contains("You may need to add &#39;evil.example&#39; to ALLOWED_HOSTS."), body);
        assertTrue(body.contains("Raised as dev.cairn.web.DisallowedHost."), body);
    }

    @Test
    void theTechnicalPageShowsTheWholeExceptionChain() {
        ErrorSite.Answer answer = get(APP, "/boom/");
        assertEquals(500, answer.status());
        assertInOrder(answer.body(), "<h1>Internal Server Error (500)</h1>",
                "<pre>java.lang.IllegalStateException: view failed: " + MARKER + "</pre>", "<h2>Traceback</h2>",
                "<h3>java.lang.IllegalStateException: view failed: " + MARKER + "</h3>",
                "<h3>Caused by: java.io.UncheckedIOException: disk " + MARKER + "</h3>",
                "<h3>Suppressed: java.lang.IllegalArgumentException: while closing</h3>",
                "<h3>Caused by: java.io.IOException: root cause</h3>", "<h2>Request</h2>", "<h2>Settings</h2>",
                "<h2>Journey</h2>", NOTE);
    }

    @Test
    void eachFrameNamesClassMethodFileAndLineWithTheSourceAroundIt() {
        String body = get(APP, "/boom/").body();
        int line = lineOf(ErrorSite.BOOM_LINE);
        assertInOrder(body, "<pre>at dev.cairn.web.errors.ErrorSite.boom(ErrorSite.java:" + line + ")</pre>",
                "<ol class=\"source\" start=\"" + (line - 5) + "\">",
                "<li class=\"here\">        " + Html.escape(ErrorSite.BOOM_LINE) + "</li>", "</ol>");
        assertTrue(body.contains("frames in common with the exception above"), body);
        assertTrue(body.contains("(Method.java:") || body.contains("at java.base") || body.contains("at org.junit"),
                "frames outside the project are listed too");
    }

    @Test
    void theRequestIsShownWithSecretsRedacted() {
        var exchange = Exchanges.exchange("POST", "/boom/?q=visible-query&password=" + secret("query"),
                "name=ann-form&api_token=" + secret("form"), "Content-Type", "application/x-www-form-urlencoded",
                "Authorization", "Bearer " + secret("bearer"), "Proxy-Authorization", "Basic " + secret("proxy"),
                "Cookie", "sessionid=" + secret("cookie") + "; theme=" + secret("theme"), "X-Custom",
                "visible-header", "X-Api-Key", secret("api-key"));
        String body = ErrorSite.Answer.of(APP.handle(exchange)).body();

        assertInOrder(body, "<th>Request URL</th><td>/boom/?q=visible-query&amp;password=********************</td>",
                "<h2>Request</h2>", "<th>Method</th><td>POST</td>", "<th>Path</th><td>/boom/</td>",
                "<th>Query string</th><td>q=visible-query&amp;password=********************</td>",
                "<h3>Query parameters</h3>", "<th>q</th><td>visible-query</td>",
                "<th>password</th><td>********************</td>", "<h3>Form fields</h3>",
                "<th>name</th><td>ann-form</td>", "<th>api_token</th><td>********************</td>",
                "<h3>Headers</h3>", "<th>Authorization</th><td>[redacted]</td>",
                "<th>Proxy-Authorization</th><td>[redacted]</td>", "<th>Cookie</th><td>[redacted]</td>",
                "<th>X-Custom</th><td>visible-header</td>", "<th>X-Api-Key</th><td>********************</td>",
                "<h3>Cookies</h3>", "<li>sessionid</li>", "<li>theme</li>");
        assertFalse(body.contains(SECRET), () -> "a secret leaked into the debug page:\n" + body);
    }

    @Test
    void attributesAreShownAndSecretLookingOnesRedacted() {
        WebApp app = ErrorSite.builder(TestSettings.debug()).middleware("tags", (request, next) -> {
            request.attribute("user", "ann <admin>");
            request.attribute("csrf_token", secret("csrf"));
            return next.proceed(request);
        }).build();
        String body = get(app, "/boom/").body();
        assertInOrder(body, "<h3>Attributes</h3>", "<th>user</th><td>ann &lt;admin&gt;</td>",
                "<th>csrf_token</th><td>********************</td>");
        assertFalse(body.contains(SECRET), body);
    }

    @Test
    void theSettingsAreShownRedacted() {
        String body = get(APP, "/boom/").body();
        assertInOrder(body, "<h2>Settings</h2>", "<th>DEBUG</th><td>true</td>",
                "<th>SECRET_KEY</th><td>********************</td>", "<th>STATIC_URL</th><td>/static/</td>");
        assertFalse(body.contains(TestSettings.SECRET_KEY), "the secret key leaked");
    }

    @Test
    void theJourneySoFarIsATableWhenRecording() throws Exception {
        Journey journey = Journey.begin("debug-42");
        String body = journey.carry(() -> get(APP, "/boom/?password=" + secret("journey"))).body();
        assertInOrder(body, "<h2>Journey</h2>", "Journey debug-42, begun at ",
                "<tr><th>Time</th><td>Layer</td><td>Event</td><td>Facts</td></tr>", "<td>web</td><td>request</td>",
                "method=GET", "target=/boom/?password=********************", "<td>view</td><td>called</td>",
                "route=boom/", "name=boom");
        assertFalse(body.contains(SECRET), body);
    }

    @Test
    void withoutRecordingTheJourneySectionSaysSo() {
        assertTrue(get(APP, "/boom/").body().contains("No journey is being recorded for this request."));
    }

    @Test
    void aTemplateErrorShowsTheTemplatesLines(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Files.writeString(folder.resolve("broken.html"), "<p>one</p>\ntwo\n{{ nope(1) }}\nfour\n");
        WebApp app = ErrorSite.withTemplates(TestSettings.debug(),
                dev.cairn.web.templates.Templates.builder().folder(folder).build());
        String body = get(app, "/template/").body();
        assertInOrder(body, "<h2>Template error</h2>", "<p>In template broken.html, line 3:</p>",
                "<pre>broken.html line 3: Function or Macro [nope] does not exist.</pre>",
                "<ol class=\"source\" start=\"1\"><li>&lt;p&gt;one&lt;/p&gt;</li>", "<li>two</li>",
                "<li class=\"here\">{{ nope(1) }}</li>", "<li>four</li>", "<h2>Traceback</h2>",
                "dev.cairn.web.templates.TemplateError");
    }

    @Test
    void aTemplateMissingShowsItsNameWithoutLines(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
        WebApp app = ErrorSite.withTemplates(TestSettings.debug(),
                dev.cairn.web.templates.Templates.builder().folder(folder).build());
        String body = get(app, "/template/").body();
        assertTrue(body.contains("<p>In template broken.html:</p>"), body);
        assertFalse(body.contains("<ol class=\"source\" start=\"1\"><li>"), body);
    }

    @Test
    void projectReplacementsAreNotUsedInDebug() {
        WebApp app = ErrorSite.withErrors(TestSettings.debug(), ErrorPages.builder().debug(true)
                .page(404, r -> dev.cairn.web.Response.text("custom")).build());
        ErrorSite.Answer answer = get(app, "/nowhere/");
        assertEquals(404, answer.status());
        assertTrue(answer.body().contains("Cairn tried these"), answer.body());
    }

    /** The 1-based line of the file ErrorSite.java holding {@code text}, as read from the test sources. */
    private static int lineOf(String text) {
        try {
            List<String> lines = java.nio.file.Files
                    .readAllLines(java.nio.file.Path.of("src/test/java/dev/cairn/web/errors/ErrorSite.java"));
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).strip().equals(text)) {
                    return i + 1;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError(text + " is not in ErrorSite.java");
    }

    /** Asserts that each part appears in {@code text}, each after the one before. */
    static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            if (at < 0) {
                throw new AssertionError("'" + part + "' does not follow position " + from + " in:\n" + text);
            }
            from = at + part.length();
        }
    }
}
